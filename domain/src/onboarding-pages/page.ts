import { z } from "zod";
import { CLIENT_TYPES, type ClientType } from "../clients";
import { LOCALES } from "../i18n/locales";
import { docIdSchema } from "../ids";
import {
  inviteServiceProblems,
  MAX_THANK_YOU_LENGTH,
  type RequestedService,
  redirectSchema,
  servicesSchema,
} from "../invites";

/**
 * Onboarding pages ("Access pages" in the app): an agency's reusable public
 * page, at `agencies/{agencyId}/onboardingPages/{pageId}`, that creates the
 * client (or finds it by email) and an invite from the page's template.
 * Its short address (slug) is claimed in `onboardingSlugs/{slug}`, so two
 * pages of one agency never share one.
 */
const ONBOARDING_SLUG_MAX = 40;
/** Lowercase letters, digits and inner hyphens: safe as a URL segment and a document ID. */
const ONBOARDING_SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const MAX_ONBOARDING_PAGE_NAME = 80;

export function isOnboardingSlug(value: unknown): value is string {
  return typeof value === "string" && ONBOARDING_SLUG_PATTERN.test(value);
}

/** A page's short address, e.g. `start` in `/p/<agency>/start`. */
const onboardingSlugSchema = z
  .string({ error: "Enter a short address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter a short address.")
  .max(ONBOARDING_SLUG_MAX, `Use at most ${ONBOARDING_SLUG_MAX} characters.`)
  .regex(
    ONBOARDING_SLUG_PATTERN,
    "Use lowercase letters, numbers and hyphens, starting and ending with a letter or number.",
  );

/** Suggests a short address from the page's name ("Website CTA" -> "website-cta"). */
export function slugFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, ONBOARDING_SLUG_MAX)
    .replace(/-+$/g, "");
}

/** The page's template, as the agency's form edits it and the callables check it. */
export const onboardingPageFieldsSchema = z.object({
  name: z
    .string({ error: "Name the page." })
    .trim()
    .min(1, "Name the page.")
    .max(MAX_ONBOARDING_PAGE_NAME, `Use at most ${MAX_ONBOARDING_PAGE_NAME} characters.`),
  slug: onboardingSlugSchema,
  /** Services, receiving accounts and levels: the same rules as Create Invite. */
  services: servicesSchema,
  intakeForm: z.boolean().default(false),
  /** The type of the clients the page creates; a Prospect page asks for read-only levels only. */
  clientType: z.enum(CLIENT_TYPES, { error: "Choose Client or Prospect." }),
  /** The page's language when the visitor's browser speaks none of Portico's. */
  defaultLanguage: z.enum(LOCALES, { error: "Choose English, Español or Nederlands." }),
  thankYouMessage: z
    .string()
    .trim()
    .max(MAX_THANK_YOU_LENGTH, `Use at most ${MAX_THANK_YOU_LENGTH} characters.`)
    .default(""),
  redirectUrl: redirectSchema.default(""),
  /** The agency's terms: when set, the visitor must accept them. */
  termsUrl: redirectSchema.default(""),
  paused: z.boolean().default(false),
});
export type OnboardingPageInput = z.input<typeof onboardingPageFieldsSchema>;
export type OnboardingPageFields = z.output<typeof onboardingPageFieldsSchema>;

export const createOnboardingPageInputSchema = onboardingPageFieldsSchema;
export const updateOnboardingPageInputSchema = onboardingPageFieldsSchema.extend({
  pageId: docIdSchema("Missing page."),
});
export const onboardingPageIdInputSchema = z.object({ pageId: docIdSchema("Missing page.") });
export const pauseOnboardingPageInputSchema = z.object({
  pageId: docIdSchema("Missing page."),
  paused: z.boolean(),
});

/**
 * The checks that need the agency's accounts: exactly Create Invite's (a
 * level the page's client type allows, an account of the right kind).
 */
export function onboardingPageServiceProblems(
  services: RequestedService[],
  clientType: ClientType,
  accounts: { id: string; kind: string }[],
): Record<string, string> {
  return inviteServiceProblems(services, clientType, accounts);
}

/** A message beside the slug when another page of the agency already has it. */
export const SLUG_TAKEN_MESSAGE = "Another access page already uses this address.";

const storedServiceSchema = z.object({
  serviceId: z.string(),
  accessLevel: z.string(),
  connectedAccountId: z.string(),
  optional: z.boolean(),
});

/** `agencies/{agencyId}/onboardingPages/{pageId}`: staff read; callables write. */
export const onboardingPageDocSchema = z.object({
  name: z.string(),
  slug: z.string(),
  services: z.array(storedServiceSchema),
  intakeForm: z.boolean(),
  clientType: z.enum(CLIENT_TYPES),
  defaultLanguage: z.enum(LOCALES),
  thankYouMessage: z.string(),
  redirectUrl: z.string(),
  termsUrl: z.string(),
  paused: z.boolean(),
  createdAt: z.date(),
  createdBy: z.object({ uid: z.string(), name: z.string() }),
  updatedAt: z.date(),
});
export type OnboardingPageDoc = z.output<typeof onboardingPageDocSchema>;

/** `agencies/{agencyId}/onboardingSlugs/{slug}`: which page holds a short address (staff read). */
export const onboardingSlugDocSchema = z.object({ pageId: z.string() });

/**
 * `agencies/{agencyId}/onboardingPageStats/{pageId}`: the page's funnel, kept
 * by functions with increments (views, details submitted, invites completed)
 * and the clients it created; staff read.
 */
export const onboardingPageStatsDocSchema = z.object({
  views: z.number().default(0),
  started: z.number().default(0),
  completed: z.number().default(0),
  clientsCreated: z.number().default(0),
});
export type OnboardingPageStats = z.output<typeof onboardingPageStatsDocSchema>;

/** Started and completed as shares of views and of starts (0 when nothing to divide). */
export function funnelRates(stats: Pick<OnboardingPageStats, "views" | "started" | "completed">): {
  startRate: number;
  completionRate: number;
  conversionRate: number;
} {
  const share = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : 0);
  return {
    startRate: share(stats.started, stats.views),
    completionRate: share(stats.completed, stats.started),
    conversionRate: share(stats.completed, stats.views),
  };
}

/** The public address of a page: `/p/<agencyId>/<slug>`. */
export function onboardingPagePath(agencyId: string, slug: string): string {
  return `/p/${encodeURIComponent(agencyId)}/${encodeURIComponent(slug)}`;
}

/** The embed path (framed by other sites): the same page, on its own path for its headers. */
export function onboardingEmbedPath(agencyId: string, slug: string): string {
  return `/embed/p/${encodeURIComponent(agencyId)}/${encodeURIComponent(slug)}`;
}

/**
 * The clients each agency may create through its access pages per UTC day.
 * Past it, a page refuses (and the agency is told once that day).
 */
export const ONBOARDING_DAILY_CLIENT_CAP = 100;

/** `onboardingCaps/{agencyId}_{YYYY-MM-DD}` (server-only, TTL on expiresAt). */
export const onboardingCapDocSchema = z.object({
  agencyId: z.string(),
  day: z.string(),
  count: z.number(),
  /** When the agency was told that the cap tripped (once a day). */
  notifiedAt: z.date().nullable(),
  expiresAt: z.date(),
});

/** `onboardingEmails/{agencyId}_{sha256(email)}` (server-only): which client holds an address. */
export const onboardingEmailDocSchema = z.object({ clientId: z.string() });
