import { createHash } from "node:crypto";
import type { Locale } from "@portico/domain/i18n/locales";
import { translator } from "@portico/domain/i18n/translator";
import { RATE_LIMITS, type RateLimitName, rateWindow } from "@portico/domain/rate-limits";
import { FieldValue, Timestamp } from "firebase-admin/firestore";
import { type CallableRequest, HttpsError } from "firebase-functions/v2/https";
import ipaddr from "ipaddr.js";
import { isEmulator, trustedProxyHops } from "./config";
import { refs } from "./documents";

/**
 * Counts one call against a fixed-window limit kept in Firestore
 * (`rateLimits/{hash}`, server-only, removed by TTL on `expiresAt`).
 * Increments are atomic without a transaction, so a flood is counted rather
 * than failing on contention; the count read back decides. Returns when the
 * window ends if the limit is passed, otherwise null.
 */
export async function countAgainstLimit(
  name: RateLimitName,
  subject: string,
  now = Date.now(),
): Promise<Date | null> {
  const limit = RATE_LIMITS[name];
  const window = rateWindow(limit, now);
  const id = createHash("sha256")
    .update(`${name}\u0000${subject}\u0000${window.start}`)
    .digest("hex");
  const ref = refs.rateLimit(id);
  await ref.set(
    { name, count: FieldValue.increment(1), expiresAt: Timestamp.fromMillis(window.end) },
    { merge: true },
  );
  const count = (await ref.get()).data()?.count;
  return typeof count === "number" && count > limit.limit ? new Date(window.end) : null;
}

/** Refused calls answer `resource-exhausted` with when to try again. */
async function enforceRateLimit(
  name: RateLimitName,
  subject: string,
  locale: Locale = "en",
): Promise<void> {
  const retryAt = await countAgainstLimit(name, subject);
  if (retryAt) {
    const message = translator(locale)("validation.tooManyAttempts");
    throw new HttpsError("resource-exhausted", message, { retryAt: retryAt.toISOString() });
  }
}

/**
 * The caller's address for per-IP limits: the entry Google's front end
 * appended to X-Forwarded-For (TRUSTED_PROXY_HOPS from the right; entries to
 * its left are whatever the client sent), IPv6 narrowed to its /64.
 */
function clientAddress(request: CallableRequest<unknown>): string | null {
  const forwarded = request.rawRequest.header("x-forwarded-for");
  const hops = forwarded ? forwarded.split(",").map((entry) => entry.trim()) : [];
  const raw =
    hops.length > 0 ? hops[Math.max(0, hops.length - trustedProxyHops())] : request.rawRequest.ip;
  if (!raw || !ipaddr.isValid(raw)) return null;
  let address = ipaddr.process(raw);
  if (address.kind() === "ipv6") {
    const bytes = address.toByteArray().slice(0, 8).concat(Array(8).fill(0));
    address = ipaddr.fromByteArray(bytes);
    return `${address.toNormalizedString()}/64`;
  }
  return address.toString();
}

/**
 * Per-IP and per-target limits for an anonymous endpoint. On the emulators,
 * calls from this machine itself (no forwarding header) skip the per-IP count:
 * every local test and browser shares 127.0.0.1.
 */
export async function limitAnonymousCall(
  request: CallableRequest<unknown>,
  limits: { perIp: RateLimitName; perTarget: RateLimitName },
  target: string,
  locale: Locale = "en",
): Promise<void> {
  const address = clientAddress(request);
  const local =
    address !== null && ipaddr.process(address.replace(/\/64$/, "")).range() === "loopback";
  const checks = [enforceRateLimit(limits.perTarget, target.toLowerCase(), locale)];
  if (address && !(local && isEmulator()))
    checks.push(enforceRateLimit(limits.perIp, address, locale));
  await Promise.all(checks);
}

/** The link (token) endpoints: the invite page, describing an invitation. */
export const LINK_LIMITS = { perIp: "linkPerIp", perTarget: "linkPerToken" } as const;
/** Accepting an invitation sets a password: fewer tries. */
export const ACCEPT_LIMITS = { perIp: "acceptPerIp", perTarget: "acceptPerToken" } as const;
/** Creating a workspace, per caller and per address. */
export const SIGN_UP_LIMITS = { perIp: "signUpPerIp", perTarget: "signUpPerAddress" } as const;
/** Asking for a password-reset email, per caller and per address. */
export const PASSWORD_RESET_LIMITS = {
  perIp: "passwordResetPerIp",
  perTarget: "passwordResetPerAddress",
} as const;
