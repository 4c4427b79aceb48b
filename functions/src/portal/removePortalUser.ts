import { removePortalUserCallable } from "@portico/domain/callables/portal";
import {
  type DocumentSnapshot,
  FieldValue,
  type QueryDocumentSnapshot,
  type Transaction,
} from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import {
  refs,
  type StoredClient,
  type StoredPortalInvitation,
  type StoredPortalMember,
} from "../documents";
import { serve } from "../serve";
import { disablePortalUsers, touchPortalSession } from "./portalAccounts";
import { activePortalMembers, pendingPortalInvitations } from "./portalInvitations";

/**
 * The agency removes one portal user: their member document says "removed"
 * (the rules refuse them at once) and their Auth user is disabled.
 *
 * When the last active user goes, the client's portal no longer reads
 * "Active": it reads "Invite Sent" while an invitation still waits (with that
 * invitation's expiry), otherwise "Revoked" (nobody can sign in; inviting again
 * restores access), which is what the badge should tell the agency.
 */
export const removePortalUser = serve(removePortalUserCallable, async (input, staff) => {
  const { clientId, uid } = input;
  const clientRef = refs.client(staff.agencyId, clientId);
  const memberRef = refs.portalMember(staff.agencyId, clientId, uid);

  await db.runTransaction(async (tx) => {
    const member = (await tx.get(memberRef)).data();
    const client = await tx.get(clientRef);
    const active = await activePortalMembers(tx, staff.agencyId, clientId);
    const pending = await pendingPortalInvitations(tx, staff.agencyId, clientId);
    if (!member) throw new HttpsError("not-found", "This person has no portal account.");
    if (member.status === "removed") return;
    tx.update(memberRef, { status: "removed", updatedAt: FieldValue.serverTimestamp() });
    touchPortalSession(tx, uid, staff.agencyId, clientId);

    settlePortalAfterRemoval(tx, client, uid, active, pending);
  });
  await disablePortalUsers([uid]);
  return { clientId, uid };
});

/**
 * When the last active user (`uid`) goes, the client's portal no longer reads
 * "Active": "Invite Sent" while an invitation still waits, otherwise "Revoked".
 * `client`, `active` and `pending` were read in `tx`.
 */
export function settlePortalAfterRemoval(
  tx: Transaction,
  client: DocumentSnapshot<StoredClient>,
  uid: string,
  active: QueryDocumentSnapshot<StoredPortalMember>[],
  pending: QueryDocumentSnapshot<StoredPortalInvitation>[],
) {
  const portal = client.data()?.portal;
  const othersActive = active.some((other) => other.id !== uid);
  if (portal?.status !== "active" || othersActive) return;
  const waiting = pending
    .map((invitation) => invitation.data().expiresAt.toDate())
    .filter((expiresAt) => expiresAt.getTime() > Date.now())
    .sort((a, b) => b.getTime() - a.getTime())[0];
  tx.update(client.ref, {
    portal: waiting
      ? { ...portal, status: "invited", expiresAt: waiting }
      : {
          ...portal,
          status: "revoked",
          expiresAt: null,
          revokedAt: FieldValue.serverTimestamp(),
        },
  });
}
