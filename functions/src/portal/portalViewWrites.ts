import { isDeepStrictEqual } from "node:util";
import type { DocumentSnapshot, Transaction } from "firebase-admin/firestore";

/**
 * Sets a portal projection to `next` (or deletes it when null), writing
 * nothing when it already holds exactly that: the raw documents change often
 * in fields the portal never sees (reminders, CC, delivery state).
 */
export function writeProjection(
  tx: Transaction,
  current: DocumentSnapshot,
  next: Record<string, unknown> | null,
): void {
  if (next === null) {
    if (current.exists) tx.delete(current.ref);
    return;
  }
  if (current.exists && isDeepStrictEqual(current.data(), next)) return;
  tx.set(current.ref, next);
}
