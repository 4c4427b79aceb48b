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
 * How overdue a retry must be before the outbox recovery (recoverMailOutbox)
 * takes it: the retry task on its queue goes first.
 */
export const MAIL_RECOVERY_GRACE_MS = 2 * 60_000;

/** A retry may start this much before its `nextAttemptTime` (task and function clocks differ). */
export const RETRY_EARLY_TOLERANCE_MS = 5_000;

/**
 * Days a delivered mail is kept: it holds the whole rendered email and its
 * addresses. Firestore's TTL policy on `mail.expiresAt` deletes it after that.
 */
export const DELIVERED_MAIL_RETENTION_DAYS = 30;

/** Reason kept on a mail whose last allowed attempt died before it finished. */
export const ABANDONED_DELIVERY_ERROR = "The last delivery attempt stopped before it finished.";

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
  /** The sender's display name (the agency's); the address is always MAIL_FROM's. */
  fromName: z.string().max(80).optional(),
  /** The agency's address for replies, from its branding. */
  replyTo: z.string().max(254).optional(),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;

export const mailDeliverySchema = z.object({
  state: z.enum(DELIVERY_STATES),
  attempts: z.number(),
  error: z.string().nullable(),
  startTime: z.date().nullable(),
  endTime: z.date().nullable(),
  leaseExpireTime: z.date().nullable(),
  nextAttemptTime: z.date().nullable(),
  info: z
    .object({ messageId: z.string(), accepted: z.array(z.string()), rejected: z.array(z.string()) })
    .nullable(),
});
export type MailDelivery = z.output<typeof mailDeliverySchema>;

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

/** `mail/{mailId}`: one queued email and its delivery. */
export const mailDocSchema = z.object({
  to: z.string(),
  cc: z.array(z.string()).optional(),
  message: mailMessageSchema,
  agencyId: z.string(),
  /** Document that shows this mail's delivery to the agency (gets `emailDelivery`). */
  relatedPath: z.string().nullable(),
  /** Template name, for logs. */
  template: z.string(),
  createdAt: z.date(),
  delivery: mailDeliverySchema,
  /** Set once delivered, for the TTL policy. */
  expiresAt: z.date().optional(),
});
export type MailDoc = z.output<typeof mailDocSchema>;

/**
 * `emailDelivery` on the document a mail is about (a team or portal
 * invitation, an invite): the mail's delivery, summed up for the agency.
 * Null until the first attempt.
 */
export const deliverySummarySchema = z.object({
  state: z.enum(DELIVERY_STATES),
  attempts: z.number(),
  error: z.string().nullable(),
  updatedAt: z.date(),
});
export type DeliverySummary = z.output<typeof deliverySummarySchema>;
