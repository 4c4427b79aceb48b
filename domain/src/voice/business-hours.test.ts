import { describe, expect, it } from "vitest";
import { businessHoursSchema, DEFAULT_BUSINESS_HOURS, isOpenAt, localTime } from "./business-hours";

describe("business hours", () => {
  it("reads an instant in the client's zone, across daylight saving", () => {
    expect(localTime(new Date("2026-07-01T06:30:00Z"), "Europe/Amsterdam")).toEqual({
      date: "2026-07-01",
      weekday: "wed",
      hour: 8,
      clock: "08:30",
    });
    expect(localTime(new Date("2026-12-01T06:30:00Z"), "Europe/Amsterdam").clock).toBe("07:30");
  });

  it("is open inside a range, closed at closing time, on closed days and on closures", () => {
    const zone = "America/New_York";
    expect(isOpenAt(new Date("2026-12-01T14:00:00Z"), zone, DEFAULT_BUSINESS_HOURS)).toBe(true);
    expect(isOpenAt(new Date("2026-12-01T22:00:00Z"), zone, DEFAULT_BUSINESS_HOURS)).toBe(false);
    expect(isOpenAt(new Date("2026-12-05T15:00:00Z"), zone, DEFAULT_BUSINESS_HOURS)).toBe(false);
    const holiday = {
      ...DEFAULT_BUSINESS_HOURS,
      closures: [{ date: "2026-12-01", name: "Closed" }],
    };
    expect(isOpenAt(new Date("2026-12-01T14:00:00Z"), zone, holiday)).toBe(false);
  });

  it("refuses a range that closes before it opens, and malformed times", () => {
    const bad = businessHoursSchema.safeParse({
      weekly: { mon: [{ opens: "17:00", closes: "09:00" }] },
      closures: [],
    });
    expect(bad.success).toBe(false);
    expect(
      businessHoursSchema.safeParse({
        weekly: { mon: [{ opens: "9am", closes: "17:00" }] },
        closures: [],
      }).success,
    ).toBe(false);
  });
});
