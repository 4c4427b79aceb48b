import { type Branding, brandingSchema } from "@portico/domain/branding";
import type { Locale } from "@portico/domain/i18n/locales";
import { createContext, useContext } from "react";
import {
  type PortalStrings,
  portalStrings,
  rememberedPortalLocale,
  rememberPortalLocale,
} from "../../lib/portal-strings";

/** How the portal looks and speaks: the agency's branding and the client's language. */
export interface PortalLook {
  locale: Locale;
  /** The client's time zone for call and booking times; absent on the signed-out pages. */
  timeZone?: string | null;
  t: PortalStrings;
  /** Null when the agency is not known yet (signed out on a new browser). */
  branding: Branding | null;
}

const BRANDING_KEY = "portico.portalBranding";

/**
 * The look of the signed-out portal pages (sign in, reset): the branding and
 * language this browser last saw in the portal, so a returning client sees
 * their agency, not Portico.
 */
export function rememberedPortalLook(): PortalLook {
  const locale = rememberedPortalLocale();
  let branding: Branding | null = null;
  try {
    const parsed = brandingSchema.safeParse(JSON.parse(localStorage.getItem(BRANDING_KEY) ?? ""));
    branding = parsed.success ? parsed.data : null;
  } catch {
    branding = null;
  }
  return { locale, t: portalStrings(locale), branding };
}

export function rememberPortalLook(locale: Locale, branding: Branding | null): void {
  rememberPortalLocale(locale);
  if (branding) localStorage.setItem(BRANDING_KEY, JSON.stringify(branding));
}

export const PortalLookContext = createContext<PortalLook | null>(null);

/** The signed-in portal's look (inside PortalLayout). */
export function usePortalLook(): PortalLook {
  const look = useContext(PortalLookContext);
  if (!look) throw new Error("usePortalLook is only for pages inside PortalLayout");
  return look;
}
