import { z } from "zod";
import { BOOKING_STATUSES, type NormalizedBooking, normalizedBookingSchema } from "./booking";
import { type NormalizedCall, normalizedCallSchema } from "./call";

/**
 * Calls and bookings as stored under the client (`calls/{id}`,
 * `bookings/{id}`), readable by the client's portal users and the agency's
 * staff. They hold what the pages show; the platform's cost lives apart
 * (`callCosts/{id}`, staff only) and the agent's raw metadata is not kept.
 * The full normalized report is kept for merging later reports of the call.
 */
const storedCallFields = normalizedCallSchema.omit({ platformCostCents: true, metadata: true });

export const callDocSchema = storedCallFields.extend({
  connectionId: z.string(),
  /** The booking this call led to, once one is linked. */
  bookingId: z.string().nullable(),
  /** When the call started, or when Portico first heard of it: the list's order. */
  sortAt: z.date(),
  receivedAt: z.date(),
  updatedAt: z.date(),
});
export type CallDoc = z.output<typeof callDocSchema>;

export const callCostDocSchema = z.object({
  platformCostCents: z.number().nonnegative(),
  updatedAt: z.date(),
});

export const bookingHistoryEntrySchema = z.object({
  status: z.enum(BOOKING_STATUSES),
  at: z.date(),
  startsAt: z.date(),
});

const storedBookingFields = normalizedBookingSchema.omit({
  changedAt: true,
  startsAt: true,
  endsAt: true,
});

export const bookingDocSchema = storedBookingFields.extend({
  connectionId: z.string(),
  startsAt: z.date(),
  endsAt: z.date().nullable(),
  /** The call that led to it (by the call id the agent passed, or the caller's number). */
  callId: z.string().nullable(),
  /** Every change, oldest first; the last one is the current status. */
  history: z.array(bookingHistoryEntrySchema).max(50),
  lastChangedAt: z.date(),
  receivedAt: z.date(),
  updatedAt: z.date(),
});
export type BookingDoc = z.output<typeof bookingDocSchema>;

/**
 * The stored document id of a platform's call or booking: stable, so a
 * re-sent webhook lands on the same document (idempotent), and made only of
 * path-safe characters whatever the platform's id looks like (Calendly's is a URL).
 */
export async function platformRecordId(platform: string, platformId: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${platform}\u0000${platformId}`);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest.slice(0, 20), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export function toDate(iso: string | null): Date | null {
  return iso ? new Date(iso) : null;
}

/** The call document's fields from a merged report. */
export function callFields(
  call: NormalizedCall,
): Omit<CallDoc, "connectionId" | "bookingId" | "receivedAt" | "updatedAt" | "sortAt"> {
  const { platformCostCents: _cost, metadata: _metadata, ...fields } = call;
  return fields;
}

/** A booking's document fields from one normalized event. */
export function bookingFields(booking: NormalizedBooking) {
  const { changedAt: _changedAt, startsAt, endsAt, ...fields } = booking;
  return { ...fields, startsAt: new Date(startsAt), endsAt: toDate(endsAt) };
}
