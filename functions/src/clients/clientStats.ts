import type { ClientType } from "@portico/domain/clients";
import { paths } from "@portico/domain/paths";
import { FieldValue, type Transaction } from "firebase-admin/firestore";
import { db } from "../admin";

/**
 * Adjusts the agency's client counts inside the transaction that creates,
 * retypes or deletes a client, so they change exactly once with it.
 */
export function countClientChange(
  tx: Transaction,
  agencyId: string,
  change: { added?: ClientType; removed?: ClientType },
) {
  if (change.added === change.removed) return;
  const update: Record<string, FieldValue> = {};
  const total = (change.added ? 1 : 0) - (change.removed ? 1 : 0);
  if (total !== 0) update.total = FieldValue.increment(total);
  if (change.added) update[change.added] = FieldValue.increment(1);
  if (change.removed) update[change.removed] = FieldValue.increment(-1);
  tx.set(db.doc(paths.clientStats(agencyId)), update, { merge: true });
}

/** Recomputes the counts from aggregate queries: for seeding and repair, not per request. */
export async function recountClientStats(agencyId: string) {
  const clients = db.collection(paths.clients(agencyId));
  const [total, prospects] = await Promise.all([
    clients.count().get(),
    clients.where("type", "==", "prospect").count().get(),
  ]);
  const prospect = prospects.data().count;
  await db.doc(paths.clientStats(agencyId)).set({
    total: total.data().count,
    prospect,
    client: total.data().count - prospect,
  });
}
