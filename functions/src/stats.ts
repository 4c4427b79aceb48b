import { FieldValue, type Transaction } from "firebase-admin/firestore";
import { db } from "./admin";

/**
 * Moves one item between the categories of a counter document (e.g. client
 * types, invite statuses) inside the transaction that changes the item, so the
 * counts change exactly once with it. `added` alone counts a new item,
 * `removed` alone a deleted one.
 */
export function countChange(
  tx: Transaction,
  statsPath: string,
  change: { added?: string; removed?: string },
) {
  if (change.added === change.removed) return;
  const update: Record<string, FieldValue> = {};
  const total = (change.added ? 1 : 0) - (change.removed ? 1 : 0);
  if (total !== 0) update.total = FieldValue.increment(total);
  if (change.added) update[change.added] = FieldValue.increment(1);
  if (change.removed) update[change.removed] = FieldValue.increment(-1);
  tx.set(db.doc(statsPath), update, { merge: true });
}
