import { type BusinessHours, isOpenAt, localTime } from "./business-hours";
import type { CallOutcome } from "./call";
import type { BookingDoc, CallDoc } from "./stored";

/**
 * What one call or one booking adds to its client's day counters
 * (`callDays/{day}`, ./rollups.ts). The rollup functions keep each record's
 * last contribution beside it (`callRollupMarks/{id}`, `bookingRollupMarks/{id}`)
 * and apply only the difference to the days, so a replayed report adds
 * nothing and a later analysis moves the call between buckets.
 *
 * Counts are keyed by the day document's field path ("outcomes.answered",
 * "callsByHour.h14"); zero counts are left out.
 */
export interface Contribution {
  /** The local date, YYYY-MM-DD, in `timeZone`. */
  day: string;
  timeZone: string;
  counts: Record<string, number>;
}

/** The field of `callsByHour` that counts local hour `hour` (a map: Firestore cannot increment array items). */
export const hourKey = (hour: number) => `h${String(hour).padStart(2, "0")}`;

/** Outcomes in which the agent talked with the caller: the "answered" of rates and the funnel. */
export const ANSWERED_OUTCOMES: readonly CallOutcome[] = ["answered", "transferred"];

export type CallFacts = Pick<
  CallDoc,
  "startedAt" | "sortAt" | "outcome" | "durationSeconds" | "sentiment" | "successful" | "booked"
>;

export type BookingFacts = Pick<
  BookingDoc,
  "status" | "rescheduledFrom" | "rescheduledTo" | "history" | "receivedAt"
>;

function withoutZeros(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, value]) => value !== 0));
}

/** A call counts on the local day and hour it began (or when Portico first heard of it). */
export function callContribution(
  call: CallFacts,
  timeZone: string,
  hours: BusinessHours,
): Contribution {
  const at = call.startedAt ? new Date(call.startedAt) : call.sortAt;
  const local = localTime(at, timeZone);
  const afterHours = !isOpenAt(at, timeZone, hours);
  const answered = call.outcome !== null && ANSWERED_OUTCOMES.includes(call.outcome);
  const seconds = call.durationSeconds === null ? null : Math.round(call.durationSeconds);
  const success =
    call.successful === null ? "unknown" : call.successful ? "successful" : "unsuccessful";
  return {
    day: local.date,
    timeZone,
    counts: withoutZeros({
      calls: 1,
      [`outcomes.${call.outcome ?? "inProgress"}`]: 1,
      afterHoursCalls: afterHours ? 1 : 0,
      afterHoursAnswered: afterHours && answered ? 1 : 0,
      durationSeconds: seconds ?? 0,
      timedCalls: seconds === null ? 0 : 1,
      minutes: seconds === null ? 0 : Math.ceil(seconds / 60),
      [`sentiment.${call.sentiment ?? "unknown"}`]: 1,
      [`success.${success}`]: 1,
      bookedCalls: call.booked ? 1 : 0,
      [`callsByHour.${hourKey(local.hour)}`]: 1,
    }),
  };
}

/**
 * A booking counts on the local day it was first made. A reschedule's
 * successor is the same appointment, so it is not a new booking; a booking
 * counts as cancelled while it is cancelled and not replaced by a reschedule
 * (Calendly cancels the old one with `rescheduledTo` set).
 */
export function bookingContribution(booking: BookingFacts, timeZone: string): Contribution {
  const firstSeen = booking.history.reduce<Date>(
    (earliest, entry) => (entry.at < earliest ? entry.at : earliest),
    booking.receivedAt,
  );
  return {
    day: localTime(firstSeen, timeZone).date,
    timeZone,
    counts: withoutZeros({
      bookings: booking.rescheduledFrom === null ? 1 : 0,
      cancellations: booking.status === "cancelled" && booking.rescheduledTo === null ? 1 : 0,
    }),
  };
}

/**
 * What to add to each day to go from one contribution to the next (either
 * may be absent): day -> field path -> non-zero increment. Empty when nothing changed.
 */
export function contributionDelta(
  before: Contribution | null,
  after: Contribution | null,
): Map<string, Record<string, number>> {
  const delta = new Map<string, Record<string, number>>();
  const add = (contribution: Contribution | null, sign: 1 | -1) => {
    if (!contribution) return;
    const day = delta.get(contribution.day) ?? {};
    for (const [field, value] of Object.entries(contribution.counts)) {
      day[field] = (day[field] ?? 0) + sign * value;
    }
    delta.set(contribution.day, day);
  };
  add(before, -1);
  add(after, 1);
  for (const [day, fields] of delta) {
    const changed = withoutZeros(fields);
    if (Object.keys(changed).length === 0) delta.delete(day);
    else delta.set(day, changed);
  }
  return delta;
}

/** Sums many deltas (a backfill's page of calls) into one per day. */
export function mergeDeltas(
  deltas: Iterable<Map<string, Record<string, number>>>,
): Map<string, Record<string, number>> {
  const merged = new Map<string, Record<string, number>>();
  for (const delta of deltas) {
    for (const [day, fields] of delta) {
      const into = merged.get(day) ?? {};
      for (const [field, value] of Object.entries(fields)) into[field] = (into[field] ?? 0) + value;
      merged.set(day, into);
    }
  }
  for (const [day, fields] of merged) {
    const changed = withoutZeros(fields);
    if (Object.keys(changed).length === 0) merged.delete(day);
    else merged.set(day, changed);
  }
  return merged;
}

/** The day's time zone of a delta: the contribution's, after over before. */
export function zoneOfDay(
  day: string,
  before: Contribution | null,
  after: Contribution | null,
): string {
  if (after?.day === day) return after.timeZone;
  return before?.timeZone ?? after?.timeZone ?? "UTC";
}
