import { brandingFromPublic } from "@portico/domain/branding";
import { isLocale, type Locale } from "@portico/domain/i18n/locales";
import { isDocId } from "@portico/domain/ids";
import { PORTAL_AGENCY_PARAM } from "@portico/domain/portal-look";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { portalStrings, savedPortalLocale } from "../../lib/portal-strings";
import { readPublicBranding } from "./api/public-branding";
import { type PortalLook, rememberedPortalLook } from "./portal-look";

/** The query that names the agency (and the client's language) on a portal address. */
export function portalAddressQuery(agencyId: string | undefined, locale?: Locale): string {
  const params = new URLSearchParams();
  if (agencyId) params.set(PORTAL_AGENCY_PARAM, agencyId);
  if (locale) params.set("lang", locale);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * The look of the signed-out portal pages (sign in, forgot password). What
 * this browser remembers, until the address names the agency (`?agency=`,
 * or `agencyId` from a portal address of its own): then its public branding,
 * in the language the address names (`?lang=`), else the one this browser
 * last saw in the portal, else the agency's default language.
 */
export function useSignedOutPortalLook(agencyId?: string): {
  look: PortalLook;
  /** The query to carry to the other signed-out pages, so they stay branded. */
  query: string;
} {
  const [params] = useSearchParams();
  const agency = agencyId ?? params.get(PORTAL_AGENCY_PARAM) ?? undefined;
  const lang = params.get("lang");
  const picked = isLocale(lang) ? lang : undefined;
  const [look, setLook] = useState<PortalLook>(() => {
    const remembered = rememberedPortalLook();
    const locale = picked ?? remembered.locale;
    return { ...remembered, locale, t: portalStrings(locale) };
  });

  useEffect(() => {
    if (!agency || !isDocId(agency)) return;
    let current = true;
    readPublicBranding(agency)
      .then((branding) => {
        if (!current || !branding) return;
        const locale = picked ?? savedPortalLocale() ?? branding.language;
        setLook({ locale, t: portalStrings(locale), branding: brandingFromPublic(branding) });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [agency, picked]);

  const query = isDocId(agency) ? portalAddressQuery(agency, picked) : "";
  return { look, query };
}
