import type { AccessPageModel } from "../access-page-model";
import type { Locale } from "../i18n/locales";

/**
 * The public access page's model, as `openOnboardingPage` answers it. Types
 * only: the light page entry imports this module and nothing heavier (no zod,
 * i18n or catalogue), like the invite page's model.
 */
export type OnboardingTextName =
  | "title"
  | "intro"
  | "servicesTitle"
  | "name"
  | "company"
  | "email"
  | "emailHint"
  | "website"
  | "terms"
  | "termsLink"
  | "honeypot"
  | "submit"
  | "submitting"
  | "language"
  | "optional"
  | "failed"
  | "skipLink";

export interface OnboardingPublicModel {
  locale: Locale;
  languages: { id: Locale; name: string }[];
  agency: AccessPageModel["agency"];
  texts: Record<OnboardingTextName, string>;
  /** What the page will ask for, by name and level, in the visitor's language. */
  services: { serviceId: string; name: string; levelLabel: string }[];
  /** The agency's terms; "" when the page asks for none. */
  termsUrl: string;
}

/** Details of the `not-found` error for a paused, deleted or unknown page: the branded message. */
export interface OnboardingUnavailableDetails {
  onboardingUnavailable: {
    reason: "paused" | "gone";
    locale: Locale;
    title: string;
    body: string;
    agency: AccessPageModel["agency"] | null;
  };
}

/** What the visitor's submission answers: the invite link to go on with. */
export interface OnboardingSubmitResult {
  token: string;
  url: string;
}
