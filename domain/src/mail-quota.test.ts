import { describe, expect, it } from "vitest";
import {
  agencyDailyLimit,
  cooldownDecision,
  dailyQuotaDecision,
  distinctRecipients,
  isMailLimitDetails,
  MAIL_LIMITS,
  mailDay,
  mailLimitMessage,
  nextMailDay,
  pendingInvitationDecision,
  quotaExpiresAt,
} from "./mail-quota";

const now = new Date("2026-11-29T21:15:00Z");
const minutes = (n: number) => n * 60_000;

describe("daily quotas", () => {
  it("count in UTC days and reset at the next UTC midnight", () => {
    expect(mailDay(now)).toBe("2026-11-29");
    expect(mailDay(new Date("2026-11-29T23:59:59.999Z"))).toBe("2026-11-29");
    expect(nextMailDay(now).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(nextMailDay(new Date("2026-12-31T10:00:00Z")).toISOString()).toBe(
      "2027-01-01T00:00:00.000Z",
    );
    expect(quotaExpiresAt(now).toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });

  it("are stricter while no owner has verified their email address", () => {
    expect(agencyDailyLimit(false)).toBe(MAIL_LIMITS.unverifiedAgencyPerDay);
    expect(agencyDailyLimit(true)).toBe(MAIL_LIMITS.agencyPerDay);
    expect(agencyDailyLimit(false)).toBeLessThan(agencyDailyLimit(true));
  });

  it("allow up to the limit, counting every recipient, and refuse a mail that would pass it", () => {
    expect(dailyQuotaDecision(0, 1, 3, now)).toEqual({ allowed: true });
    expect(dailyQuotaDecision(2, 1, 3, now)).toEqual({ allowed: true });
    expect(dailyQuotaDecision(3, 1, 3, now)).toEqual({
      allowed: false,
      resetsAt: new Date("2026-11-30T00:00:00Z"),
    });
    // A mail to the client and five CCs is six emails: it does not squeeze in at 48 of 50.
    expect(dailyQuotaDecision(48, 6, 50, now).allowed).toBe(false);
  });
});

describe("the per-recipient cooldown", () => {
  it("lets the first re-send through and refuses the next until the cooldown has passed", () => {
    expect(cooldownDecision(null, minutes(10), now)).toEqual({ allowed: true });
    const last = new Date(now.getTime() - minutes(3));
    expect(cooldownDecision(last, minutes(10), now)).toEqual({
      allowed: false,
      resetsAt: new Date(now.getTime() + minutes(7)),
    });
    expect(cooldownDecision(new Date(now.getTime() - minutes(10)), minutes(10), now)).toEqual({
      allowed: true,
    });
  });
});

describe("pending teammate invitations", () => {
  const inDays = (n: number) => new Date(now.getTime() + n * 86_400_000);

  it("are capped per client, the earliest expiry freeing a place", () => {
    const cap = MAIL_LIMITS.pendingPortalTeammateInvitations;
    const almost = Array.from({ length: cap - 1 }, (_, i) => inDays(i + 1));
    expect(pendingInvitationDecision(almost, now)).toEqual({ allowed: true });
    const full = [inDays(5), ...almost];
    expect(pendingInvitationDecision(full, now)).toEqual({ allowed: false, resetsAt: inDays(1) });
  });

  it("do not count invitations whose link has expired", () => {
    const cap = MAIL_LIMITS.pendingPortalTeammateInvitations;
    const expired = Array.from({ length: cap }, (_, i) => inDays(-i - 1));
    expect(pendingInvitationDecision(expired, now)).toEqual({ allowed: true });
  });
});

describe("recipients", () => {
  it("are compared trimmed and case-insensitively, once each", () => {
    expect(
      distinctRecipients([" Ana@Example.com", "ana@example.com", "bo@example.com", ""]),
    ).toEqual(["ana@example.com", "bo@example.com"]);
  });
});

describe("the answer when a limit is reached", () => {
  const details = { reason: "agencyDaily", resetsAt: "2026-11-30T00:00:00.000Z", limit: 50 };

  it("is recognised by its details", () => {
    expect(isMailLimitDetails(details)).toBe(true);
    expect(isMailLimitDetails({ ...details, reason: "other" })).toBe(false);
    expect(isMailLimitDetails({ ...details, resetsAt: "soon" })).toBe(false);
    expect(isMailLimitDetails({ nextReminderAt: details.resetsAt })).toBe(false);
    expect(isMailLimitDetails(null)).toBe(false);
  });

  it("says when it resets, in the reader's language", () => {
    const parsed = { ...details, reason: "portalUserDaily" as const };
    expect(mailLimitMessage(parsed, "en", "UTC")).toBe(
      "You've reached today's limit of 50 invitations. You can send more from Nov 30, 2026, 12:00 AM UTC.",
    );
    expect(mailLimitMessage(parsed, "es", "UTC")).toMatch(
      /^Has alcanzado el límite de hoy de 50 invitaciones\. .*30 nov 2026.*00:00.*UTC/,
    );
    expect(mailLimitMessage(parsed, "nl", "UTC")).toMatch(
      /^Je hebt de limiet van 50 uitnodigingen .*30 nov 2026.*00:00.*UTC/,
    );
  });
});
