import { z } from "zod";
import { CALL_OUTCOMES, type CallOutcome, SENTIMENTS, type Sentiment } from "./call";

/**
 * One client's calls and bookings of one local day (in the client's time
 * zone), counted by functions as calls and bookings arrive or change:
 * `agencies/{a}/clients/{c}/callDays/{YYYY-MM-DD}`. Every figure the portal's
 * overview, analytics, billing and digests show is a sum over these days; no
 * page reads every call. Counts only ever move by a call's or booking's
 * change of contribution, recorded beside it, so a replayed or late-analysed
 * report is counted once (see the rollup functions).
 */
const count = z.number().int().nonnegative();
const counts = <const T extends readonly string[]>(keys: T) =>
  z.object(
    Object.fromEntries(keys.map((key) => [key, count.default(0)])) as {
      [K in T[number]]: z.ZodDefault<typeof count>;
    },
  );

/** A call still in progress has no outcome yet. */
export const ROLLUP_OUTCOMES = [...CALL_OUTCOMES, "inProgress"] as const;
export type RollupOutcome = CallOutcome | "inProgress";

export const SUCCESS_VALUES = ["successful", "unsuccessful", "unknown"] as const;

export const callDayDocSchema = z.object({
  /** The local date, YYYY-MM-DD (also the document id). */
  day: z.iso.date(),
  /** The time zone the day was counted in. */
  timeZone: z.string(),
  calls: count.default(0),
  outcomes: counts(ROLLUP_OUTCOMES).prefault({}),
  /** Calls that began outside the client's business hours. */
  afterHoursCalls: count.default(0),
  /** After-hours calls the agent answered or transferred: what the agent captured. */
  afterHoursAnswered: count.default(0),
  durationSeconds: count.default(0),
  /** Calls with a known duration (the average's denominator). */
  timedCalls: count.default(0),
  /** Billable minutes: each call's duration rounded up to a whole minute. */
  minutes: count.default(0),
  sentiment: counts(SENTIMENTS).prefault({}),
  success: counts(SUCCESS_VALUES).prefault({}),
  /** Calls that led to a booking (the funnel's last step). */
  bookedCalls: count.default(0),
  /** Bookings made this day, and of them how many were later cancelled. */
  bookings: count.default(0),
  cancellations: count.default(0),
  /**
   * Calls by local hour of the day, 24 entries (the weekday is the day's).
   * Stored as a map `{h00..h23}` (Firestore increments map fields, not array
   * items; see contributions.ts), read as an array.
   */
  callsByHour: z.preprocess(
    (stored) =>
      stored && typeof stored === "object" && !Array.isArray(stored)
        ? Array.from(
            { length: 24 },
            (_, hour) =>
              (stored as Record<string, unknown>)[`h${String(hour).padStart(2, "0")}`] ?? 0,
          )
        : stored,
    z
      .array(count)
      .length(24)
      .default(() => Array(24).fill(0)),
  ),
  updatedAt: z.date(),
});
export type CallDayDoc = z.output<typeof callDayDocSchema>;
export type { Sentiment };

/**
 * `callRollupMarks/{callId}` and `bookingRollupMarks/{bookingId}` (server
 * only): what the call or booking last added to the day counters, so the next
 * change applies only the difference (contributions.ts).
 */
export const rollupMarkDocSchema = z.object({
  contribution: z
    .object({ day: z.iso.date(), timeZone: z.string(), counts: z.record(z.string(), z.number()) })
    .nullable(),
  updatedAt: z.date(),
});
export type RollupMarkDoc = z.output<typeof rollupMarkDocSchema>;
