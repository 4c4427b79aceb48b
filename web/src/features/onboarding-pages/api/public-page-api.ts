import type { CallableInput } from "@portico/domain/callables/define";
import type {
  openOnboardingPageCallable,
  submitOnboardingPageCallable,
} from "@portico/domain/callables/onboarding-pages";
import type { Locale } from "@portico/domain/i18n/locales";
import type { OnboardingUnavailableDetails } from "@portico/domain/onboarding-pages/public-model";
import { CallableError, callByName } from "../../../lib/callable-core";
import { pageFunctions } from "../../../lib/page-functions";

/**
 * The public access page's callables, on the page's own origin like the
 * invite page's (contracts as types only: the page ships no schemas).
 */
export const openOnboardingPage = (input: CallableInput<typeof openOnboardingPageCallable>) =>
  callByName<typeof openOnboardingPageCallable>(pageFunctions, "openOnboardingPage", input);

export const submitOnboardingPage = (input: CallableInput<typeof submitOnboardingPageCallable>) =>
  callByName<typeof submitOnboardingPageCallable>(pageFunctions, "submitOnboardingPage", input);

/** Where the page is: `/p/<agencyId>/<slug>` (or `/embed/p/…` inside another site). */
export interface PublicPageLocation {
  agencyId: string;
  slug: string;
  embedded: boolean;
  locale: Locale | undefined;
  ref: string;
}

export function readPublicPageLocation(
  location: Pick<Location, "pathname" | "search">,
): PublicPageLocation | null {
  const match = /^\/(embed\/)?p\/([^/]+)\/([^/]+)\/?$/.exec(location.pathname);
  if (!match) return null;
  const search = new URLSearchParams(location.search);
  const lang = search.get("lang");
  return {
    embedded: Boolean(match[1]),
    agencyId: decodeURIComponent(match[2] ?? ""),
    slug: decodeURIComponent(match[3] ?? ""),
    // Only the shape is checked here; the server refuses a language it does not speak.
    locale: lang && /^[a-z]{2}$/.test(lang) ? (lang as Locale) : undefined,
    ref: (search.get("ref") ?? "").slice(0, 200),
  };
}

/** The branded message for a paused, removed or unknown page. */
export function unavailablePage(
  error: unknown,
): OnboardingUnavailableDetails["onboardingUnavailable"] | null {
  if (!(error instanceof CallableError) || error.code !== "not-found") return null;
  const details = error.details as Partial<OnboardingUnavailableDetails> | null | undefined;
  return details?.onboardingUnavailable ?? null;
}
