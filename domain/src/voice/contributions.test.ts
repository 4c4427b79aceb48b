import { describe, expect, it } from "vitest";
import { DEFAULT_BUSINESS_HOURS } from "./business-hours";
import {
  bookingContribution,
  type CallFacts,
  callContribution,
  contributionDelta,
  mergeDeltas,
} from "./contributions";
import { callDayDocSchema } from "./rollups";

const NY = "America/New_York";

const call = (overrides: Partial<CallFacts> = {}): CallFacts => ({
  // Tuesday 1 December 2026, 10:00 in New York: open.
  startedAt: "2026-12-01T15:00:00.000Z",
  sortAt: new Date("2026-12-01T15:00:00.000Z"),
  outcome: "answered",
  durationSeconds: 125,
  sentiment: "positive",
  successful: true,
  booked: false,
  ...overrides,
});

describe("a call's contribution to its day", () => {
  it("counts an answered, analysed call in every bucket it belongs to", () => {
    expect(callContribution(call(), NY, DEFAULT_BUSINESS_HOURS)).toEqual({
      day: "2026-12-01",
      timeZone: NY,
      counts: {
        calls: 1,
        "outcomes.answered": 1,
        durationSeconds: 125,
        timedCalls: 1,
        minutes: 3,
        "sentiment.positive": 1,
        "success.successful": 1,
        "callsByHour.h10": 1,
      },
    });
  });

  it("counts a call on the client's local day, not UTC's", () => {
    // 02:30 UTC on 2 December is 21:30 on 1 December in New York: after hours.
    const late = callContribution(
      call({ startedAt: "2026-12-02T02:30:00Z", outcome: "transferred" }),
      NY,
      DEFAULT_BUSINESS_HOURS,
    );
    expect(late.day).toBe("2026-12-01");
    expect(late.counts).toMatchObject({
      afterHoursCalls: 1,
      afterHoursAnswered: 1,
      "callsByHour.h21": 1,
    });
    const missed = callContribution(
      call({ startedAt: "2026-12-02T02:30:00Z", outcome: "missed" }),
      NY,
      DEFAULT_BUSINESS_HOURS,
    );
    expect(missed.counts.afterHoursCalls).toBe(1);
    expect(missed.counts.afterHoursAnswered).toBeUndefined();
  });

  it("keeps the local hour across a daylight-saving change", () => {
    // 8 March 2026: New York moves from UTC-5 to UTC-4.
    const before = callContribution(
      call({ startedAt: "2026-03-07T15:00:00Z" }),
      NY,
      DEFAULT_BUSINESS_HOURS,
    );
    const after = callContribution(
      call({ startedAt: "2026-03-09T14:00:00Z" }),
      NY,
      DEFAULT_BUSINESS_HOURS,
    );
    expect(before.counts["callsByHour.h10"]).toBe(1);
    expect(after.counts["callsByHour.h10"]).toBe(1);
    expect(after.counts.afterHoursCalls).toBeUndefined();
    // Saturday the 7th is closed all day.
    expect(before.counts.afterHoursCalls).toBe(1);
  });

  it("counts a call in progress as in progress, with unknown sentiment and no duration", () => {
    const counts = callContribution(
      call({ outcome: null, durationSeconds: null, sentiment: null, successful: null }),
      NY,
      DEFAULT_BUSINESS_HOURS,
    ).counts;
    expect(counts).toEqual({
      calls: 1,
      "outcomes.inProgress": 1,
      "sentiment.unknown": 1,
      "success.unknown": 1,
      "callsByHour.h10": 1,
    });
  });

  it("uses when Portico heard of a call that has no start time", () => {
    const heard = callContribution(
      call({ startedAt: null, sortAt: new Date("2026-12-03T16:00:00Z") }),
      NY,
      DEFAULT_BUSINESS_HOURS,
    );
    expect(heard.day).toBe("2026-12-03");
    expect(heard.counts["callsByHour.h11"]).toBe(1);
  });
});

describe("moving a call between buckets", () => {
  it("adds nothing when the same report is counted again", () => {
    const once = callContribution(call(), NY, DEFAULT_BUSINESS_HOURS);
    expect(contributionDelta(once, callContribution(call(), NY, DEFAULT_BUSINESS_HOURS)).size).toBe(
      0,
    );
  });

  it("moves a late analysis from unknown to its sentiment and success, and adds the booking", () => {
    const ended = callContribution(
      call({ sentiment: null, successful: null }),
      NY,
      DEFAULT_BUSINESS_HOURS,
    );
    const analysed = callContribution(call({ booked: true }), NY, DEFAULT_BUSINESS_HOURS);
    expect(Object.fromEntries(contributionDelta(ended, analysed))).toEqual({
      "2026-12-01": {
        "sentiment.unknown": -1,
        "sentiment.positive": 1,
        "success.unknown": -1,
        "success.successful": 1,
        bookedCalls: 1,
      },
    });
  });

  it("moves a call whose start time changed to its new day", () => {
    const first = callContribution(call(), NY, DEFAULT_BUSINESS_HOURS);
    const moved = callContribution(
      call({ startedAt: "2026-12-02T15:00:00Z" }),
      NY,
      DEFAULT_BUSINESS_HOURS,
    );
    const delta = contributionDelta(first, moved);
    expect(delta.get("2026-12-01")?.calls).toBe(-1);
    expect(delta.get("2026-12-02")?.calls).toBe(1);
  });

  it("sums many calls' deltas into one per day", () => {
    const deltas = [1, 2, 3].map(() =>
      contributionDelta(null, callContribution(call(), NY, DEFAULT_BUSINESS_HOURS)),
    );
    expect(mergeDeltas(deltas).get("2026-12-01")).toMatchObject({ calls: 3, minutes: 9 });
  });
});

describe("a booking's contribution", () => {
  const made = new Date("2026-12-01T15:00:00Z");
  const booking = {
    status: "booked" as const,
    rescheduledFrom: null,
    rescheduledTo: null,
    history: [{ status: "booked" as const, at: made, startsAt: made }],
    receivedAt: new Date("2026-12-01T15:00:05Z"),
  };

  it("counts a booking on the day it was made, and moves it to cancellations when cancelled", () => {
    const booked = bookingContribution(booking, NY);
    expect(booked).toEqual({ day: "2026-12-01", timeZone: NY, counts: { bookings: 1 } });
    const cancelled = bookingContribution(
      {
        ...booking,
        status: "cancelled",
        history: [
          ...booking.history,
          { status: "cancelled", at: new Date("2026-12-04T10:00:00Z"), startsAt: made },
        ],
      },
      NY,
    );
    expect(Object.fromEntries(contributionDelta(booked, cancelled))).toEqual({
      "2026-12-01": { cancellations: 1 },
    });
  });

  it("does not count a reschedule as a new booking, nor a replaced booking as cancelled", () => {
    expect(bookingContribution({ ...booking, rescheduledFrom: "bk_0" }, NY).counts).toEqual({});
    expect(
      bookingContribution({ ...booking, status: "cancelled", rescheduledTo: "bk_2" }, NY).counts,
    ).toEqual({ bookings: 1 });
  });
});

describe("the day document", () => {
  it("reads the stored hour map as 24 hours", () => {
    const day = callDayDocSchema.parse({
      day: "2026-12-01",
      timeZone: NY,
      callsByHour: { h00: 2, h23: 1 },
      updatedAt: new Date(),
    });
    expect(day.callsByHour).toHaveLength(24);
    expect(day.callsByHour[0]).toBe(2);
    expect(day.callsByHour[23]).toBe(1);
    expect(day.outcomes.answered).toBe(0);
  });
});
