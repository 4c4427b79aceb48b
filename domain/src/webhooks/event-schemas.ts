import { z } from "zod";
import { CLIENT_TYPES } from "../clients";
import { LOCALES } from "../i18n/locales";
import { INTAKE_STATUSES, INVITE_STATUSES, SERVICE_STATUSES } from "../invites";
import { BOOKING_PLATFORMS, BOOKING_STATUSES } from "../voice/booking";
import { CALL_DIRECTIONS, CALL_OUTCOMES, CALL_PLATFORMS, SENTIMENTS } from "../voice/call";
import type { WebhookEventType } from "./events";

/**
 * What each webhook event's `data` holds, in one place: the OpenAPI
 * document's `webhooks` section is generated from these, the samples
 * (event-samples.ts) are typed by them and a unit test parses each with its
 * schema, and event-detection's tests parse what it really sends with them.
 * Strict objects, so a field added to an event without its schema fails.
 */
const isoTime = z.iso.datetime({ offset: true });

export const clientData = z.strictObject({
  id: z.string(),
  name: z.string(),
  company: z.string(),
  email: z.string(),
  website: z.string(),
  type: z.enum(CLIENT_TYPES),
  language: z.enum(LOCALES),
  timeZone: z.string(),
  metadata: z.record(z.string(), z.string()),
  createdAt: isoTime.nullable(),
});

export const serviceData = z.strictObject({
  serviceId: z.string(),
  accessLevel: z.string(),
  optional: z.boolean(),
  status: z.enum(SERVICE_STATUSES),
  statusChangedAt: isoTime.nullable(),
  skipReason: z.string().nullable(),
  grantedVia: z.enum(["connector", "client_confirmed"]).nullable(),
  grantedAccount: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  verifiedAt: isoTime.nullable(),
});

export const inviteData = z.strictObject({
  id: z.string(),
  clientId: z.string(),
  client: z.strictObject({ name: z.string(), company: z.string(), email: z.string() }),
  status: z.enum(INVITE_STATUSES),
  services: z.array(serviceData),
  intake: z.strictObject({ requested: z.boolean(), status: z.enum(INTAKE_STATUSES) }),
  createdAt: isoTime.nullable(),
  /** The name of the team member (or API key) who made it. */
  createdBy: z.string(),
});

const serviceEventData = z.strictObject({
  inviteId: z.string(),
  clientId: z.string(),
  service: serviceData,
  invite: inviteData,
});

/** One intake answer, with its question as it was asked. */
export const intakeAnswerSchema = z.strictObject({
  questionId: z.string(),
  label: z.string(),
  type: z.string(),
  answer: z.union([z.string(), z.array(z.string()), z.boolean(), z.null()]),
});

const callData = z.strictObject({
  id: z.string(),
  clientId: z.string(),
  platform: z.enum(CALL_PLATFORMS),
  direction: z.enum(CALL_DIRECTIONS),
  callerNumber: z.string().nullable(),
  callerName: z.string().nullable(),
  calledNumber: z.string().nullable(),
  startedAt: isoTime.nullable(),
  endedAt: isoTime.nullable(),
  durationSeconds: z.number().nullable(),
  outcome: z.enum(CALL_OUTCOMES).nullable(),
  summary: z.string().nullable(),
  sentiment: z.enum(SENTIMENTS).nullable(),
  successful: z.boolean().nullable(),
  bookingId: z.string().nullable(),
});

export const bookingData = z.strictObject({
  id: z.string(),
  clientId: z.string(),
  platform: z.enum(BOOKING_PLATFORMS),
  status: z.enum(BOOKING_STATUSES),
  title: z.string().nullable(),
  startsAt: isoTime.nullable(),
  endsAt: isoTime.nullable(),
  timeZone: z.string().nullable(),
  attendeeName: z.string().nullable(),
  attendeeEmail: z.string().nullable(),
  attendeePhone: z.string().nullable(),
  location: z.string().nullable(),
  cancellationReason: z.string().nullable(),
  callId: z.string().nullable(),
});

export const WEBHOOK_EVENT_DATA_SCHEMAS = {
  "client.created": clientData,
  "invite.created": inviteData,
  "invite.service_granted": serviceEventData,
  "invite.service_skipped": serviceEventData,
  "invite.completed": inviteData,
  "intake.completed": z.strictObject({
    inviteId: z.string(),
    clientId: z.string(),
    invite: inviteData,
    /** Every question of the form, in its order; `answer` is null when left blank. */
    answers: z.array(intakeAnswerSchema),
  }),
  "portal.activated": z.strictObject({ client: clientData, activatedAt: isoTime.nullable() }),
  "call.completed": callData,
  "booking.created": bookingData,
  "booking.cancelled": bookingData,
} as const satisfies Record<WebhookEventType, z.ZodType>;

/** The whole body's schema for an event (for the OpenAPI document's `webhooks`). */
export function eventBodySchema(type: WebhookEventType) {
  return z.strictObject({
    type: z.literal(type),
    timestamp: isoTime,
    data: WEBHOOK_EVENT_DATA_SCHEMAS[type],
  });
}
