import { z } from "zod";

/** The time zone of an agency that has not chosen one, and of clients stored before zones existed. */
export const DEFAULT_TIME_ZONE = "UTC";

const TIME_ZONE_MESSAGE = "Choose a time zone from the list, like Europe/Amsterdam.";

/**
 * The platform's canonical spelling of an IANA time zone ("europe/amsterdam"
 * -> "Europe/Amsterdam"), or null when the platform does not know it. Offsets
 * such as "+01:00" are refused: a client lives in a named zone with its own
 * daylight-saving rules.
 */
export function canonicalTimeZone(value: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(value)) return null;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function canonicalOrIssue(value: string, ctx: z.RefinementCtx): string {
  const zone = canonicalTimeZone(value);
  if (zone === null) {
    ctx.addIssue({ code: "custom", message: TIME_ZONE_MESSAGE });
    return z.NEVER;
  }
  return zone;
}

/** An IANA time zone, stored in its canonical spelling. */
export const timeZoneSchema = z
  .string({ error: TIME_ZONE_MESSAGE })
  .trim()
  .transform(canonicalOrIssue);

/**
 * A time zone that may be left out, null (the callable protocol sends a
 * form's undefined as null) or blank: undefined, and the caller's default applies.
 */
export const optionalTimeZoneSchema = z
  .string({ error: TIME_ZONE_MESSAGE })
  .trim()
  .transform((value, ctx) => (value === "" ? undefined : canonicalOrIssue(value, ctx)))
  .nullish()
  .transform((value) => value ?? undefined)
  .optional();

/** The zones a picker offers: the platform's list, with UTC first (some engines leave it out). */
export function timeZoneChoices(): string[] {
  const zones =
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [DEFAULT_TIME_ZONE, ...zones.filter((zone) => zone !== DEFAULT_TIME_ZONE)];
}
