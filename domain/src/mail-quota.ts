import { fillTemplate } from "./access-page-model";
import { formatMailLimitTime } from "./format";
import { en } from "./i18n/en";
import { es } from "./i18n/es";
import type { Locale } from "./i18n/locales";
import { nl } from "./i18n/nl";

// The catalogues themselves, not the i18next translator: the web imports this too.
const catalogues = { en, es, nl } as const;

/**
 * Limits on outbound mail, so that no workspace (and no portal user) can use
 * Portico as a relay: daily quotas per agency and per portal user, a cooldown
 * per recipient on every re-send, and a cap on a client's pending teammate
 * invitations. Pure rules; functions keep the counters in Firestore
 * (`mailQuotas/`, `mailCooldowns/`, server-only) inside the transaction that
 * queues the mail.
 */

export const MAIL_LIMITS = {
  /** Recipients (to and cc) per agency per UTC day. */
  agencyPerDay: 500,
  /** The same while no owner of the workspace has a verified email address. */
  unverifiedAgencyPerDay: 50,
  /** Recipients a portal user may invite per UTC day. */
  portalUserPerDay: 20,
  /** Pending, unexpired invitations that a client's portal users sent, per client. */
  pendingPortalTeammateInvitations: 10,
  /** Between two re-sends of a team or portal invitation to one address. */
  invitationResendCooldownMinutes: 10,
} as const;

/**
 * Mail that people receive for different reasons cools down separately, so a
 * client's portal invitation is not held back by their access request.
 * Access-request re-sends (reminder, email update) cool down for the agency's
 * reminder cooldown; invitation re-sends for a fixed minimum.
 */
export const MAIL_STREAMS = ["team-invitation", "portal-invitation", "access-request"] as const;
export type MailStream = (typeof MAIL_STREAMS)[number];

export const MAIL_LIMIT_REASONS = [
  "agencyDaily",
  "portalUserDaily",
  "recipientCooldown",
  "pendingInvitations",
] as const;
export type MailLimitReason = (typeof MAIL_LIMIT_REASONS)[number];

/** The `details` of a `resource-exhausted` answer from a callable that sends mail. */
export interface MailLimitDetails {
  reason: MailLimitReason;
  /** ISO time from which the refused action can succeed again. */
  resetsAt: string;
  limit: number;
}

export function isMailLimitDetails(value: unknown): value is MailLimitDetails {
  if (typeof value !== "object" || value === null) return false;
  const details = value as Partial<MailLimitDetails>;
  return (
    MAIL_LIMIT_REASONS.includes(details.reason as MailLimitReason) &&
    typeof details.resetsAt === "string" &&
    !Number.isNaN(Date.parse(details.resetsAt)) &&
    typeof details.limit === "number"
  );
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The longest cooldown an agency can set (720 h): cooldown records live at least this long. */
export const MAX_COOLDOWN_MS = 720 * HOUR_MS;

/** The UTC day a quota counts in, e.g. "2026-11-29". */
export function mailDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** When today's quotas reset: the next UTC midnight. */
export function nextMailDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

/** Counters stay a day past their own (for TTL deletion; nothing reads yesterday's counter). */
export function quotaExpiresAt(now: Date): Date {
  return new Date(nextMailDay(now).getTime() + DAY_MS);
}

export function agencyDailyLimit(ownerVerified: boolean): number {
  return ownerVerified ? MAIL_LIMITS.agencyPerDay : MAIL_LIMITS.unverifiedAgencyPerDay;
}

export function invitationResendCooldownMs(): number {
  return MAIL_LIMITS.invitationResendCooldownMinutes * MINUTE_MS;
}

export function accessRequestCooldownMs(reminderCooldownHours: number): number {
  return reminderCooldownHours * HOUR_MS;
}

export type MailDecision = { allowed: true } | { allowed: false; resetsAt: Date };

/** A daily quota: `adding` more recipients fit when the day's total stays within `limit`. */
export function dailyQuotaDecision(
  used: number,
  adding: number,
  limit: number,
  now: Date,
): MailDecision {
  return used + adding <= limit
    ? { allowed: true }
    : { allowed: false, resetsAt: nextMailDay(now) };
}

/** A re-send to one address: allowed once the previous re-send's cooldown has passed. */
export function cooldownDecision(
  lastResentAt: Date | null,
  cooldownMs: number,
  now: Date,
): MailDecision {
  if (!lastResentAt) return { allowed: true };
  const resetsAt = new Date(lastResentAt.getTime() + cooldownMs);
  return resetsAt.getTime() <= now.getTime() ? { allowed: true } : { allowed: false, resetsAt };
}

/**
 * One more pending teammate invitation fits while fewer than the cap are
 * pending and unexpired; the earliest expiry is when a place frees up.
 */
export function pendingInvitationDecision(pendingExpiries: Date[], now: Date): MailDecision {
  const live = pendingExpiries
    .filter((expiresAt) => expiresAt.getTime() > now.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  if (live.length < MAIL_LIMITS.pendingPortalTeammateInvitations) return { allowed: true };
  return { allowed: false, resetsAt: live[0] as Date };
}

/** Addresses compared as mail servers do in practice: trimmed, case-insensitive, once each. */
export function distinctRecipients(addresses: readonly string[]): string[] {
  return [...new Set(addresses.map((address) => address.trim().toLowerCase()).filter(Boolean))];
}

/** Document IDs of the day's counters in `mailQuotas/`. */
export const mailQuotaIds = {
  agency: (agencyId: string, day: string) => `agency_${agencyId}_${day}`,
  portalUser: (uid: string, day: string) => `portalUser_${uid}_${day}`,
  /** Weekly digests an agency sent this day (digest.ts: at most half its daily quota). */
  digest: (agencyId: string, day: string) => `digest_${agencyId}_${day}`,
};

/** What a person reads when a mail limit refuses their action, in their language. */
export function mailLimitMessage(
  details: MailLimitDetails,
  locale: Locale,
  timeZone?: string,
): string {
  return fillTemplate(catalogues[locale].mailLimits[details.reason], {
    limit: details.limit,
    time: formatMailLimitTime(new Date(details.resetsAt), locale, timeZone),
  });
}
