import { restorePortalUserCallable } from "@portico/domain/callables/portal";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { auth, db } from "../admin";
import { refs } from "../documents";
import { serve } from "../serve";
import { touchPortalSession } from "./portalAccounts";

/**
 * The agency gives a revoked portal user their access back. Inviting the
 * client again after Revoke Portal Access restores only whoever accepts; the
 * teammates revoked with them stay revoked until this (or a new invitation).
 * Only while the portal is active again: a revoked portal restores nobody.
 * A removed user was removed on purpose: they are invited again instead.
 */
export const restorePortalUser = serve(restorePortalUserCallable, async (input, staff) => {
  const { clientId, uid } = input;
  const clientRef = refs.client(staff.agencyId, clientId);
  const memberRef = refs.portalMember(staff.agencyId, clientId, uid);

  const user = await auth.getUser(uid).catch(() => null);
  if (!user) throw new HttpsError("not-found", "This person has no portal account.");
  await db.runTransaction(async (tx) => {
    const client = (await tx.get(clientRef)).data();
    const member = (await tx.get(memberRef)).data();
    if (!client) throw new HttpsError("not-found", "This client no longer exists.");
    if (!member) throw new HttpsError("not-found", "This person has no portal account.");
    if (member.status === "active") return;
    if (member.status !== "revoked") {
      throw new HttpsError(
        "failed-precondition",
        "Only revoked users can be restored. Ask the client to invite this person again.",
      );
    }
    if (client.portal?.status !== "active") {
      throw new HttpsError(
        "failed-precondition",
        "Portal access is off for this client. Send a portal invitation first.",
      );
    }
    tx.update(memberRef, { status: "active", updatedAt: FieldValue.serverTimestamp() });
    touchPortalSession(tx, uid, staff.agencyId, clientId);
  });
  await auth.updateUser(uid, { disabled: false });
  return { clientId, uid };
});
