import { localTime } from "../voice/business-hours";

/**
 * Billing periods run from the plan's billing day (1-28) of one month to the
 * same day of the next, in the client's time zone: local dates YYYY-MM-DD,
 * `end` exclusive. A period's minutes are the sum over its callDays, so a
 * period is at most 31 documents to read.
 */
export interface BillingPeriod {
  /** First local day of the period (also the statement's id). */
  start: string;
  /** The day after the last: the next period's start. */
  end: string;
}

function parts(date: string): [number, number, number] {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  return [year, month, day];
}

function iso(year: number, month: number, day: number): string {
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.toISOString().slice(0, 10);
}

/** A local date moved by whole days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  return iso(year, month, day + days);
}

/** A local date moved by whole months, keeping the day (billing days are at most 28). */
function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  return iso(year, month + months, day);
}

/** The period a local date falls in. */
export function periodOfDate(date: string, billingDay: number): BillingPeriod {
  const [year, month, day] = parts(date);
  const start = day >= billingDay ? iso(year, month, billingDay) : iso(year, month - 1, billingDay);
  return { start, end: addMonths(start, 1) };
}

/** The period an instant falls in, in the client's time zone. */
export function periodAt(at: Date, timeZone: string, billingDay: number): BillingPeriod {
  return periodOfDate(localTime(at, timeZone).date, billingDay);
}

/** The period before this one. */
export function previousPeriod(period: BillingPeriod, billingDay: number): BillingPeriod {
  return periodOfDate(addDays(period.start, -1), billingDay);
}

/** Every local day of a period, in order (28 to 31 of them). */
export function periodDays(period: BillingPeriod): string[] {
  const days: string[] = [];
  for (let day = period.start; day < period.end; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The last day of a period (what a statement prints as "to"). */
export function lastDayOf(period: BillingPeriod): string {
  return addDays(period.end, -1);
}

/**
 * The instant a local date begins in a time zone (its local midnight), found
 * by correcting a UTC guess by the zone's offset twice (enough across a
 * daylight-saving change).
 */
export function zonedMidnight(date: string, timeZone: string): Date {
  const [year, month, day] = parts(date);
  const target = Date.UTC(year, month - 1, day);
  let guess = target;
  for (let i = 0; i < 2; i += 1) {
    const local = localTime(new Date(guess), timeZone);
    const [ly, lm, ld] = parts(local.date);
    const [hour, minute] = local.clock.split(":").map(Number);
    const shownAsUtc = Date.UTC(ly, lm - 1, ld, hour, minute);
    guess += target - shownAsUtc;
  }
  return new Date(guess);
}
