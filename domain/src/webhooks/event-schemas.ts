import { z } from "zod";
import { API_EXAMPLES as EX } from "../api/examples";
import { CLIENT_TYPES } from "../clients";
import { LOCALES } from "../i18n/locales";
import { INTAKE_STATUSES, INVITE_STATUSES, SERVICE_STATUSES } from "../invites";
import { BOOKING_PLATFORMS, BOOKING_STATUSES } from "../voice/booking";
import { CALL_DIRECTIONS, CALL_OUTCOMES, CALL_PLATFORMS, SENTIMENTS } from "../voice/call";
import type { WebhookEventType } from "./events";

/**
 * What each webhook event's `data` holds, in one place: the OpenAPI
 * document's `webhooks` section and the reference page's sample payloads
 * are generated from these, a unit test parses every sample with its
 * schema, and event-detection's tests parse what it really sends with them.
 * Strict objects, so a field added to an event without its schema fails.
 */
const isoTime = z.iso.datetime({ offset: true });

const clientData = z.strictObject({
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

const serviceData = z.strictObject({
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

const inviteData = z.strictObject({
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

const bookingData = z.strictObject({
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

// ---- Samples -------------------------------------------------------------------

const CREATED = EX.client.createdAt;
const GRANTED = "2026-11-21T09:12:30.000Z";

const sampleClient: z.output<typeof clientData> = {
  id: EX.client.id,
  name: EX.client.name,
  company: EX.client.company,
  email: EX.client.email,
  website: EX.client.website,
  type: "client",
  language: "en",
  timeZone: EX.client.timeZone,
  metadata: { crmId: "HS-4471" },
  createdAt: CREATED,
};

const pendingService: z.output<typeof serviceData> = {
  serviceId: "google-ads",
  accessLevel: "standard",
  optional: false,
  status: "pending",
  statusChangedAt: null,
  skipReason: null,
  grantedVia: null,
  grantedAccount: null,
  verifiedAt: null,
};
const grantedService: z.output<typeof serviceData> = {
  ...pendingService,
  status: "granted",
  statusChangedAt: GRANTED,
  grantedVia: "client_confirmed",
};
const skippedService: z.output<typeof serviceData> = {
  ...pendingService,
  serviceId: "meta-ads",
  status: "skipped",
  statusChangedAt: GRANTED,
  skipReason: "We don't use Meta ads yet.",
};

const sampleInvite = (
  services: z.output<typeof serviceData>[],
  status: z.output<typeof inviteData>["status"] = "in_progress",
  intakeStatus: z.output<typeof inviteData>["intake"]["status"] = "not_requested",
): z.output<typeof inviteData> => ({
  id: EX.invite.id,
  clientId: EX.client.id,
  client: EX.invite.client,
  status,
  services,
  intake: { requested: intakeStatus !== "not_requested", status: intakeStatus },
  createdAt: CREATED,
  createdBy: "Olga Marsh",
});

const sampleBooking: z.output<typeof bookingData> = {
  id: EX.booking.id,
  clientId: EX.client.id,
  platform: EX.booking.platform,
  status: "booked",
  title: EX.booking.title,
  startsAt: EX.booking.startsAt,
  endsAt: EX.booking.endsAt,
  timeZone: EX.booking.timeZone,
  attendeeName: EX.booking.attendeeName,
  attendeeEmail: EX.booking.attendeeEmail,
  attendeePhone: EX.booking.attendeePhone,
  location: null,
  cancellationReason: null,
  callId: EX.call.id,
};

type EventData = { [T in WebhookEventType]: z.output<(typeof WEBHOOK_EVENT_DATA_SCHEMAS)[T]> };

/** A sample `data` per event: what a receiver gets, with made-up people. */
export const WEBHOOK_EVENT_SAMPLES: {
  [T in WebhookEventType]: { at: string; data: EventData[T] };
} = {
  "client.created": { at: CREATED, data: sampleClient },
  "invite.created": { at: CREATED, data: sampleInvite([pendingService], "pending") },
  "invite.service_granted": {
    at: GRANTED,
    data: {
      inviteId: EX.invite.id,
      clientId: EX.client.id,
      service: grantedService,
      invite: sampleInvite([grantedService, { ...pendingService, serviceId: "meta-ads" }]),
    },
  },
  "invite.service_skipped": {
    at: GRANTED,
    data: {
      inviteId: EX.invite.id,
      clientId: EX.client.id,
      service: skippedService,
      invite: sampleInvite([{ ...pendingService }, skippedService]),
    },
  },
  "invite.completed": {
    at: GRANTED,
    data: sampleInvite([grantedService, skippedService], "complete", "done"),
  },
  "intake.completed": {
    at: GRANTED,
    data: {
      inviteId: EX.invite.id,
      clientId: EX.client.id,
      invite: sampleInvite([grantedService], "in_progress", "done"),
      answers: [
        {
          questionId: "goals",
          label: "What should the campaign achieve?",
          type: "long_text",
          answer: "More new-patient bookings for cleanings.",
        },
        {
          questionId: "channels",
          label: "Where do you advertise today?",
          type: "multiple_choice",
          answer: ["Google", "Instagram"],
        },
        { questionId: "budget", label: "Monthly budget", type: "short_text", answer: null },
      ],
    },
  },
  "portal.activated": {
    at: GRANTED,
    data: { client: sampleClient, activatedAt: GRANTED },
  },
  "call.completed": {
    at: EX.call.endedAt,
    data: {
      id: EX.call.id,
      clientId: EX.client.id,
      platform: EX.call.platform,
      direction: EX.call.direction,
      callerNumber: EX.call.callerNumber,
      callerName: EX.call.callerName,
      calledNumber: EX.call.calledNumber,
      startedAt: EX.call.startedAt,
      endedAt: EX.call.endedAt,
      durationSeconds: EX.call.durationSeconds,
      outcome: EX.call.outcome,
      summary: EX.call.summary,
      sentiment: EX.call.sentiment,
      successful: EX.call.successful,
      bookingId: EX.booking.id,
    },
  },
  "booking.created": { at: EX.booking.updatedAt, data: sampleBooking },
  "booking.cancelled": {
    at: "2026-11-22T08:00:00.000Z",
    data: {
      ...sampleBooking,
      status: "cancelled",
      cancellationReason: "Patient rescheduled by phone.",
    },
  },
};

/** The body a receiver gets for an event (`{type, timestamp, data}`), as a sample. */
export function sampleEventBody(type: WebhookEventType): {
  type: WebhookEventType;
  timestamp: string;
  data: unknown;
} {
  const sample = WEBHOOK_EVENT_SAMPLES[type];
  return { type, timestamp: sample.at, data: sample.data };
}

/** The whole body's schema for an event (for the OpenAPI document's `webhooks`). */
export function eventBodySchema(type: WebhookEventType) {
  return z.strictObject({
    type: z.literal(type),
    timestamp: isoTime,
    data: WEBHOOK_EVENT_DATA_SCHEMAS[type],
  });
}
