import { z } from "zod";
import { callIdFromMetadata, type NormalizedBooking } from "./booking";

/**
 * Cal.com and Calendly booking webhooks (their documentation, late 2026),
 * read into the one booking shape of ./booking.ts. Unknown fields pass
 * through; triggers Portico does not store are accepted and ignored.
 */
const isoTime = z.iso.datetime({ offset: true });
const person = z
  .object({
    name: z.string().max(200).nullish(),
    email: z.string().max(320).nullish(),
    timeZone: z.string().max(64).nullish(),
    phoneNumber: z.string().max(64).nullish(),
  })
  .loose();

export const calcomWebhookSchema = z
  .object({
    triggerEvent: z.string().min(1).max(100),
    createdAt: isoTime,
    payload: z
      .object({
        uid: z.string().min(1).max(300),
        title: z.string().max(300).nullish(),
        startTime: isoTime,
        endTime: isoTime.nullish(),
        location: z.string().max(500).nullish(),
        attendees: z.array(person).default([]),
        organizer: person.nullish(),
        cancellationReason: z.string().max(1000).nullish(),
        rescheduleUid: z.string().max(300).nullish(),
        metadata: z.record(z.string(), z.unknown()).nullish(),
        responses: z.record(z.string(), z.unknown()).nullish(),
      })
      .loose(),
  })
  .loose();
export type CalcomWebhook = z.output<typeof calcomWebhookSchema>;

const CALCOM_STATUSES = {
  BOOKING_CREATED: "booked",
  BOOKING_RESCHEDULED: "booked",
  BOOKING_CANCELLED: "cancelled",
} as const;

/** A phone number the booking form asked for, wherever Cal.com put it. */
function calcomPhone(payload: CalcomWebhook["payload"]): string | null {
  const attendeePhone = payload.attendees[0]?.phoneNumber;
  if (attendeePhone) return attendeePhone;
  for (const key of ["attendeePhoneNumber", "phone", "phoneNumber"]) {
    const answer = payload.responses?.[key];
    const value =
      typeof answer === "string"
        ? answer
        : typeof answer === "object" && answer !== null && "value" in answer
          ? (answer as { value: unknown }).value
          : null;
    if (typeof value === "string" && value.length <= 64) return value;
  }
  return null;
}

export function normalizeCalcomWebhook(body: CalcomWebhook): NormalizedBooking | null {
  const status = CALCOM_STATUSES[body.triggerEvent as keyof typeof CALCOM_STATUSES];
  if (!status) return null;
  const { payload } = body;
  const attendee = payload.attendees[0];
  return {
    platform: "calcom",
    platformBookingId: payload.uid,
    status,
    title: payload.title ?? null,
    startsAt: payload.startTime,
    endsAt: payload.endTime ?? null,
    timeZone: attendee?.timeZone ?? payload.organizer?.timeZone ?? null,
    attendeeName: attendee?.name ?? null,
    attendeeEmail: attendee?.email ?? null,
    attendeePhone: calcomPhone(payload),
    location: payload.location ?? null,
    cancellationReason: status === "cancelled" ? (payload.cancellationReason ?? null) : null,
    rescheduledFrom:
      body.triggerEvent === "BOOKING_RESCHEDULED" ? (payload.rescheduleUid ?? null) : null,
    rescheduledTo: null,
    platformCallId: callIdFromMetadata(payload.metadata),
    changedAt: body.createdAt,
  };
}

export const calendlyWebhookSchema = z
  .object({
    event: z.string().min(1).max(100),
    created_at: isoTime,
    payload: z
      .object({
        uri: z.url().max(300),
        email: z.string().max(320).nullish(),
        name: z.string().max(200).nullish(),
        timezone: z.string().max(64).nullish(),
        text_reminder_number: z.string().max(64).nullish(),
        rescheduled: z.boolean().nullish(),
        old_invitee: z.url().max(300).nullish(),
        new_invitee: z.url().max(300).nullish(),
        cancellation: z
          .object({ reason: z.string().max(1000).nullish() })
          .loose()
          .nullish(),
        tracking: z.object({ utm_content: z.string().nullish() }).loose().nullish(),
        scheduled_event: z
          .object({
            name: z.string().max(300).nullish(),
            start_time: isoTime,
            end_time: isoTime.nullish(),
            location: z
              .object({ location: z.string().max(500).nullish(), join_url: z.string().nullish() })
              .loose()
              .nullish(),
          })
          .loose(),
      })
      .loose(),
  })
  .loose();
export type CalendlyWebhook = z.output<typeof calendlyWebhookSchema>;

export function normalizeCalendlyWebhook(body: CalendlyWebhook): NormalizedBooking | null {
  if (body.event !== "invitee.created" && body.event !== "invitee.canceled") return null;
  const { payload } = body;
  const cancelled = body.event === "invitee.canceled";
  const movedAway = cancelled && payload.rescheduled === true;
  const event = payload.scheduled_event;
  return {
    platform: "calendly",
    platformBookingId: payload.uri,
    status: movedAway ? "rescheduled" : cancelled ? "cancelled" : "booked",
    title: event.name ?? null,
    startsAt: event.start_time,
    endsAt: event.end_time ?? null,
    timeZone: payload.timezone ?? null,
    attendeeName: payload.name ?? null,
    attendeeEmail: payload.email ?? null,
    attendeePhone: payload.text_reminder_number ?? null,
    location: event.location?.location ?? event.location?.join_url ?? null,
    cancellationReason: cancelled && !movedAway ? (payload.cancellation?.reason ?? null) : null,
    rescheduledFrom: cancelled ? null : (payload.old_invitee ?? null),
    rescheduledTo: movedAway ? (payload.new_invitee ?? null) : null,
    // Calendly has no free metadata; agents pass the call id as utm_content.
    platformCallId: payload.tracking?.utm_content ?? null,
    changedAt: body.created_at,
  };
}
