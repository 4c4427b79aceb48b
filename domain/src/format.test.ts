import { describe, expect, it } from "vitest";
import {
  formatClock,
  formatCount,
  formatDate,
  formatDateTime,
  formatDateTimeInZone,
  formatDay,
  formatDayShort,
  formatLocalDate,
  formatLongDate,
  formatMailLimitTime,
  formatMoney,
  formatPercent,
  formatTimeAgo,
  formatTimeZoneChoice,
  formatWeekdayShort,
} from "./format";
import { LOCALES } from "./i18n/locales";

// Noon UTC, so the day is the same in every time zone the tests may run in.
const noon = new Date(Date.UTC(2026, 10, 28, 12, 0));

describe("formatDate", () => {
  it("shows the day in medium style, in the language asked for", () => {
    expect(LOCALES.map((locale) => formatDate(noon, locale))).toEqual([
      "Nov 28, 2026",
      "28 nov 2026",
      "28 nov 2026",
    ]);
  });
});

describe("formatDateTime", () => {
  it("shows the day and the time of day", () => {
    const text = formatDateTime(noon, "en");
    expect(text).toMatch(/^Nov 28, 2026, \d{1,2}:00\s?[AP]M$/);
    expect(text).toBe(noon.toLocaleString("en", { dateStyle: "medium", timeStyle: "short" }));
  });
});

describe("formatLongDate", () => {
  it("writes the month out, in UTC, for each language", () => {
    const midnight = new Date(Date.UTC(2026, 10, 28));
    expect(LOCALES.map((locale) => formatLongDate(midnight, locale))).toEqual([
      "November 28, 2026",
      "28 de noviembre de 2026",
      "28 november 2026",
    ]);
  });
});

describe("formatMailLimitTime", () => {
  it("names the time zone when one is given", () => {
    const resetsAt = new Date(Date.UTC(2026, 10, 30, 1, 0));
    expect(formatMailLimitTime(resetsAt, "en", "UTC")).toBe("Nov 30, 2026, 01:00 AM UTC");
    expect(formatMailLimitTime(resetsAt, "es", "UTC")).toBe("30 nov 2026, 01:00 UTC");
  });
});

describe("formatTimeAgo", () => {
  const now = new Date(Date.UTC(2026, 10, 28, 12, 0, 0));
  const ago = (ms: number) => formatTimeAgo(new Date(now.getTime() - ms), now, "en");

  it("counts seconds, minutes and hours, narrow", () => {
    expect(ago(0)).toBe("now");
    expect(ago(5_000)).toBe("5s ago");
    expect(ago(3 * 60_000)).toBe("3m ago");
    expect(ago(2 * 3_600_000)).toBe("2h ago");
  });

  it("says now for a time a little ahead of the clock", () => {
    expect(ago(-2_000)).toBe("now");
  });

  it("gives the day once it is a day old", () => {
    expect(ago(25 * 3_600_000)).toBe(formatDate(new Date(now.getTime() - 25 * 3_600_000), "en"));
  });
});

describe("formatClock", () => {
  it("reads minutes and seconds, and hours past an hour", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(65.7)).toBe("1:05");
    expect(formatClock(3723)).toBe("1:02:03");
  });
});

describe("formatDateTimeInZone", () => {
  it("shows the time in the client's zone and names it", () => {
    const at = new Date("2026-12-08T18:00:00Z");
    expect(formatDateTimeInZone(at, "en", "America/Los_Angeles")).toMatch(/10:00\sAM \(PST\)$/);
    expect(formatDateTimeInZone(at, "en", "Not/AZone")).toBe(formatDateTime(at, "en"));
  });

  it("shows 17:00 UTC as the client's local time, the day after in Tokyo", () => {
    const at = new Date("2026-03-02T17:00:00Z");
    expect(formatDateTimeInZone(at, "en", "Asia/Tokyo")).toMatch(
      /^Mar 3, 2026, 2:00\sAM \(GMT\+9\)$/,
    );
    expect(formatDateTimeInZone(at, "nl", "Europe/Amsterdam")).toMatch(/18:00/);
  });
});

describe("formatTimeZoneChoice", () => {
  it("names a zone with its offset at the given moment", () => {
    expect(formatTimeZoneChoice("America/New_York", new Date("2026-07-01T12:00:00Z"))).toBe(
      "America/New York (GMT-4)",
    );
    expect(formatTimeZoneChoice("Not/AZone", new Date())).toBe("Not/AZone");
  });
});

describe("formatters kept between calls", () => {
  it("give each language its own text, whichever language was formatted before", () => {
    const twice = LOCALES.flatMap(() =>
      LOCALES.map((locale) => [
        formatDate(noon, locale),
        formatDay("2026-12-01", locale),
        formatDayShort("2026-12-01", locale),
        formatLocalDate("2026-12-01", locale, "long"),
        formatWeekdayShort(0, locale),
        formatCount(1234.4, locale),
        formatPercent(0.674, locale),
        formatMoney(123450, "EUR", locale),
      ]),
    );
    const once = LOCALES.map((locale) => [
      noon.toLocaleDateString(locale, { dateStyle: "medium" }),
      new Date("2026-12-01T12:00:00Z").toLocaleDateString(locale, {
        dateStyle: "medium",
        timeZone: "UTC",
      }),
      new Date("2026-12-01T12:00:00Z").toLocaleDateString(locale, {
        month: "short",
        day: "numeric",
        timeZone: "UTC",
      }),
      new Date("2026-12-01T12:00:00Z").toLocaleDateString(locale, {
        dateStyle: "long",
        timeZone: "UTC",
      }),
      new Date(Date.UTC(2026, 0, 5, 12)).toLocaleDateString(locale, {
        weekday: "short",
        timeZone: "UTC",
      }),
      (1234.4).toLocaleString(locale, { maximumFractionDigits: 0 }),
      (0.674).toLocaleString(locale, { style: "percent", maximumFractionDigits: 0 }),
      (1234.5).toLocaleString(locale, { style: "currency", currency: "EUR" }),
    ]);
    expect(twice).toEqual([...once, ...once, ...once]);
    expect(formatMoney(500, "USD", "en")).toBe("$5.00");
    expect(formatWeekdayShort(0, "en")).toBe("Mon");
    expect(formatDayShort("2026-12-01", "nl")).toBe("1 dec");
  });
});
