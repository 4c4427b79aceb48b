import type { Branding } from "@portico/domain/branding";
import type { Locale } from "@portico/domain/i18n/locales";
import { onboardingUnavailable, visitorLocale } from "@portico/domain/onboarding-pages/public-page";
import { FieldValue, type Transaction } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { refs } from "../documents";
import { readBranding } from "../settings/agencySettings";
import { onboardingRefs, type StoredOnboardingPage } from "./onboardingDocuments";

/** Views: generous; submissions create data, so far fewer (domain/src/rate-limits.ts). */
export const VIEW_LIMITS = {
  perIp: "onboardingViewPerIp",
  perTarget: "onboardingViewPerPage",
} as const;
export const SUBMIT_LIMITS = {
  perIp: "onboardingSubmitPerIp",
  perTarget: "onboardingSubmitPerPage",
} as const;

export interface LivePage {
  pageId: string;
  page: StoredOnboardingPage;
  branding: Branding;
  locale: Locale;
}

/**
 * The live page at `slug` of `agencyId`, in the visitor's language; a paused
 * or removed page (or an unknown agency) is a `not-found` carrying its branded
 * message, so the visitor learns nothing else.
 */
export async function livePage(
  agencyId: string,
  slug: string,
  picked: Locale | undefined,
  browserLanguages: readonly string[],
): Promise<LivePage> {
  const agency = await refs.agency(agencyId).get();
  if (!agency.exists) {
    throw unavailable("gone", visitorLocale(picked, browserLanguages, "en"), null);
  }
  const [branding, claim] = await Promise.all([
    readBranding(agencyId),
    onboardingRefs.slug(agencyId, slug).get(),
  ]);
  const pageId = claim.data()?.pageId;
  const page = pageId ? (await onboardingRefs.page(agencyId, pageId).get()).data() : undefined;
  if (!pageId || !page) {
    throw unavailable("gone", visitorLocale(picked, browserLanguages, "en"), branding);
  }
  const locale = visitorLocale(picked, browserLanguages, page.defaultLanguage);
  if (page.paused) throw unavailable("paused", locale, branding);
  return { pageId, page, branding, locale };
}

function unavailable(reason: "paused" | "gone", locale: Locale, branding: Branding | null) {
  const details = onboardingUnavailable(reason, locale, branding);
  return new HttpsError("not-found", details.onboardingUnavailable.title, details);
}

/** Adds to a page's funnel counters (increments: no read, no contention on the page). */
export function funnelIncrement(counts: {
  views?: number;
  started?: number;
  completed?: number;
  clientsCreated?: number;
}) {
  return Object.fromEntries(
    Object.entries(counts)
      .filter(([, value]) => value)
      .map(([key, value]) => [key, FieldValue.increment(value ?? 0)]),
  );
}

/**
 * An invite made by an access page just became complete: one more completion
 * on that page's funnel, in the transaction that completes it.
 */
export function countPageCompletion(
  tx: Transaction,
  agencyId: string,
  invite: { onboardingPage?: { pageId: string } | null | undefined },
) {
  const pageId = invite.onboardingPage?.pageId;
  if (!pageId) return;
  tx.set(
    onboardingRefs.stats(agencyId, pageId).withConverter(null),
    funnelIncrement({ completed: 1 }),
    { merge: true },
  );
}
