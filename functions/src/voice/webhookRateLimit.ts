import { createHash } from "node:crypto";
import { paths } from "@portico/domain/paths";
import { RATE_LIMITS, rateWindow } from "@portico/domain/rate-limits";
import { FieldValue, Timestamp } from "firebase-admin/firestore";
import { db } from "../admin";

/**
 * Counts one webhook against its connection's window (the same counters as
 * the callables' limits, `rateLimits/{hash}`, TTL on expiresAt). Returns null
 * when it may proceed, or the seconds until the window ends.
 */
export async function countWebhook(connectionId: string, now = Date.now()): Promise<number | null> {
  const limit = RATE_LIMITS.webhookPerConnection;
  const window = rateWindow(limit, now);
  const id = createHash("sha256")
    .update(`webhookPerConnection\u0000${connectionId}\u0000${window.start}`)
    .digest("hex");
  const ref = db.doc(paths.rateLimit(id));
  await ref.set(
    {
      name: "webhookPerConnection",
      count: FieldValue.increment(1),
      expiresAt: Timestamp.fromMillis(window.end),
    },
    { merge: true },
  );
  const counted = (await ref.get()).data()?.count;
  return typeof counted === "number" && counted > limit.limit
    ? Math.ceil((window.end - now) / 1000)
    : null;
}
