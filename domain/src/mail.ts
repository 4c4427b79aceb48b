import { z } from "zod";

/**
 * `mail/{mailId}`: the email outbox, in the shape of the Firebase Trigger Email
 * extension. Written and read only by functions; a trigger delivers each one.
 */
export const DELIVERY_STATES = ["PENDING", "PROCESSING", "SUCCESS", "ERROR"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** Attempts before a mail stays in ERROR for good. */
export const MAX_DELIVERY_ATTEMPTS = 5;

/** How long one attempt may hold a mail before another may take it over. */
export const DELIVERY_LEASE_MS = 60_000;

/**
 * Delay before retry number `attempt + 1`: exponential from `baseSeconds`
 * (30 s, 1 min, 2 min, 4 min in production), capped at an hour.
 */
export function retryDelaySeconds(attempt: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 2 ** Math.max(0, attempt - 1), 3600);
}

export const mailMessageSchema = z.object({
  subject: z.string().min(1).max(300),
  html: z.string().min(1),
  text: z.string().min(1),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;

export interface MailDelivery {
  state: DeliveryState;
  attempts: number;
  error: string | null;
  startTime: Date | null;
  endTime: Date | null;
  leaseExpireTime: Date | null;
  nextAttemptTime: Date | null;
  info: { messageId: string; accepted: string[]; rejected: string[] } | null;
}

/** A freshly queued mail's delivery record. */
export const PENDING_DELIVERY: MailDelivery = {
  state: "PENDING",
  attempts: 0,
  error: null,
  startTime: null,
  endTime: null,
  leaseExpireTime: null,
  nextAttemptTime: null,
  info: null,
};

/** The summary copied onto the document a mail is about (e.g. a team invitation). */
export interface DeliverySummary {
  state: DeliveryState;
  attempts: number;
  error: string | null;
  updatedAt: Date;
}
