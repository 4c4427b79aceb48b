import { z } from "zod";

/**
 * One event's delivery to one endpoint:
 * `agencies/{a}/webhooks/{endpointId}/webhookDeliveries/{eventId}`. Owners
 * and admins read it (the delivery log); functions write it.
 *
 * - pending: due at `nextAttemptAt` (the trigger takes a due one at once, a
 *   task queue the later ones, the sweep what both missed);
 * - sending: an attempt holds the lease until `leaseExpiresAt`;
 * - waiting: an earlier event for the same resource is not settled yet; it
 *   is woken when that one is delivered or given up;
 * - delivered / failed: settled (failed: every attempt failed, or the
 *   endpoint answered 410 Gone, or it was turned off).
 */
export const DELIVERY_STATES = ["pending", "sending", "waiting", "delivered", "failed"] as const;
export type WebhookDeliveryState = (typeof DELIVERY_STATES)[number];

/** Attempts per event: with the backoff below, the last one is about a day after the first. */
export const MAX_WEBHOOK_ATTEMPTS = 8;
/** An endpoint whose this many events in a row failed every attempt is turned off. */
export const FAILED_EVENTS_TO_DISABLE = 5;
/** The receiver must answer within this. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** An attempt holding the lease this long is taken to have died. */
export const DELIVERY_LEASE_MS = 60_000;
/** A retry may start this much before its `nextAttemptAt` (task and function clocks differ). */
export const DELIVERY_EARLY_TOLERANCE_MS = 5_000;
/** What is kept of a response body in the log. */
export const RESPONSE_BODY_LIMIT = 500;
/** Attempts kept in a delivery's log (the newest). */
export const ATTEMPT_LOG_SIZE = 20;
/** Settled deliveries are deleted this long after (TTL on deleteAt). */
export const DELIVERY_LOG_DAYS = 30;

/**
 * Seconds before the attempt after `attempt`: base x 4^(attempt-1), at most
 * 12 hours. With the default 30 s base: 30 s, 2 min, 8 min, 32 min, 2 h 8 min,
 * 8 h 32 min, 12 h, so the eighth attempt comes about 23 hours after the first.
 */
export function webhookRetryDelaySeconds(attempt: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 4 ** Math.max(0, attempt - 1), 12 * 60 * 60);
}

export const attemptLogEntrySchema = z.object({
  attempt: z.number().int(),
  at: z.date(),
  /** The HTTP status, or null when no answer came (timeout, refused address, network). */
  status: z.number().int().nullable(),
  /** The start of the response body, or why no answer came. */
  body: z.string().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
  /** A manual replay's attempts count from 1 again. */
  replay: z.number().int(),
});
export type AttemptLogEntry = z.output<typeof attemptLogEntrySchema>;

export const webhookDeliveryDocSchema = z.object({
  eventId: z.string(),
  type: z.string(),
  /** What the ordering is per (e.g. `invite/{id}`). */
  resource: z.string(),
  /** The event's time: what the log shows. */
  occurredAt: z.date(),
  /** The order within a resource: the event's time, then its place among one change's events. */
  orderKey: z.string(),
  /** The exact body sent on every attempt. */
  payload: z.string(),
  state: z.enum(DELIVERY_STATES),
  attempts: z.number().int(),
  nextAttemptAt: z.date().nullable(),
  leaseExpiresAt: z.date().nullable(),
  lastAttemptAt: z.date().nullable(),
  responseStatus: z.number().int().nullable(),
  responseBody: z.string().nullable(),
  error: z.string().nullable(),
  log: z.array(attemptLogEntrySchema),
  /** How many times staff replayed it. */
  replays: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  /** TTL: set when it settles. */
  deleteAt: z.date().nullable(),
});
export type WebhookDeliveryDoc = z.output<typeof webhookDeliveryDocSchema>;

/** A new delivery of an event to an endpoint, due now. */
export function newDelivery(
  event: {
    eventId: string;
    type: string;
    resource: string;
    occurredAt: Date;
    orderKey: string;
    payload: string;
  },
  now: Date,
): WebhookDeliveryDoc {
  return {
    ...event,
    state: "pending",
    attempts: 0,
    nextAttemptAt: now,
    leaseExpiresAt: null,
    lastAttemptAt: null,
    responseStatus: null,
    responseBody: null,
    error: null,
    log: [],
    replays: 0,
    createdAt: now,
    updatedAt: now,
    deleteAt: null,
  };
}

/** Sorts as the events happened: ISO time, then the event's place among one change's events. */
export function deliveryOrderKey(occurredAt: Date, index: number): string {
  return `${occurredAt.toISOString()}#${String(index).padStart(2, "0")}`;
}
