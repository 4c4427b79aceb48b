import { defaultBranding } from "@portico/domain/branding";
import { paths } from "@portico/domain/paths";
import { DEFAULT_GENERAL_SETTINGS } from "@portico/domain/settings";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { refs } from "../documents";
import { logs } from "../logs";
import { type NewMember, writeMembership } from "./addAgencyMember";
import { applyStaffClaims } from "./staffClaims";

/**
 * Creates an agency with `owner` as its first owner: the agency, the member
 * document, the user's session document and default branding and settings in
 * one transaction, then the custom claims. Used by sign-up, by "create a workspace" and by the demo seed.
 */
export async function createAgencyWorkspace(owner: NewMember, agencyName: string): Promise<string> {
  const sessionRef = refs.userSession(owner.uid);
  const agencyRef = db.collection(paths.agencies()).doc();
  const agencyId = agencyRef.id;

  await db.runTransaction(async (tx) => {
    const session = await tx.get(sessionRef);
    if (session.data()?.agencyId) {
      throw new HttpsError("failed-precondition", "This account already belongs to a workspace.");
    }
    tx.create(agencyRef, {
      name: agencyName,
      createdBy: owner.uid,
      createdAt: FieldValue.serverTimestamp(),
    });
    writeMembership(tx, agencyId, owner, "owner");
    tx.create(db.doc(paths.settings(agencyId, "branding")), defaultBranding(agencyName));
    tx.create(db.doc(paths.settings(agencyId, "general")), DEFAULT_GENERAL_SETTINGS);
  });

  try {
    await applyStaffClaims(owner.uid, { agencyId, role: "owner" });
  } catch (error) {
    // Without claims the owner could never reach the workspace: undo it, so the
    // caller can report the failure and a retry starts clean.
    const batch = db.batch();
    for (const path of [
      paths.settings(agencyId, "branding"),
      paths.settings(agencyId, "general"),
      paths.member(agencyId, owner.uid),
      paths.agency(agencyId),
      paths.userSession(owner.uid),
    ]) {
      batch.delete(db.doc(path));
    }
    await batch.commit();
    throw error;
  }
  logs.workspaceCreated(agencyId, owner.uid);
  return agencyId;
}
