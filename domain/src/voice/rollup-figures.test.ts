import { describe, expect, it } from "vitest";
import {
  dailySeries,
  daysBetween,
  figureChanges,
  funnel,
  overviewFigures,
  periodsEnding,
  previousPeriod,
  sumDays,
  weekdayHourGrid,
  weekdayOf,
  zonedDayStart,
} from "./rollup-figures";
import { type CallDayDoc, callDayDocSchema } from "./rollups";

const day = (date: string, fields: Record<string, unknown>): CallDayDoc =>
  callDayDocSchema.parse({ day: date, timeZone: "UTC", updatedAt: new Date(), ...fields });

const days = [
  day("2026-12-01", {
    calls: 4,
    outcomes: { answered: 2, transferred: 1, missed: 1 },
    durationSeconds: 300,
    timedCalls: 3,
    minutes: 6,
    afterHoursCalls: 2,
    afterHoursAnswered: 1,
    bookings: 1,
    bookedCalls: 1,
    sentiment: { positive: 2, unknown: 2 },
    callsByHour: { h09: 3, h22: 1 },
  }),
  day("2026-12-03", {
    calls: 2,
    outcomes: { answered: 1, inProgress: 1 },
    durationSeconds: 60,
    timedCalls: 1,
    minutes: 1,
    bookings: 2,
    sentiment: { negative: 1, unknown: 1 },
    callsByHour: { h10: 2 },
  }),
  day("2026-11-20", { calls: 3, outcomes: { answered: 3 }, bookings: 1, minutes: 3 }),
];

describe("periods", () => {
  it("lists the local days of a period and the period before it", () => {
    expect(daysBetween("2026-11-29", "2026-12-02")).toEqual([
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
    ]);
    expect(periodsEnding("2026-12-07", 7)).toEqual({
      current: { from: "2026-12-01", to: "2026-12-07" },
      previous: { from: "2026-11-24", to: "2026-11-30" },
    });
    expect(previousPeriod({ from: "2026-12-01", to: "2026-12-03" })).toEqual({
      from: "2026-11-28",
      to: "2026-11-30",
    });
  });

  it("finds when a local day begins, also on a daylight-saving day", () => {
    expect(zonedDayStart("2026-12-01", "America/New_York").toISOString()).toBe(
      "2026-12-01T05:00:00.000Z",
    );
    expect(zonedDayStart("2026-03-08", "America/New_York").toISOString()).toBe(
      "2026-03-08T05:00:00.000Z",
    );
    expect(zonedDayStart("2026-03-09", "America/New_York").toISOString()).toBe(
      "2026-03-09T04:00:00.000Z",
    );
    expect(zonedDayStart("2026-07-01", "Asia/Kolkata").toISOString()).toBe(
      "2026-06-30T18:30:00.000Z",
    );
    expect(weekdayOf("2026-12-07")).toBe("mon");
  });
});

describe("overview figures", () => {
  const current = { from: "2026-12-01", to: "2026-12-07" };

  it("sums the days inside the period and derives the rates", () => {
    const figures = overviewFigures(sumDays(days, current));
    expect(figures).toEqual({
      calls: 6,
      answeredRate: 4 / 6,
      bookings: 3,
      bookingRate: 3 / 4,
      averageDurationSeconds: 90,
      afterHoursCaptured: 1,
      minutes: 7,
    });
  });

  it("has no rates without calls, and compares counts relatively and rates in points", () => {
    const empty = overviewFigures(sumDays([], current));
    expect(empty.answeredRate).toBeNull();
    expect(empty.averageDurationSeconds).toBeNull();
    const now = overviewFigures(sumDays(days, current));
    const before = overviewFigures(sumDays(days, { from: "2026-11-20", to: "2026-11-26" }));
    const changes = figureChanges(now, before);
    expect(changes.calls).toBeCloseTo(1);
    expect(changes.answeredRate).toBeCloseTo(4 / 6 - 1);
    expect(changes.afterHoursCaptured).toBeNull();
    expect(figureChanges(now, empty).calls).toBeNull();
  });
});

describe("analytics series", () => {
  const period = { from: "2026-11-30", to: "2026-12-03" };

  it("gives every day of the period a point, zero when nothing happened", () => {
    const series = dailySeries(days, period);
    expect(series.map((point) => point.calls)).toEqual([0, 4, 0, 2]);
    expect(series[1]).toMatchObject({ answered: 3, missed: 1, positive: 2, unknown: 2 });
    // The call in progress is neither answered nor missed yet.
    expect(series[3]).toMatchObject({ answered: 1, missed: 0 });
  });

  it("places calls on their weekday and hour, and builds the funnel", () => {
    const grid = weekdayHourGrid(days, period);
    // 1 December 2026 is a Tuesday, the 3rd a Thursday.
    expect(grid[1]?.[9]).toBe(3);
    expect(grid[1]?.[22]).toBe(1);
    expect(grid[3]?.[10]).toBe(2);
    expect(grid.flat().reduce((a, b) => a + b, 0)).toBe(6);
    expect(funnel(sumDays(days, period))).toEqual({ calls: 6, answered: 4, booked: 1 });
  });
});
