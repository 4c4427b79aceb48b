import { z } from "zod";

/**
 * Limits on what anyone can call without an account: sign-up, password
 * reset and the link (token) endpoints. Counted per client IP and per target
 * (the address or the link), in fixed windows kept in Firestore by functions.
 * Generous enough that a person never meets them; tight enough that a script
 * does.
 */
export interface RateLimit {
  /** Calls allowed per window. */
  limit: number;
  windowSeconds: number;
}

export const RATE_LIMITS = {
  /** Creating an agency workspace. */
  signUpPerIp: { limit: 10, windowSeconds: 60 * 60 },
  signUpPerAddress: { limit: 3, windowSeconds: 60 * 60 },
  /** Asking for a password-reset email. */
  passwordResetPerIp: { limit: 10, windowSeconds: 60 * 60 },
  passwordResetPerAddress: { limit: 3, windowSeconds: 60 * 60 },
  /** Any call that a link's token authorizes (the invite page, describe and accept). */
  linkPerIp: { limit: 600, windowSeconds: 10 * 60 },
  linkPerToken: { limit: 300, windowSeconds: 10 * 60 },
  /**
   * Accepting an invitation: a password is set, so fewer tries. Per link, room
   * for a burst of simultaneous clicks (they lose cleanly to the first).
   */
  acceptPerIp: { limit: 30, windowSeconds: 10 * 60 },
  acceptPerToken: { limit: 30, windowSeconds: 10 * 60 },
  /**
   * Webhooks into one agent connection. Platforms post from shared addresses,
   * so the limit is per connection, far above a busy agent's call rate.
   */
  webhookPerConnection: { limit: 1200, windowSeconds: 60 },
  /** The REST API, per API key (a busy Zapier account stays far below it). */
  apiPerKey: { limit: 300, windowSeconds: 60 },
  /**
   * Access pages (onboarding pages): opening one (a view) and submitting the
   * visitor's details, which creates data. Per caller address and per page.
   */
  onboardingViewPerIp: { limit: 120, windowSeconds: 10 * 60 },
  onboardingViewPerPage: { limit: 3000, windowSeconds: 10 * 60 },
  onboardingSubmitPerIp: { limit: 10, windowSeconds: 10 * 60 },
  onboardingSubmitPerPage: { limit: 60, windowSeconds: 10 * 60 },
} as const satisfies Record<string, RateLimit>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** The window a call at `now` falls in, and when it ends. */
export function rateWindow(limit: RateLimit, now: number): { start: number; end: number } {
  const size = limit.windowSeconds * 1000;
  const start = Math.floor(now / size) * size;
  return { start, end: start + size };
}

/** `rateLimits/{counterId}` (server-only): calls counted in one window; TTL on `expiresAt`. */
export const rateLimitDocSchema = z.object({
  /** Which limit (a RATE_LIMITS key). */
  name: z.string(),
  count: z.number(),
  expiresAt: z.date(),
});
