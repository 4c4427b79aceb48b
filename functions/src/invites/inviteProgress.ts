import { inviteStatus } from "@portico/domain/invites";
import { FieldValue, type Transaction, type UpdateData } from "firebase-admin/firestore";
import { recordActivity } from "../activity";
import { refs, type StoredClient, type StoredInvite } from "../documents";
import { countPageCompletion } from "../onboarding-pages/publicPage";
import { countInviteChange } from "./inviteStats";

/** What changes in the invite's progress: its services, its intake, or both. */
interface ProgressChange {
  services?: StoredInvite["services"];
  intakeDone?: true;
  /** Other fields of the invite written with the change. */
  fields?: UpdateData<StoredInvite>;
}

/** Writes one change to an invite's progress; see `readInviteProgress`. */
export type ProgressWriter = (change: ProgressChange) => void;

/**
 * Reads what an invite's progress decides beyond the invite (the client's
 * latest-invite context), so the change can be written with everything it
 * decides in the same transaction: the invite's status (the domain rule), the
 * board's per-status counts, the client's latest-invite context and the
 * "invite completed" feed entry. The board then shows the final status with
 * the change itself, at the database's speed; `syncInviteStatus` is left with
 * the writes that do not come through here.
 *
 * Call it with the transaction's other reads, before any write.
 */
export async function readInviteProgress(
  tx: Transaction,
  agencyId: string,
  inviteId: string,
  invite: StoredInvite,
): Promise<ProgressWriter> {
  const clientRef = refs.client(agencyId, invite.clientId);
  const client: StoredClient | undefined = (await tx.get(clientRef)).data();
  return (change) => {
    const services = change.services ?? invite.services;
    const intake = change.intakeDone
      ? { ...invite.intake, status: "done" as const }
      : invite.intake;
    const status = inviteStatus({ services, intake });
    const update: UpdateData<StoredInvite> = {
      ...change.fields,
      status,
      updatedAt: FieldValue.serverTimestamp(),
    };
    if (change.services) update.services = change.services;
    if (change.intakeDone) update["intake.status"] = "done";
    tx.update(refs.invite(agencyId, inviteId), update);

    countInviteChange(tx, agencyId, { added: status, removed: invite.status });
    // Only the newest invite is the client's "latest invite context".
    if (client?.latestInvite?.inviteId === inviteId) {
      const latest = client.latestInvite;
      if (latest.status !== status || latest.services !== services.length) {
        tx.update(clientRef, {
          "latestInvite.status": status,
          "latestInvite.services": services.length,
        });
      }
    }
    if (status === "complete" && invite.status !== "complete") {
      recordActivity(tx, agencyId, {
        type: "invite_completed",
        inviteId,
        clientId: invite.clientId,
        clientName: invite.client.name,
      });
      countPageCompletion(tx, agencyId, invite);
    }
  };
}
