import { z } from "zod";
import { agencyLook } from "../access-page";
import type { Branding } from "../branding";
import { levelKey } from "../catalogue/levels";
import { getService, isServiceId } from "../catalogue/services";
import { LOCALE_LABELS, LOCALES, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translator";
import { normalizeWebAddress } from "../web-address";
import { isOnboardingSlug } from "./page";
import type {
  OnboardingPublicModel,
  OnboardingTextName,
  OnboardingUnavailableDetails,
} from "./public-model";

const TEXT_KEYS: Record<Exclude<OnboardingTextName, "skipLink">, string> = {
  title: "onboarding.page.title",
  intro: "onboarding.page.intro",
  servicesTitle: "onboarding.page.servicesTitle",
  name: "onboarding.page.name",
  company: "onboarding.page.company",
  email: "onboarding.page.email",
  emailHint: "onboarding.page.emailHint",
  website: "onboarding.page.website",
  terms: "onboarding.page.terms",
  termsLink: "onboarding.page.termsLink",
  honeypot: "onboarding.page.honeypot",
  submit: "onboarding.page.submit",
  submitting: "onboarding.page.submitting",
  language: "onboarding.page.language",
  optional: "onboarding.page.optional",
  failed: "onboarding.page.failed",
};

/** The public page in `locale`: built by `openOnboardingPage` and by the agency's preview. */
export function onboardingPublicModel(input: {
  branding: Branding;
  locale: Locale;
  services: { serviceId: string; accessLevel: string }[];
  termsUrl: string;
}): OnboardingPublicModel {
  const t = translator(input.locale);
  const values = { agency: input.branding.displayName };
  const texts = Object.fromEntries(
    Object.entries(TEXT_KEYS).map(([name, key]) => [name, t(key, values)]),
  ) as Record<OnboardingTextName, string>;
  texts.skipLink = t("skipLink");
  return {
    locale: input.locale,
    languages: LOCALES.map((id) => ({ id, name: LOCALE_LABELS[id] })),
    agency: agencyLook(input.branding),
    texts,
    services: input.services.flatMap((requested) => {
      if (!isServiceId(requested.serviceId)) return [];
      const service = getService(requested.serviceId);
      const level = service.accessLevels.find((c) => c.id === requested.accessLevel);
      const levelLabel = !level
        ? requested.accessLevel
        : input.locale === "en"
          ? level.label
          : t(`accessLevels.${levelKey(level.label)}`, { defaultValue: level.label });
      return [{ serviceId: service.id, name: service.name, levelLabel }];
    }),
    termsUrl: input.termsUrl,
  };
}

/** The branded message for a paused or removed page (or an unknown agency: no look). */
export function onboardingUnavailable(
  reason: "paused" | "gone",
  locale: Locale,
  branding: Branding | null,
): OnboardingUnavailableDetails {
  const t = translator(locale);
  const agency = branding?.displayName || t("onboarding.unavailable.unknownAgency");
  return {
    onboardingUnavailable: {
      reason,
      locale,
      title: t(`onboarding.unavailable.${reason}Title`, { agency }),
      body: t(`onboarding.unavailable.${reason}Body`, { agency }),
      agency: branding ? agencyLook(branding) : null,
    },
  };
}

/**
 * The language to show: the visitor's pick, else the first of the browser's
 * languages Portico speaks, else the page's default.
 */
export function visitorLocale(
  picked: string | undefined,
  browser: readonly string[],
  fallback: Locale,
): Locale {
  const candidates = [picked, ...browser.map((tag) => tag.slice(0, 2).toLowerCase())];
  return (candidates.find((c) => (LOCALES as readonly string[]).includes(c ?? "")) ??
    fallback) as Locale;
}

const MAX_REF_LENGTH = 200;

const pageAddress = {
  agencyId: z.string().regex(/^[A-Za-z0-9]{1,64}$/, "This page isn't valid."),
  slug: z.string().refine(isOnboardingSlug, { error: "This page isn't valid." }),
  locale: z.enum(LOCALES).optional(),
  /** The browser's languages (navigator.languages), for a visitor who picked none. */
  browserLanguages: z.array(z.string().max(35)).max(10).default([]),
};

/** Opening the public page; counts one view unless the visitor only switched language. */
export const openOnboardingPageInputSchema = z.object({
  ...pageAddress,
  countView: z.boolean().default(true),
});

/** The visitor's details with messages in their language. */
export function visitorDetailsSchema(locale: Locale) {
  const t = translator(locale);
  const m = (key: string) => t(`onboarding.errors.${key}`);
  return z.object({
    name: z
      .string({ error: m("nameRequired") })
      .trim()
      .min(1, m("nameRequired"))
      .max(120, m("nameTooLong")),
    company: z.string().trim().max(120, m("companyTooLong")).default(""),
    email: z
      .string({ error: m("emailRequired") })
      .trim()
      .toLowerCase()
      .min(1, m("emailRequired"))
      .max(254, m("emailTooLong"))
      .pipe(z.email({ error: m("emailInvalid") })),
    website: z
      .string()
      .trim()
      .max(300, m("websiteTooLong"))
      .default("")
      .transform((value, ctx) => {
        if (value === "") return "";
        const url = normalizeWebAddress(value);
        if (url === null) {
          ctx.addIssue({ code: "custom", message: m("websiteInvalid") });
          return z.NEVER;
        }
        return url;
      }),
    acceptTerms: z.boolean().default(false),
    /** The honeypot: people never see it, so anything in it is a bot's. */
    fax: z.string().max(200).default(""),
  });
}
export type VisitorDetails = z.output<ReturnType<typeof visitorDetailsSchema>>;

/**
 * The submission's envelope; the details are parsed afterwards in the
 * visitor's language (`visitorDetailsSchema`), so their messages are theirs.
 */
export const submitOnboardingPageInputSchema = z.object({
  ...pageAddress,
  details: z.record(z.string(), z.unknown()),
  /** The `?ref=` the visitor arrived with: kept on the client for the agency's CRM. */
  ref: z
    .string()
    .trim()
    .max(MAX_REF_LENGTH)
    .regex(/^[\w.:@+-]*$/, "This reference isn't valid.")
    .default(""),
});
