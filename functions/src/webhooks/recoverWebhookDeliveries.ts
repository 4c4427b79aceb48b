import { onSchedule } from "firebase-functions/v2/scheduler";
import { db } from "../admin";
import { TOKEN_VAULT_KEY } from "../config";
import { type DeliveryAddress, deliverWebhook } from "./deliverWebhook";

/** Deliveries looked at per run and kind; a larger backlog is taken over the next runs. */
const RECOVERY_BATCH = 100;
/** Leaves the retry task (and the wake-up) its turn first. */
const GRACE_MS = 2 * 60_000;

/** Agency, endpoint and event from a delivery's path. */
function address(path: string): DeliveryAddress | null {
  const [, agencyId, , endpointId, , eventId] = path.split("/");
  return agencyId && endpointId && eventId ? { agencyId, endpointId, eventId } : null;
}

/**
 * Deliveries nothing else will take up: a retry more than two minutes
 * overdue (its task was never scheduled), an attempt that died holding its
 * lease, and an event left waiting although the one before it may have
 * settled (its wake-up was lost). deliverWebhook's lease and order check
 * still let only one attempt post, in order.
 */
async function recoverStalledDeliveries(now = new Date()) {
  const overdue = new Date(now.getTime() - GRACE_MS);
  const group = db.collectionGroup("webhookDeliveries");
  const [pending, stuck, waiting] = await Promise.all([
    group
      .where("state", "==", "pending")
      .where("nextAttemptAt", "<=", overdue)
      .limit(RECOVERY_BATCH)
      .get(),
    group
      .where("state", "==", "sending")
      .where("leaseExpiresAt", "<=", now)
      .limit(RECOVERY_BATCH)
      .get(),
    group
      .where("state", "==", "waiting")
      .where("updatedAt", "<=", overdue)
      .limit(RECOVERY_BATCH)
      .get(),
  ]);
  const deliveries = [...pending.docs, ...stuck.docs, ...waiting.docs].flatMap((doc) => {
    const found = address(doc.ref.path);
    return found ? [found] : [];
  });
  return Promise.all(deliveries.map((at) => deliverWebhook(at, now)));
}

/** Every 5 minutes: the outgoing webhooks' safety net. */
export const recoverWebhookDeliveries = onSchedule(
  { schedule: "every 5 minutes", secrets: [TOKEN_VAULT_KEY], retryCount: 0 },
  async () => {
    await recoverStalledDeliveries();
  },
);
