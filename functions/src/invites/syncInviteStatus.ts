import { clientSteps } from "@portico/domain/activity";
import { type InviteProgress, type InviteStatus, inviteStatus } from "@portico/domain/invites";
import { paths } from "@portico/domain/paths";
import { FieldValue } from "firebase-admin/firestore";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { db } from "../admin";
import { refs } from "../documents";
import { countInviteChange } from "./inviteStats";

type InviteSteps = InviteProgress & {
  services: { serviceId: string; status: string }[];
  clientId: string;
  client: { name: string };
};

/**
 * Whenever an invite changes: keeps its status (pending, in progress,
 * complete) equal to the domain rule, with the client's latest-invite context
 * and the board's per-status counts in the same transaction, and puts each
 * step the client took (a service granted or skipped, the intake form done)
 * on the activity feed. Idempotent: re-delivered events write nothing new.
 */
export const syncInviteStatus = onDocumentWritten(
  "agencies/{agencyId}/invites/{inviteId}",
  async (event) => {
    const after = event.data?.after;
    if (!after?.exists) return;
    const { agencyId, inviteId } = event.params;
    const before = event.data?.before;
    await recordClientSteps(
      agencyId,
      inviteId,
      event.id,
      before?.exists ? (before.data() as InviteSteps) : null,
      after.data() as InviteSteps,
      new Date(event.time),
    );
    if (after.get("status") === inviteStatus(after.data() as InviteProgress)) return;

    await db.runTransaction(async (tx) => {
      const inviteRef = refs.invite(agencyId, inviteId);
      const current = await tx.get(inviteRef);
      if (!current.exists) return;
      const fresh = inviteStatus(current.data() as InviteProgress);
      const stored = current.get("status") as InviteStatus;
      if (stored === fresh) return;
      const clientId = current.get("clientId") as string;
      const clientRef = refs.client(agencyId, clientId);
      const client = await tx.get(clientRef);
      tx.update(inviteRef, { status: fresh, updatedAt: FieldValue.serverTimestamp() });
      countInviteChange(tx, agencyId, { added: fresh, removed: stored });
      // Only the newest invite is the client's "latest invite context".
      if (client.exists && client.get("latestInvite.inviteId") === inviteId) {
        tx.update(clientRef, { "latestInvite.status": fresh });
      }
      if (fresh === "complete") {
        tx.create(refs.activity(agencyId).doc(), {
          type: "invite_completed",
          inviteId,
          clientId,
          clientName: current.get("client.name") as string,
          at: FieldValue.serverTimestamp(),
        });
      }
    });
  },
);

/** Feed entries with ids derived from the event, so a re-delivered event rewrites the same ones. */
async function recordClientSteps(
  agencyId: string,
  inviteId: string,
  eventId: string,
  before: InviteSteps | null,
  after: InviteSteps,
  at: Date,
) {
  const steps = clientSteps(before, after);
  if (steps.length === 0) return;
  const batch = db.batch();
  steps.forEach((step, index) => {
    batch.set(db.doc(`${paths.activity(agencyId)}/${eventId}-${index}`), {
      type: step.type,
      inviteId,
      clientId: after.clientId,
      clientName: after.client.name,
      serviceId: step.serviceId ?? null,
      at,
    });
  });
  await batch.commit();
}
