import type { z } from "zod";
import { API_EXAMPLES as EX } from "../api/examples";
import type {
  bookingData,
  clientData,
  inviteData,
  serviceData,
  WEBHOOK_EVENT_DATA_SCHEMAS,
} from "./event-schemas";
import type { WebhookEventType } from "./events";

/**
 * A sample of each webhook event, with made-up people, typed by the event's
 * schema (event-schemas.ts): shown on the API reference page and in the
 * OpenAPI document; a unit test parses each with its schema.
 */
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
