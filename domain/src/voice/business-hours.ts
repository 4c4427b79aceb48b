import { z } from "zod";

/**
 * When a client's business is open, in the client's time zone: the agent
 * settings edit it (and sync it to the platform), the rollups count a call
 * outside it as "after hours". Times are "HH:MM" on a 24-hour clock; a day
 * with no ranges is closed; a closure (holiday) closes a whole local date.
 */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 09:00.");

export const openRangeSchema = z
  .object({ opens: clockTime, closes: clockTime })
  .refine((range) => range.opens < range.closes, {
    message: "Closing time must be after opening time.",
    path: ["closes"],
  });
export type OpenRange = z.output<typeof openRangeSchema>;

export const closureSchema = z.object({
  /** A local date, YYYY-MM-DD. */
  date: z.iso.date(),
  name: z.string().trim().max(80),
});

export const businessHoursSchema = z.object({
  weekly: z.record(z.enum(WEEKDAYS), z.array(openRangeSchema).max(4)),
  closures: z.array(closureSchema).max(100),
});
export type BusinessHours = z.output<typeof businessHoursSchema>;

const NINE_TO_FIVE: OpenRange[] = [{ opens: "09:00", closes: "17:00" }];

/** Until a client's settings say otherwise: Monday to Friday, 9 to 5. */
export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  weekly: {
    mon: NINE_TO_FIVE,
    tue: NINE_TO_FIVE,
    wed: NINE_TO_FIVE,
    thu: NINE_TO_FIVE,
    fri: NINE_TO_FIVE,
    sat: [],
    sun: [],
  },
  closures: [],
};

/** One formatter per zone: building one is slow, and a recount reads thousands of calls. */
const localFormats = new Map<string, Intl.DateTimeFormat>();

function localFormat(timeZone: string): Intl.DateTimeFormat {
  let format = localFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    localFormats.set(timeZone, format);
  }
  return format;
}

/** The local date, weekday and clock time of an instant in a time zone. */
export function localTime(at: Date, timeZone: string) {
  const parts = Object.fromEntries(
    localFormat(timeZone)
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return {
    /** YYYY-MM-DD */
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: String(parts.weekday).toLowerCase().slice(0, 3) as Weekday,
    hour: Number(parts.hour),
    /** HH:MM */
    clock: `${parts.hour}:${parts.minute}`,
  };
}

/** Whether the business is open at an instant (a closure date closes it all day). */
export function isOpenAt(at: Date, timeZone: string, hours: BusinessHours): boolean {
  const local = localTime(at, timeZone);
  if (hours.closures.some((closure) => closure.date === local.date)) return false;
  return (hours.weekly[local.weekday] ?? []).some(
    (range) => range.opens <= local.clock && local.clock < range.closes,
  );
}
