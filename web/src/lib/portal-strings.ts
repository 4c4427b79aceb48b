import { DEFAULT_LOCALE, isLocale, type Locale } from "@portico/domain/i18n/locales";
import { resources } from "@portico/domain/i18n/translator";

/**
 * The portal's words in the client's language, from the domain's i18n
 * catalogue (where the translator test checks every language has them).
 * Placeholders (`{{name}}`) are filled with `fillTemplate`.
 */
export type PortalStrings = (typeof resources)["en"]["translation"]["portal"];

export function portalStrings(locale: Locale): PortalStrings {
  return resources[locale].translation.portal;
}

/** "Skip to content", in the client's language (shared with the invite page). */
export function skipLinkText(locale: Locale): string {
  return resources[locale].translation.skipLink;
}

export { fillTemplate as fill } from "@portico/domain/access-page-model";

const LOCALE_KEY = "portico.portalLocale";

/**
 * The portal's language before anyone is signed in: the last client language
 * this browser saw in the portal, else the browser's own, else English.
 */
export function rememberedPortalLocale(): Locale {
  const saved = savedPortalLocale();
  if (saved) return saved;
  const browser = navigator.language.slice(0, 2).toLowerCase();
  return isLocale(browser) ? browser : DEFAULT_LOCALE;
}

/** The client language this browser last saw in the portal, if any. */
export function savedPortalLocale(): Locale | null {
  const saved = localStorage.getItem(LOCALE_KEY);
  return isLocale(saved) ? saved : null;
}

export function rememberPortalLocale(locale: Locale): void {
  localStorage.setItem(LOCALE_KEY, locale);
}

/** The portal's newer words (team actions, address, profile), a block of their own in the catalogue. */
export type PortalMoreStrings = (typeof resources)["en"]["translation"]["portalMore"];

export function portalMoreStrings(locale: Locale): PortalMoreStrings {
  return resources[locale].translation.portalMore;
}

/** The calls and bookings pages' words (portal and agency views), a block of their own in the catalogue. */
export type CallsStrings = (typeof resources)["en"]["translation"]["calls"];

export function callsStrings(locale: Locale): CallsStrings {
  return resources[locale].translation.calls;
}

/** The Overview and Analytics pages' words (portal and agency views), a block of their own in the catalogue. */
export type AnalyticsStrings = (typeof resources)["en"]["translation"]["analytics"];

export function analyticsStrings(locale: Locale): AnalyticsStrings {
  return resources[locale].translation.analytics;
}

/** The portal's Billing pages and the section gate, a block of their own in the catalogue. */
export type BillingStrings = (typeof resources)["en"]["translation"]["billing"];

export function billingStrings(locale: Locale): BillingStrings {
  return resources[locale].translation.billing;
}

/** The weekly digest's portal words (profile toggle, unsubscribe page). */
export type DigestStrings = (typeof resources)["en"]["translation"]["digest"];

export function digestStrings(locale: Locale): DigestStrings {
  return resources[locale].translation.digest;
}

export type AgentStrings = (typeof resources)["en"]["translation"]["agent"];

/** The FAQs and agent settings pages' words, in the client's language. */
export function agentStrings(locale: Locale): AgentStrings {
  return resources[locale].translation.agent;
}
