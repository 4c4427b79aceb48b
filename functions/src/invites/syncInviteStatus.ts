import { type InviteProgress, inviteStatus } from "@portico/domain/invites";
import { paths } from "@portico/domain/paths";
import { FieldValue } from "firebase-admin/firestore";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { db } from "../admin";

/**
 * Keeps each invite's status (pending, in progress, complete) equal to the
 * domain rule, and the client's latest-invite context with it, whenever a
 * service or the intake form changes. Idempotent: it writes only a change.
 */
export const syncInviteStatus = onDocumentWritten(
  "agencies/{agencyId}/invites/{inviteId}",
  async (event) => {
    const after = event.data?.after;
    if (!after?.exists) return;
    const { agencyId, inviteId } = event.params;
    const status = inviteStatus(after.data() as InviteProgress);
    if (after.get("status") === status) return;

    await db.runTransaction(async (tx) => {
      const inviteRef = db.doc(paths.invite(agencyId, inviteId));
      const current = await tx.get(inviteRef);
      if (!current.exists) return;
      const fresh = inviteStatus(current.data() as InviteProgress);
      if (current.get("status") === fresh) return;
      const clientRef = db.doc(paths.client(agencyId, current.get("clientId") as string));
      const client = await tx.get(clientRef);
      tx.update(inviteRef, { status: fresh, updatedAt: FieldValue.serverTimestamp() });
      // Only the newest invite is the client's "latest invite context".
      if (client.exists && client.get("latestInvite.inviteId") === inviteId) {
        tx.update(clientRef, { "latestInvite.status": fresh });
      }
    });
  },
);
