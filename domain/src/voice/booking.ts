import { z } from "zod";

/**
 * One appointment a client's agent (or the client's website) booked, from
 * Cal.com, Calendly or Portico's own events, in one shape. A reschedule is a
 * new booking that names the one it replaced; the replaced one reads
 * "rescheduled" and points at its successor.
 */
export const BOOKING_PLATFORMS = ["calcom", "calendly", "portico"] as const;
export type BookingPlatform = (typeof BOOKING_PLATFORMS)[number];

export const BOOKING_STATUSES = ["booked", "rescheduled", "cancelled"] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

const isoTime = z.iso.datetime({ offset: true });

export const normalizedBookingSchema = z.object({
  platform: z.enum(BOOKING_PLATFORMS),
  platformBookingId: z.string().min(1).max(300),
  status: z.enum(BOOKING_STATUSES),
  title: z.string().max(300).nullable(),
  startsAt: isoTime,
  endsAt: isoTime.nullable(),
  /** The attendee's time zone, when the platform knows it. */
  timeZone: z.string().max(64).nullable(),
  attendeeName: z.string().max(200).nullable(),
  attendeeEmail: z.string().max(320).nullable(),
  attendeePhone: z.string().max(64).nullable(),
  location: z.string().max(500).nullable(),
  cancellationReason: z.string().max(1000).nullable(),
  /** The booking this one replaced (a reschedule). */
  rescheduledFrom: z.string().max(300).nullable(),
  /** Set on a cancelled booking that a reschedule replaced (Calendly says so on the cancel). */
  rescheduledTo: z.string().max(300).nullable(),
  /** The platform call id the agent put in the booking's metadata, when it did. */
  platformCallId: z.string().max(200).nullable(),
  /** When the platform says the change happened; orders late and replayed events. */
  changedAt: isoTime,
});
export type NormalizedBooking = z.output<typeof normalizedBookingSchema>;

/** Metadata keys agents use to say which call made a booking. */
const CALL_ID_KEYS = ["call_id", "callId", "portico_call_id"] as const;

export function callIdFromMetadata(metadata: Record<string, unknown> | null | undefined) {
  for (const key of CALL_ID_KEYS) {
    const value = metadata?.[key];
    if (typeof value === "string" && value.length > 0 && value.length <= 200) return value;
  }
  return null;
}
