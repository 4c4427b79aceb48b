import { WEEKDAYS, type Weekday } from "./business-hours";
import { CALL_OUTCOMES, SENTIMENTS } from "./call";
import { ANSWERED_OUTCOMES } from "./contributions";
import { type CallDayDoc, ROLLUP_OUTCOMES, type RollupOutcome } from "./rollups";

/**
 * The portal's Overview and Analytics figures, from the client's day counters
 * only (`callDays`, one document per local day): a 90-day view reads at most
 * 90 documents (180 with the previous period), however many calls there were.
 */

const DAY_MS = 86_400_000;

/** The local dates from `from` to `to`, inclusive (YYYY-MM-DD, calendar arithmetic in UTC). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (
    let at = Date.parse(`${from}T00:00:00Z`);
    at <= Date.parse(`${to}T00:00:00Z`);
    at += DAY_MS
  ) {
    out.push(new Date(at).toISOString().slice(0, 10));
  }
  return out;
}

export function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS).toISOString().slice(0, 10);
}

/** The weekday of a local date. */
export function weekdayOf(day: string): Weekday {
  // getUTCDay: 0 is Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7] ?? "mon";
}

/** The instant a local date begins in a time zone (midnight, or the first hour after a gap). */
export function zonedDayStart(day: string, timeZone: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  let guess = utcMidnight;
  // Two passes settle the zone's offset, also on days a DST change moves it.
  for (let pass = 0; pass < 2; pass += 1) guess = utcMidnight - offsetAt(new Date(guess), timeZone);
  return new Date(guess);
}

function offsetAt(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    })
      .formatToParts(at)
      .map((part) => [part.type, Number(part.value)]),
  );
  const asUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

export interface Period {
  /** First and last local date, inclusive. */
  from: string;
  to: string;
}

/** The `days` local days ending on `today`, and the period of equal length before it. */
export function periodsEnding(today: string, days: number): { current: Period; previous: Period } {
  const from = addDays(today, -(days - 1));
  return {
    current: { from, to: today },
    previous: { from: addDays(from, -days), to: addDays(from, -1) },
  };
}

/** A custom range's equal-length predecessor. */
export function previousPeriod(period: Period): Period {
  const length = daysBetween(period.from, period.to).length;
  return { from: addDays(period.from, -length), to: addDays(period.from, -1) };
}

export type DayTotals = Omit<CallDayDoc, "day" | "timeZone" | "updatedAt">;

export function emptyTotals(): DayTotals {
  return {
    calls: 0,
    outcomes: Object.fromEntries(ROLLUP_OUTCOMES.map((key) => [key, 0])) as DayTotals["outcomes"],
    afterHoursCalls: 0,
    afterHoursAnswered: 0,
    durationSeconds: 0,
    timedCalls: 0,
    minutes: 0,
    sentiment: Object.fromEntries(SENTIMENTS.map((key) => [key, 0])) as DayTotals["sentiment"],
    success: { successful: 0, unsuccessful: 0, unknown: 0 },
    bookedCalls: 0,
    bookings: 0,
    cancellations: 0,
    callsByHour: Array(24).fill(0),
  };
}

/** The sum of the days that fall inside a period. */
export function sumDays(days: readonly CallDayDoc[], period?: Period): DayTotals {
  const total = emptyTotals();
  for (const day of days) {
    if (period && (day.day < period.from || day.day > period.to)) continue;
    total.calls += day.calls;
    total.afterHoursCalls += day.afterHoursCalls;
    total.afterHoursAnswered += day.afterHoursAnswered;
    total.durationSeconds += day.durationSeconds;
    total.timedCalls += day.timedCalls;
    total.minutes += day.minutes;
    total.bookedCalls += day.bookedCalls;
    total.bookings += day.bookings;
    total.cancellations += day.cancellations;
    for (const key of ROLLUP_OUTCOMES) total.outcomes[key] += day.outcomes[key];
    for (const key of SENTIMENTS) total.sentiment[key] += day.sentiment[key];
    for (const key of ["successful", "unsuccessful", "unknown"] as const) {
      total.success[key] += day.success[key];
    }
    day.callsByHour.forEach((count, hour) => {
      total.callsByHour[hour] = (total.callsByHour[hour] ?? 0) + count;
    });
  }
  return total;
}

export const answeredOf = (totals: Pick<DayTotals, "outcomes">) =>
  ANSWERED_OUTCOMES.reduce((sum, key) => sum + totals.outcomes[key], 0);

/** Calls that ended without the agent talking to the caller (not those still in progress). */
export const missedOf = (totals: Pick<DayTotals, "outcomes">) =>
  CALL_OUTCOMES.filter((key) => !ANSWERED_OUTCOMES.includes(key)).reduce(
    (sum, key) => sum + totals.outcomes[key],
    0,
  );

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The Overview's figures: counts, and ratios that are null when there is nothing to divide by. */
export interface OverviewFigures {
  calls: number;
  answeredRate: number | null;
  bookings: number;
  /** Bookings per answered call. */
  bookingRate: number | null;
  averageDurationSeconds: number | null;
  afterHoursCaptured: number;
  minutes: number;
}
export type FigureName = keyof OverviewFigures;

export function overviewFigures(totals: DayTotals): OverviewFigures {
  const answered = answeredOf(totals);
  return {
    calls: totals.calls,
    answeredRate: ratio(answered, totals.calls),
    bookings: totals.bookings,
    bookingRate: ratio(totals.bookings, answered),
    averageDurationSeconds:
      totals.timedCalls === 0 ? null : Math.round(totals.durationSeconds / totals.timedCalls),
    afterHoursCaptured: totals.afterHoursAnswered,
    minutes: totals.minutes,
  };
}

/**
 * The change of each figure against the previous period: a relative change for
 * counts ("+12%"), a difference in points for rates, null when either side is
 * missing or the previous count was zero.
 */
export function figureChanges(
  current: OverviewFigures,
  previous: OverviewFigures,
): Record<FigureName, number | null> {
  const out = {} as Record<FigureName, number | null>;
  for (const name of Object.keys(current) as FigureName[]) {
    const now = current[name];
    const before = previous[name];
    if (now === null || before === null) out[name] = null;
    else if (name === "answeredRate" || name === "bookingRate") out[name] = now - before;
    else out[name] = before === 0 ? null : (now - before) / before;
  }
  return out;
}

/** One point per local day of the period (days without a document are zero). */
export interface DayPoint {
  day: string;
  calls: number;
  answered: number;
  missed: number;
  positive: number;
  neutral: number;
  negative: number;
  unknown: number;
}

export function dailySeries(days: readonly CallDayDoc[], period: Period): DayPoint[] {
  const byDay = new Map(days.map((day) => [day.day, day]));
  return daysBetween(period.from, period.to).map((day) => {
    const totals = sumDays(byDay.has(day) ? [byDay.get(day) as CallDayDoc] : []);
    return {
      day,
      calls: totals.calls,
      answered: answeredOf(totals),
      missed: missedOf(totals),
      ...totals.sentiment,
    };
  });
}

/** Calls by weekday (rows, Monday first) and local hour (24 columns). */
export function weekdayHourGrid(days: readonly CallDayDoc[], period: Period): number[][] {
  const grid = WEEKDAYS.map(() => Array<number>(24).fill(0));
  for (const day of days) {
    if (day.day < period.from || day.day > period.to) continue;
    const row = grid[WEEKDAYS.indexOf(weekdayOf(day.day))];
    if (!row) continue;
    day.callsByHour.forEach((count, hour) => {
      row[hour] = (row[hour] ?? 0) + count;
    });
  }
  return grid;
}

export function outcomeCounts(totals: DayTotals): { outcome: RollupOutcome; count: number }[] {
  return ROLLUP_OUTCOMES.map((outcome) => ({ outcome, count: totals.outcomes[outcome] }));
}

/** Calls -> answered -> booked (calls that led to a booking). */
export function funnel(totals: DayTotals) {
  return { calls: totals.calls, answered: answeredOf(totals), booked: totals.bookedCalls };
}
