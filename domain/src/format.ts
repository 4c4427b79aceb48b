import type { Locale } from "./i18n/locales";

/*
 * Dates as people read them, in one place for the web, the emails and the
 * functions. A missing locale means the reader's own (the browser's), as the
 * agency app shows dates; the portal and emails pass the client's language.
 */

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * One formatter per language and options, kept: building an Intl formatter
 * costs a hundred times formatting with one, and `toLocaleString` with
 * options builds one on every call (a list formats a date on every row).
 */
function dateFormat(locale: Locale | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${locale ?? ""}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A day, e.g. "Nov 28, 2026", in the reader's time zone. */
export function formatDate(date: Date, locale?: Locale): string {
  return dateFormat(locale, { dateStyle: "medium" }).format(date);
}

/** A day and time, e.g. "Nov 28, 2026, 3:04 PM", in the reader's time zone. */
export function formatDateTime(date: Date, locale?: Locale): string {
  return dateFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/**
 * A day in an email, e.g. "November 28, 2026", in UTC: the server that
 * renders the email does not know the reader's time zone.
 */
export function formatLongDate(date: Date, locale: Locale): string {
  return dateFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/**
 * A time in a mail-limit message, e.g. "Nov 30, 2026, 01:00 AM" in the
 * reader's own time zone, or with the zone named when one is given (server
 * messages say UTC).
 */
export function formatMailLimitTime(date: Date, locale: Locale, timeZone?: string): string {
  return dateFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    ...(timeZone ? { timeZone, timeZoneName: "short" } : {}),
  }).format(date);
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/**
 * "now", "5s ago", "3m ago", "2h ago" (in English), then the day once it is a
 * day old; `style: "long"` spells the units out ("3 minutes ago").
 */
export function formatTimeAgo(
  at: Date,
  now: Date,
  locale?: Locale,
  style: "narrow" | "long" = "narrow",
): string {
  const key = `${locale ?? ""}:${style}`;
  let relative = relativeFormats.get(key);
  if (!relative) {
    relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto", style });
    relativeFormats.set(key, relative);
  }
  const seconds = Math.max(0, Math.round((now.getTime() - at.getTime()) / 1000));
  if (seconds < 60) return relative.format(-seconds, "second");
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return relative.format(-minutes, "minute");
  const hours = Math.round(minutes / 60);
  if (hours < 24) return relative.format(-hours, "hour");
  return formatDate(at, locale);
}

/**
 * A day and time in a given time zone, with the zone named (a call or booking
 * in the client's time zone); the reader's own zone when there is none.
 */
export function formatDateTimeInZone(date: Date, locale: Locale, timeZone: string | null): string {
  const options: Intl.DateTimeFormatOptions = {
    dateStyle: "medium",
    timeStyle: "short",
    ...(timeZone ? { timeZone } : {}),
  };
  try {
    const text = dateFormat(locale, options).format(date);
    const zone = dateFormat(locale, { ...(timeZone ? { timeZone } : {}), timeZoneName: "short" })
      .formatToParts(date)
      .find((part) => part.type === "timeZoneName")?.value;
    return zone ? `${text} (${zone})` : text;
  } catch {
    // A time zone the platform sent that this browser does not know.
    return formatDateTime(date, locale);
  }
}

/** A length of time as a clock reads: "1:05", or "1:02:03" past an hour (durations, transcript times). */
export function formatClock(totalSeconds: number): string {
  const whole = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = String(whole % 60).padStart(2, "0");
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** A time zone as a picker lists it, e.g. "Europe/Amsterdam (GMT+1)", with its offset at `at`. */
export function formatTimeZoneChoice(timeZone: string, at: Date): string {
  try {
    const offset = dateFormat("en", { timeZone, timeZoneName: "shortOffset" })
      .formatToParts(at)
      .find((part) => part.type === "timeZoneName")?.value;
    return offset ? `${timeZone.replaceAll("_", " ")} (${offset})` : timeZone;
  } catch {
    return timeZone;
  }
}

/** A local calendar day (YYYY-MM-DD, already in the client's zone), e.g. "Dec 1": chart axes and tables. */
export function formatDayShort(day: string, locale: Locale): string {
  return dateFormat(locale, {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T12:00:00Z`));
}

/** A local calendar day with its year, e.g. "Dec 1, 2026". */
export function formatDay(day: string, locale: Locale): string {
  return dateFormat(locale, {
    dateStyle: "medium",
    timeZone: "UTC",
  }).format(new Date(`${day}T12:00:00Z`));
}

/** A count, grouped as the language groups digits ("1,234"). */
export function formatCount(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A ratio as a percentage ("67%"); "–" when there is nothing to divide. */
export function formatPercent(ratio: number | null, locale: Locale): string {
  if (ratio === null) return "–";
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}

/** A weekday's short name ("Mon"), Monday = 0, in the reader's language. */
export function formatWeekdayShort(mondayIndex: number, locale: Locale): string {
  // 5 January 2026 is a Monday.
  return dateFormat(locale, { weekday: "short", timeZone: "UTC" }).format(
    new Date(Date.UTC(2026, 0, 5 + mondayIndex, 12)),
  );
}

/** An amount in minor units (cents) as money, e.g. "€1,234.50" / "1.234,50 €", in the reader's language. */
export function formatMoney(minorUnits: number, currency: string, locale: Locale): string {
  return numberFormat(locale, { style: "currency", currency }).format(minorUnits / 100);
}

/** A local calendar date (YYYY-MM-DD, no time zone to shift it), e.g. "Nov 28, 2026". */
export function formatLocalDate(
  date: string,
  locale: Locale,
  style: "medium" | "long" = "medium",
): string {
  return dateFormat(locale, {
    dateStyle: style,
    timeZone: "UTC",
  }).format(new Date(`${date}T12:00:00Z`));
}
