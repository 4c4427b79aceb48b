import { z } from "zod";
import { normalizeForSearch } from "../clients";
import { BOOKING_STATUSES, type NormalizedBooking, normalizedBookingSchema } from "./booking";
import { type NormalizedCall, normalizedCallSchema, recordingSchema } from "./call";

/**
 * Calls and bookings as stored under the client (`calls/{id}`,
 * `bookings/{id}`), readable by the client's portal users and the agency's
 * staff. They hold what the pages show; the platform's cost lives apart
 * (`callCosts/{id}`, staff only), so does the platform's recording URL
 * (`callRecordings/{id}`, server only: it may be public to anyone holding it,
 * so browsers play through Portico), and the agent's raw metadata is not kept.
 * The rest of the normalized report is kept for merging later reports.
 */
const storedCallFields = normalizedCallSchema.omit({
  platformCostCents: true,
  metadata: true,
  recording: true,
});

export const callDocSchema = storedCallFields.extend({
  /** Whether the platform sent a recording (played through `callRecording`). */
  hasRecording: z.boolean(),
  connectionId: z.string(),
  /** The booking this call led to, once one is linked. */
  bookingId: z.string().nullable(),
  /** Whether a booking is linked: an equality filter for the calls list (bookingId != null would reorder it). */
  booked: z.boolean().default(false),
  /** What the calls list's search finds the call by (callSearchTokens). */
  searchTokens: z.array(z.string()).default([]),
  /** When the call started, or when Portico first heard of it: the list's order. */
  sortAt: z.date(),
  receivedAt: z.date(),
  updatedAt: z.date(),
});
export type CallDoc = z.output<typeof callDocSchema>;

/** `callRecordings/{id}`: the platform's recording URL, read by functions only. */
export const callRecordingDocSchema = recordingSchema.extend({ updatedAt: z.date() });

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

/** The call document's fields from a merged report, with the tokens search finds it by. */
export function callFields(
  call: NormalizedCall,
): Omit<CallDoc, "connectionId" | "bookingId" | "booked" | "receivedAt" | "updatedAt" | "sortAt"> {
  const { platformCostCents: _cost, metadata: _metadata, recording, ...fields } = call;
  return { ...fields, hasRecording: recording !== null, searchTokens: callSearchTokens(call) };
}

const MAX_PREFIX = 20;
/** Country codes are 1 to 3 digits: a number is also found without its own. */
const MAX_COUNTRY_DIGITS = 3;
const MIN_SEARCH_LENGTH = 2;

function prefixesOf(word: string, from = 1): string[] {
  const out: string[] = [];
  for (let i = from; i <= Math.min(word.length, MAX_PREFIX); i += 1) out.push(word.slice(0, i));
  return out;
}

const digitsOf = (value: string) => value.replace(/\D/g, "");

/**
 * Tokens a call is found by: prefixes of the caller's number (digits only,
 * with and without its country code, so "+1 415 555" and "415 555" both
 * find +14155550123) and of each word of the caller's name. The list asks
 * Firestore for `searchTokens array-contains <term>` (callSearchTerm).
 */
export function callSearchTokens(call: Pick<NormalizedCall, "callerNumber" | "callerName">) {
  const tokens = new Set<string>();
  const digits = digitsOf(call.callerNumber ?? "");
  for (let skip = 0; skip <= Math.min(MAX_COUNTRY_DIGITS, digits.length - 1); skip += 1) {
    for (const prefix of prefixesOf(digits.slice(skip), MIN_SEARCH_LENGTH)) tokens.add(prefix);
  }
  for (const word of normalizeForSearch(call.callerName ?? "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)) {
    for (const prefix of prefixesOf(word)) tokens.add(prefix);
  }
  return [...tokens];
}

/**
 * The one token a calls search asks Firestore for: the digits of a number
 * ("+1 (415) 555" -> "1415555"), or the first word of a name; null until
 * there is enough to search for.
 */
export function callSearchTerm(input: string): string | null {
  const text = normalizeForSearch(input);
  if (/^[+\d\s().-]+$/.test(text)) {
    const digits = digitsOf(text);
    return digits.length >= MIN_SEARCH_LENGTH ? digits.slice(0, MAX_PREFIX) : null;
  }
  const [first] = text.split(/[^a-z0-9]+/).filter(Boolean);
  return first && first.length >= MIN_SEARCH_LENGTH ? first.slice(0, MAX_PREFIX) : null;
}

/** A booking's document fields from one normalized event. */
export function bookingFields(booking: NormalizedBooking) {
  const { changedAt: _changedAt, startsAt, endsAt, ...fields } = booking;
  return { ...fields, startsAt: new Date(startsAt), endsAt: toDate(endsAt) };
}
