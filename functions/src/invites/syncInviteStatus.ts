import { clientSteps } from "@portico/domain/activity";
import { inviteStatus } from "@portico/domain/invites";
import { FieldValue, Timestamp } from "firebase-admin/firestore";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { recordActivity } from "../activity";
import { db } from "../admin";
import { converters, refs, type StoredInvite, storedData } from "../documents";
import { countPageCompletion } from "../onboarding-pages/publicPage";
import { countInviteChange } from "./inviteStats";

/**
 * Whenever an invite changes: puts each step the client took (a service
 * granted or skipped, the intake form done) on the activity feed, and for a
 * write that did not come through `readInviteProgress` (the callables derive
 * the status in their own transaction) brings its status (pending, in
 * progress, complete) back to the domain rule, with the client's
 * latest-invite context and the board's per-status counts in the same
 * transaction. Idempotent: re-delivered events write nothing new.
 */
export const syncInviteStatus = onDocumentWritten(
  "agencies/{agencyId}/invites/{inviteId}",
  async (event) => {
    const after = event.data?.after;
    if (!after?.exists) return;
    const { agencyId, inviteId } = event.params;
    const before = event.data?.before;
    const invite = storedData(after, converters.invite);
    if (!invite) return;
    const previous = before ? (storedData(before, converters.invite) ?? null) : null;
    await recordClientSteps(agencyId, inviteId, event.id, previous, invite, new Date(event.time));
    if (invite.status === inviteStatus(invite)) return;

    await db.runTransaction(async (tx) => {
      const inviteRef = refs.invite(agencyId, inviteId);
      const current = (await tx.get(inviteRef)).data();
      if (!current) return;
      const fresh = inviteStatus(current);
      const stored = current.status;
      if (stored === fresh) return;
      const { clientId } = current;
      const clientRef = refs.client(agencyId, clientId);
      const client = (await tx.get(clientRef)).data();
      tx.update(inviteRef, { status: fresh, updatedAt: FieldValue.serverTimestamp() });
      countInviteChange(tx, agencyId, { added: fresh, removed: stored });
      // Only the newest invite is the client's "latest invite context".
      if (client?.latestInvite?.inviteId === inviteId) {
        tx.update(clientRef, { "latestInvite.status": fresh });
      }
      if (fresh === "complete") {
        recordActivity(tx, agencyId, {
          type: "invite_completed",
          inviteId,
          clientId,
          clientName: current.client.name,
        });
        countPageCompletion(tx, agencyId, current);
      }
    });
  },
);

/** Feed entries with ids derived from the event, so a re-delivered event rewrites the same ones. */
async function recordClientSteps(
  agencyId: string,
  inviteId: string,
  eventId: string,
  before: StoredInvite | null,
  after: StoredInvite,
  at: Date,
) {
  const steps = clientSteps(before, after);
  if (steps.length === 0) return;
  const batch = db.batch();
  steps.forEach((step, index) => {
    recordActivity(
      batch,
      agencyId,
      {
        type: step.type,
        inviteId,
        clientId: after.clientId,
        clientName: after.client.name,
        serviceId: step.serviceId ?? null,
      },
      { at: Timestamp.fromDate(at), entryId: `${eventId}-${index}` },
    );
  });
  await batch.commit();
}
