import { paths } from "@portico/domain/paths";
import {
  ATTEMPT_LOG_SIZE,
  type AttemptLogEntry,
  DELIVERY_EARLY_TOLERANCE_MS,
  DELIVERY_LEASE_MS,
  DELIVERY_LOG_DAYS,
  DELIVERY_TIMEOUT_MS,
  FAILED_EVENTS_TO_DISABLE,
  MAX_WEBHOOK_ATTEMPTS,
  webhookDeliveryDocSchema,
  webhookRetryDelaySeconds,
} from "@portico/domain/webhooks/deliveries";
import { type DisabledReason, webhookEndpointDocSchema } from "@portico/domain/webhooks/endpoints";
import { getFunctions } from "firebase-admin/functions";
import { logger } from "firebase-functions";
import { db } from "../admin";
import { WEBHOOK_RETRY_BASE_SECONDS } from "../config";
import { describe } from "../net/failure";
import { storedData } from "../voice/storedData";
import { mailOwnersEndpointDisabled } from "./endpointDisabledMail";
import { postToReceiver, type ReceiverAnswer } from "./receiverUrl";
import { liveSecrets, readSigningKeys, signedHeaders } from "./signingKeys";

export type WebhookOutcome = "delivered" | "retrying" | "failed" | "waiting" | "skipped";

/** Name of the task queue function that retries a failed delivery. */
const RETRY_QUEUE = "retryWebhookDeliveryTask";
const UNSETTLED = ["pending", "sending", "waiting"];

export interface DeliveryAddress {
  agencyId: string;
  endpointId: string;
  eventId: string;
}

const deliveryRef = (at: DeliveryAddress) =>
  db.doc(paths.webhookDelivery(at.agencyId, at.endpointId, at.eventId));
const endpointRef = (at: DeliveryAddress) =>
  db.doc(paths.outgoingWebhook(at.agencyId, at.endpointId));

/**
 * One attempt to post an event to an endpoint. A transaction takes a lease on
 * the delivery first, so a replayed trigger, a retry task and the recovery
 * sweep never post at the same time; whoever does not get the lease does
 * nothing. The same event id and body go out on every attempt (at least
 * once: a receiver dedupes on `webhook-id`). An event waits while an earlier
 * event for the same resource is unsettled, and is woken when it settles.
 */
export async function deliverWebhook(
  at: DeliveryAddress,
  now = new Date(),
): Promise<WebhookOutcome> {
  const ref = deliveryRef(at);
  const claimed = await db.runTransaction(async (tx) => {
    const [snapshot, endpointSnap] = await Promise.all([tx.get(ref), tx.get(endpointRef(at))]);
    if (!snapshot.exists) return null;
    const delivery = storedData(webhookDeliveryDocSchema, snapshot.data());
    if (delivery.state === "delivered" || delivery.state === "failed") return null;
    if (delivery.state === "sending" && (delivery.leaseExpiresAt?.getTime() ?? 0) > now.getTime())
      return null;
    const due =
      (delivery.nextAttemptAt?.getTime() ?? 0) <= now.getTime() + DELIVERY_EARLY_TOLERANCE_MS;
    if (delivery.state === "pending" && !due) return null;
    const endpoint = endpointSnap.exists
      ? storedData(webhookEndpointDocSchema, endpointSnap.data())
      : null;
    if (endpoint?.status !== "enabled") {
      tx.update(ref, {
        state: "failed",
        error: endpoint ? "The endpoint is turned off." : "The endpoint was deleted.",
        leaseExpiresAt: null,
        nextAttemptAt: null,
        updatedAt: now,
        deleteAt: new Date(now.getTime() + DELIVERY_LOG_DAYS * 86_400_000),
      });
      return { kind: "settled", resource: delivery.resource } as const;
    }
    const earlier = await tx.get(
      db
        .collection(paths.webhookDeliveries(at.agencyId, at.endpointId))
        .where("resource", "==", delivery.resource)
        .where("state", "in", UNSETTLED)
        .where("orderKey", "<", delivery.orderKey)
        .limit(1),
    );
    if (!earlier.empty) {
      if (delivery.state !== "waiting") {
        tx.update(ref, {
          state: "waiting",
          nextAttemptAt: null,
          leaseExpiresAt: null,
          updatedAt: now,
        });
      }
      return { kind: "waiting" } as const;
    }
    const attempts = delivery.attempts + 1;
    tx.update(ref, {
      state: "sending",
      attempts,
      leaseExpiresAt: new Date(now.getTime() + DELIVERY_LEASE_MS),
      nextAttemptAt: null,
      updatedAt: now,
    });
    return {
      kind: "claimed",
      attempts,
      replays: delivery.replays,
      payload: delivery.payload,
      resource: delivery.resource,
      url: endpoint.url,
    } as const;
  });
  if (!claimed) return "skipped";
  if (claimed.kind === "waiting") return "waiting";
  if (claimed.kind === "settled") {
    await wakeNext(at, claimed.resource);
    return "failed";
  }

  const started = Date.now();
  let answer: ReceiverAnswer | null = null;
  let error: string | null = null;
  try {
    const keys = await readSigningKeys(at.agencyId, at.endpointId);
    if (!keys) throw new Error("The endpoint has no signing secret.");
    const headers = signedHeaders(at.eventId, claimed.payload, liveSecrets(keys));
    answer = await postToReceiver(claimed.url, claimed.payload, headers, {
      timeoutMs: DELIVERY_TIMEOUT_MS,
    });
  } catch (failure) {
    error = describe(failure);
  }
  const ok = answer !== null && answer.status >= 200 && answer.status < 300;
  if (answer && !ok) {
    error =
      answer.status >= 300 && answer.status < 400
        ? `Answered ${answer.status}: redirects are not followed.`
        : `Answered ${answer.status}.`;
  }
  const gone = answer?.status === 410;
  const willRetry = !ok && !gone && claimed.attempts < MAX_WEBHOOK_ATTEMPTS;
  const delay = webhookRetryDelaySeconds(claimed.attempts, WEBHOOK_RETRY_BASE_SECONDS.value());
  const finishedAt = new Date();
  const entry: AttemptLogEntry = {
    attempt: claimed.attempts,
    at: finishedAt,
    status: answer?.status ?? null,
    body: answer?.body ?? null,
    error,
    durationMs: finishedAt.getTime() - started,
    replay: claimed.replays,
  };

  const disabled = await db.runTransaction(async (tx) => {
    const [snapshot, endpointSnap] = await Promise.all([tx.get(ref), tx.get(endpointRef(at))]);
    if (!snapshot.exists) return null;
    const delivery = storedData(webhookDeliveryDocSchema, snapshot.data());
    const settled = !willRetry;
    tx.update(ref, {
      state: ok ? "delivered" : willRetry ? "pending" : "failed",
      nextAttemptAt: willRetry ? new Date(finishedAt.getTime() + delay * 1000) : null,
      leaseExpiresAt: null,
      lastAttemptAt: finishedAt,
      responseStatus: entry.status,
      responseBody: entry.body,
      error,
      log: [...delivery.log, entry].slice(-ATTEMPT_LOG_SIZE),
      updatedAt: finishedAt,
      deleteAt: settled ? new Date(finishedAt.getTime() + DELIVERY_LOG_DAYS * 86_400_000) : null,
    });
    if (!endpointSnap.exists) return null;
    const endpoint = storedData(webhookEndpointDocSchema, endpointSnap.data());
    const failedEventsInARow = ok
      ? 0
      : settled
        ? endpoint.failedEventsInARow + 1
        : endpoint.failedEventsInARow;
    const reason: DisabledReason | null =
      endpoint.status !== "enabled"
        ? null
        : gone
          ? "gone"
          : failedEventsInARow >= FAILED_EVENTS_TO_DISABLE
            ? "failing"
            : null;
    tx.update(endpointRef(at), {
      failedEventsInARow,
      lastDeliveryAt: finishedAt,
      lastResponseStatus: entry.status,
      ...(reason
        ? {
            status: "disabled",
            disabledReason: reason,
            disabledAt: finishedAt,
            updatedAt: finishedAt,
          }
        : {}),
    });
    return reason ? { reason, url: endpoint.url, at: finishedAt } : null;
  });

  logger.info("Webhook delivery attempt", {
    ...at,
    attempt: claimed.attempts,
    status: entry.status,
    error,
    willRetry,
  });
  if (disabled) await mailOwnersEndpointDisabled(at.agencyId, at.endpointId, disabled);
  if (willRetry) {
    await scheduleRetry(at, claimed.replays, claimed.attempts, delay);
    return "retrying";
  }
  await wakeNext(at, claimed.resource);
  return ok ? "delivered" : "failed";
}

/** The next event for the same resource, waiting for this one, may go now (its trigger takes it). */
async function wakeNext(at: DeliveryAddress, resource: string) {
  const next = await db
    .collection(paths.webhookDeliveries(at.agencyId, at.endpointId))
    .where("resource", "==", resource)
    .where("state", "==", "waiting")
    .orderBy("orderKey", "asc")
    .limit(1)
    .get();
  const first = next.docs[0];
  if (!first) return;
  const now = new Date();
  await first.ref.update({ state: "pending", nextAttemptAt: now, updatedAt: now });
}

/** One task per replay and attempt: enqueueing the same retry twice is refused by its id. */
async function scheduleRetry(
  at: DeliveryAddress,
  replays: number,
  attempt: number,
  delaySeconds: number,
) {
  try {
    await getFunctions()
      .taskQueue(RETRY_QUEUE)
      .enqueue(at, {
        scheduleDelaySeconds: delaySeconds,
        id: `${at.agencyId}-${at.endpointId}-${at.eventId}-${replays}-${attempt}`,
      });
  } catch (error) {
    if ((error as { code?: string }).code === "functions/task-already-exists") return;
    // The sweep (recoverWebhookDeliveries) takes up a retry that could not be scheduled.
    logger.warn("Webhook retry not scheduled", { ...at, error: String(error) });
  }
}
