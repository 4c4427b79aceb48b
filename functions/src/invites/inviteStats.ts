import { INVITE_STATUSES, type InviteStatus } from "@portico/domain/invites";
import { paths } from "@portico/domain/paths";
import type { Transaction } from "firebase-admin/firestore";
import { db } from "../admin";
import { refs } from "../documents";
import { countChange } from "../stats";

/** The board's per-status counts, in the transaction that creates, moves or deletes an invite. */
export function countInviteChange(
  tx: Transaction,
  agencyId: string,
  change: { added?: InviteStatus; removed?: InviteStatus },
) {
  countChange(tx, paths.inviteStats(agencyId), change);
}

/** Recomputes the counts from aggregate queries: for seeding and repair, not per request. */
export async function recountInviteStats(agencyId: string) {
  const invites = refs.invites(agencyId);
  const counts = await Promise.all(
    INVITE_STATUSES.map(async (status) => {
      const snapshot = await invites.where("status", "==", status).count().get();
      return [status, snapshot.data().count] as const;
    }),
  );
  const byStatus = Object.fromEntries(counts) as Record<InviteStatus, number>;
  await db.doc(paths.inviteStats(agencyId)).set({
    total: counts.reduce((sum, [, count]) => sum + count, 0),
    ...byStatus,
  });
}
