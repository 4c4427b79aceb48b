import { revokePortalAccessCallable as contract } from "@portico/domain/callables/portal";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { INVITE_LINK_KEY } from "../config";
import { refs } from "../documents";
import { readOpenInviteLinks, rotateLink } from "../invites/rotateLink";
import { serve } from "../serve";
import { disablePortalUsers, touchPortalSession } from "./portalAccounts";
import { endPortalInvitation, pendingPortalInvitations } from "./portalInvitations";

const secrets = [INVITE_LINK_KEY];

/**
 * Revoke Portal Access: every portal user of the client loses access at once
 * (the rules require an active member document, so open listeners fail), their
 * Auth users are disabled so sign-in is refused, and pending links die.
 * The client's open invites get new links too, so a link copied by someone
 * who has just lost access no longer opens the invite page.
 * Sending a new invitation later, once accepted, restores access.
 */
export const revokePortalAccess = serve(contract, { secrets }, async ({ clientId }, staff) => {
  const clientRef = refs.client(staff.agencyId, clientId);
  const membersRef = refs.portalMembers(staff.agencyId, clientId);

  const uids = await db.runTransaction(async (tx) => {
    const client = (await tx.get(clientRef)).data();
    const members = await tx.get(membersRef);
    const pending = await pendingPortalInvitations(tx, staff.agencyId, clientId);
    const openInvites = await readOpenInviteLinks(tx, staff.agencyId, clientId);
    if (!client) throw new HttpsError("not-found", "This client no longer exists.");
    const { portal } = client;
    if (!portal) {
      throw new HttpsError("failed-precondition", "This client has no portal access to revoke.");
    }
    for (const member of members.docs) {
      if (member.data().status !== "active") continue;
      tx.update(member.ref, { status: "revoked", updatedAt: FieldValue.serverTimestamp() });
      touchPortalSession(tx, member.id, staff.agencyId, clientId);
    }
    for (const invitation of pending) endPortalInvitation(tx, invitation, "cancelled");
    for (const rotation of openInvites) {
      rotateLink(tx, rotation, { agencyId: staff.agencyId, actor: staff.displayName });
    }
    tx.update(clientRef, {
      portal: {
        ...portal,
        status: "revoked",
        expiresAt: null,
        revokedAt: FieldValue.serverTimestamp(),
      },
    });
    return members.docs.map((member) => member.id);
  });
  // Every member, not only those active a moment ago: a retry after a failed
  // disable finishes the job.
  await disablePortalUsers(uids);
  return { clientId, revokedUsers: uids.length };
});
