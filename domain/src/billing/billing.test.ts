import { describe, expect, it } from "vitest";
import { formatMoney } from "../format";
import { periodAt, periodDays, periodOfDate, previousPeriod, zonedMidnight } from "./periods";
import { parseMoneyInput, periodCharge, setBillingPlanInputSchema } from "./plan";

describe("billing periods", () => {
  it("runs from the billing day to the same day of the next month", () => {
    expect(periodOfDate("2026-11-20", 15)).toEqual({ start: "2026-11-15", end: "2026-12-15" });
    expect(periodOfDate("2026-11-14", 15)).toEqual({ start: "2026-10-15", end: "2026-11-15" });
    expect(periodOfDate("2026-11-15", 15)).toEqual({ start: "2026-11-15", end: "2026-12-15" });
  });

  it("crosses the year", () => {
    expect(periodOfDate("2027-01-03", 28)).toEqual({ start: "2026-12-28", end: "2027-01-28" });
    expect(previousPeriod({ start: "2027-01-01", end: "2027-02-01" }, 1)).toEqual({
      start: "2026-12-01",
      end: "2027-01-01",
    });
  });

  it("lists every day of a period once (28 to 31 days)", () => {
    expect(periodDays({ start: "2027-02-01", end: "2027-03-01" })).toHaveLength(28);
    const december = periodDays({ start: "2026-12-01", end: "2027-01-01" });
    expect(december).toHaveLength(31);
    expect(december[0]).toBe("2026-12-01");
    expect(december.at(-1)).toBe("2026-12-31");
  });

  it("finds the period in the client's time zone, not UTC", () => {
    // 03:00 UTC on Dec 1 is still Nov 30 in Los Angeles.
    const at = new Date("2026-12-01T03:00:00Z");
    expect(periodAt(at, "America/Los_Angeles", 1).start).toBe("2026-11-01");
    expect(periodAt(at, "Europe/Madrid", 1).start).toBe("2026-12-01");
  });

  it("finds a local midnight as an instant, across daylight saving", () => {
    expect(zonedMidnight("2026-12-01", "America/Los_Angeles").toISOString()).toBe(
      "2026-12-01T08:00:00.000Z",
    );
    expect(zonedMidnight("2026-07-01", "Europe/Madrid").toISOString()).toBe(
      "2026-06-30T22:00:00.000Z",
    );
    expect(zonedMidnight("2026-11-01", "UTC").toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });
});

describe("a period's charge", () => {
  const plan = { monthlyFeeMinor: 4900, includedMinutes: 300, perMinuteMinor: 25 };

  it("is the fee while the minutes stay within the plan", () => {
    expect(periodCharge(plan, 300)).toMatchObject({ overageMinutes: 0, totalMinor: 4900 });
  });

  it("adds each extra minute at the plan's price, in whole cents", () => {
    expect(periodCharge(plan, 341)).toMatchObject({
      overageMinutes: 41,
      overageMinor: 1025,
      totalMinor: 5925,
    });
  });

  it("is formatted with the currency in the reader's language", () => {
    expect(formatMoney(5925, "EUR", "en")).toBe("€59.25");
    // Intl separates the amount and the symbol with a no-break space.
    expect(formatMoney(5925, "EUR", "es")).toBe("59,25\u00a0€");
    expect(formatMoney(592500, "USD", "nl")).toMatch(/^US\$\s5\.925,00$/);
  });
});

describe("plan input", () => {
  it("reads prices typed with a decimal point or comma", () => {
    expect(parseMoneyInput("49")).toBe(4900);
    expect(parseMoneyInput("49.5")).toBe(4950);
    expect(parseMoneyInput("0,25")).toBe(25);
    expect(parseMoneyInput("1,234.50")).toBe(123450);
    expect(parseMoneyInput("1.234,50")).toBe(123450);
    expect(parseMoneyInput("-3")).toBeNull();
    expect(parseMoneyInput("4.999")).toBeNull();
    expect(parseMoneyInput("abc")).toBeNull();
  });

  it("refuses fractions of a cent, negative amounts and billing days past the 28th", () => {
    const valid = {
      clientId: "client1",
      monthlyFeeMinor: 4900,
      includedMinutes: 300,
      perMinuteMinor: 25,
      currency: "EUR",
      billingDay: 1,
    };
    expect(setBillingPlanInputSchema.safeParse(valid).success).toBe(true);
    for (const bad of [
      { monthlyFeeMinor: 49.5 },
      { perMinuteMinor: -1 },
      { billingDay: 29 },
      { billingDay: 0 },
      { currency: "XXX" },
      { clientId: "../x" },
    ]) {
      expect(
        setBillingPlanInputSchema.safeParse({ ...valid, ...bad }).success,
        JSON.stringify(bad),
      ).toBe(false);
    }
  });
});
