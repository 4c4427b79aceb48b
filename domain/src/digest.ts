import { z } from "zod";
import { addDays } from "./billing/periods";
import { agencyDailyLimit } from "./mail-quota";
import { localTime } from "./voice/business-hours";

/**
 * The weekly digest: a branded email, in the client's language, to each
 * portal user of a client with an agent connection who has not opted out
 * (`weeklyDigest: false` on their portal member document): last week's
 * calls, bookings and booking rate (from the callDays), the top unanswered
 * questions when a source for them exists, and a link to the portal.
 * Weeks run Monday to Sunday in the client's time zone; each user gets one
 * digest per week (the outbox id is the user and the week's Monday).
 */

/** Days after a week ends during which its digest may still go out (runs held back by the cap). */
export const DIGEST_CATCH_UP_DAYS = 3;

/**
 * Digests share the agency's daily mail quota with its everyday mail
 * (invitations, reminders): at most half of it a day, so an agency's digests
 * never use up what its team needs. The rest go out the next day (within
 * DIGEST_CATCH_UP_DAYS), counted in `mailQuotas/digest_{agency}_{day}`.
 */
export function digestDailyCap(ownerVerified: boolean): number {
  return Math.floor(agencyDailyLimit(ownerVerified) / 2);
}

/** Unanswered questions in a digest, at most. */
export const DIGEST_QUESTIONS = 5;

const WEEKDAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;

export interface DigestWeek {
  /** The week's Monday (local date), also the digest's id with the user's. */
  start: string;
  /** The Monday after (exclusive). */
  end: string;
}

/** The last full week (Monday to Sunday) before `now`, in the client's time zone. */
export function lastFullWeek(now: Date, timeZone: string): DigestWeek {
  const local = localTime(now, timeZone);
  const thisMonday = addDays(local.date, -WEEKDAY_INDEX[local.weekday]);
  return { start: addDays(thisMonday, -7), end: thisMonday };
}

/** Whether the last full week's digest is still due: within DIGEST_CATCH_UP_DAYS of its end. */
export function digestDue(now: Date, timeZone: string): boolean {
  const local = localTime(now, timeZone);
  return WEEKDAY_INDEX[local.weekday] < DIGEST_CATCH_UP_DAYS;
}

/** The seven local days of a week. */
export function weekDays(week: DigestWeek): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(week.start, index));
}

export interface DigestFigures {
  calls: number;
  answered: number;
  bookings: number;
  /** Bookings / answered calls; null without answered calls. */
  bookingRate: number | null;
}

export function digestFigures(
  days: readonly { calls: number; answered: number; bookings: number }[],
): DigestFigures {
  const total = days.reduce(
    (sum, day) => ({
      calls: sum.calls + day.calls,
      answered: sum.answered + day.answered,
      bookings: sum.bookings + day.bookings,
    }),
    { calls: 0, answered: 0, bookings: 0 },
  );
  return { ...total, bookingRate: total.answered > 0 ? total.bookings / total.answered : null };
}

/** `setDigestPreference`: the portal profile's toggle. */
export const setDigestPreferenceInputSchema = z.object({ weeklyDigest: z.boolean() });

/** `unsubscribeDigest`: the email's one-click link, without signing in. */
export const unsubscribeDigestInputSchema = z.object({
  token: z.string().min(20, "This link is not valid.").max(400, "This link is not valid."),
});
