import { paths } from "@portico/domain/paths";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { auth, db } from "../admin";
import { logs } from "../logs";

interface WorkspaceOwner {
  uid: string;
  email: string;
  displayName: string;
}

/**
 * Creates an agency with `owner` as its first owner: the agency, the member
 * document and the user's session document in one transaction, then the custom
 * claims. Used by sign-up, by "create a workspace" and by the demo seed.
 */
export async function createAgencyWorkspace(
  owner: WorkspaceOwner,
  agencyName: string,
): Promise<string> {
  const sessionRef = db.doc(paths.userSession(owner.uid));
  const agencyRef = db.collection(paths.agencies()).doc();
  const agencyId = agencyRef.id;

  await db.runTransaction(async (tx) => {
    const session = await tx.get(sessionRef);
    if (session.get("agencyId")) {
      throw new HttpsError("failed-precondition", "This account already belongs to a workspace.");
    }
    tx.create(agencyRef, {
      name: agencyName,
      createdBy: owner.uid,
      createdAt: FieldValue.serverTimestamp(),
    });
    tx.create(db.doc(paths.member(agencyId, owner.uid)), {
      uid: owner.uid,
      email: owner.email,
      displayName: owner.displayName,
      role: "owner",
      status: "active",
      joinedAt: FieldValue.serverTimestamp(),
    });
    tx.set(sessionRef, { agencyId, claimsUpdatedAt: FieldValue.serverTimestamp() });
  });

  await auth.setCustomUserClaims(owner.uid, { agencyId, role: "owner" });
  // Bump again after the claims exist, so a listening app refreshes its token now.
  await sessionRef.update({ claimsUpdatedAt: FieldValue.serverTimestamp() });
  logs.workspaceCreated(agencyId, owner.uid);
  return agencyId;
}
