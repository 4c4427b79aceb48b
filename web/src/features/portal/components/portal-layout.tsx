import { DEFAULT_LOCALE, type Locale } from "@portico/domain/i18n/locales";
import { isPortalSection, type PortalSection } from "@portico/domain/portal-sections";
import { Suspense, useEffect, useMemo } from "react";
import { NavLink, Outlet, useMatches, useNavigate } from "react-router";
import { Button } from "../../../components/button";
import { LoadingScreen } from "../../../components/spinner";
import {
  usePortalBranding,
  usePortalClient,
  usePortalMember,
} from "../../../data/portal-repository";
import { auth } from "../../../lib/firebase";
import {
  agentStrings,
  analyticsStrings,
  billingStrings,
  callsStrings,
  portalStrings,
  skipLinkText,
} from "../../../lib/portal-strings";
import {
  endSession,
  PORTAL_ACCESS_REMOVED_MESSAGE,
  signOut,
  usePortalSession,
} from "../../../lib/session";
import { portalSignInPath, rememberPortalAgency } from "../portal-address";
import { type PortalLook, PortalLookContext, rememberPortalLook } from "../portal-look";
import { BrandMark, brandFill, brandStyle, PortalContact } from "./portal-brand";
import { PortalSectionUnavailable } from "./portal-section-unavailable";

/** The portal section a route belongs to (its `handle.portalSection` in the router), if any. */
function useRouteSection() {
  const matches = useMatches();
  for (const match of [...matches].reverse()) {
    const section = (match.handle as { portalSection?: unknown } | undefined)?.portalSection;
    if (isPortalSection(section)) return section;
  }
  return null;
}

const isPermissionDenied = (error: Error | undefined) =>
  (error as { code?: string } | undefined)?.code === "permission-denied";

/**
 * The portal's shell: the agency's branding, the client's language and time
 * zone, and the watch on the user's own access. Rules admit a portal user only while their
 * member document is active, so revoking or removing them fails these
 * listeners (or shows the member document's new status) within a second or
 * two, on every open tab; the portal then signs out and says why.
 */
/** The portal's optional sections in the navigation, in order; each shows while the client's view says so. */
function sectionLinks(locale: Locale): { section: PortalSection; to: string; label: string }[] {
  return [
    { section: "calls", to: "/portal/calls", label: callsStrings(locale).calls },
    { section: "bookings", to: "/portal/bookings", label: callsStrings(locale).bookings },
    { section: "analytics", to: "/portal/analytics", label: analyticsStrings(locale).analytics },
    { section: "billing", to: "/portal/billing", label: billingStrings(locale).nav },
    { section: "faqs", to: "/portal/faqs", label: agentStrings(locale).faqs.title },
    { section: "agentSettings", to: "/portal/agent", label: agentStrings(locale).settings.title },
  ];
}

export function PortalLayout() {
  const { user, portal } = usePortalSession();
  const navigate = useNavigate();
  const client = usePortalClient(portal.agencyId, portal.clientId);
  const branding = usePortalBranding(portal.agencyId);
  const member = usePortalMember(portal.agencyId, portal.clientId, user.uid);
  const routeSection = useRouteSection();

  const accessEnded =
    isPermissionDenied(client.error) ||
    isPermissionDenied(branding.error) ||
    isPermissionDenied(member.error) ||
    (member.status === "ready" && member.data?.status !== "active");
  useEffect(() => {
    // Listeners also fail when this tab signs out on purpose; only a live session ends here.
    if (accessEnded && auth.currentUser?.uid === user.uid) {
      void endSession(PORTAL_ACCESS_REMOVED_MESSAGE);
    }
  }, [accessEnded, user.uid]);

  const locale = client.data?.language ?? DEFAULT_LOCALE;
  const timeZone = client.data?.timeZone ?? null;
  const brand = branding.status === "ready" ? branding.data : null;
  const look = useMemo<PortalLook>(
    () => ({ locale, timeZone, t: portalStrings(locale), branding: brand }),
    [locale, timeZone, brand],
  );
  useEffect(() => {
    if (client.status === "ready" && branding.status === "ready") rememberPortalLook(locale, brand);
  }, [client.status, branding.status, locale, brand]);
  useEffect(() => rememberPortalAgency(portal.agencyId), [portal.agencyId]);

  if (accessEnded || client.status === "loading" || branding.status === "loading") {
    return <LoadingScreen label={look.t.loading} page />;
  }
  if (client.status === "error" || !client.data) {
    return (
      <main className="auth-page">
        <p role="alert">{look.t.loadFailed}</p>
      </main>
    );
  }
  const { t } = look;
  const { sections } = client.data;
  const sectionHidden = routeSection !== null && !sections[routeSection];

  const handleSignOut = async () => {
    await signOut();
    navigate(portalSignInPath(), { replace: true });
  };

  return (
    <PortalLookContext.Provider value={look}>
      <div className="portal portal-shell" lang={locale} style={brandStyle(brand)}>
        <a href="#main" className="skip-link">
          {skipLinkText(locale)}
        </a>
        <header className="portal-header" style={brandFill(brand)}>
          <div className="portal-header-inner">
            <BrandMark branding={brand} fallback={t.portal} />
            <span className="portal-client" data-testid="portal-client-name">
              {client.data.name}
            </span>
            <nav aria-label={t.portal} className="portal-nav">
              <NavLink to="/portal" end className="portal-nav-link">
                {t.home}
              </NavLink>
              {sectionLinks(locale)
                .filter((link) => sections[link.section])
                .map((link) => (
                  <NavLink key={link.to} to={link.to} className="portal-nav-link">
                    {link.label}
                  </NavLink>
                ))}
              <NavLink to="/portal/settings/team" className="portal-nav-link">
                {t.settings}
              </NavLink>
            </nav>
            <span className="portal-user">{user.displayName ?? user.email}</span>
            <Button variant="secondary" className="btn-small" onClick={() => void handleSignOut()}>
              {t.signOut}
            </Button>
          </div>
        </header>
        <main id="main" className="portal-main" tabIndex={-1}>
          <Suspense fallback={<LoadingScreen label={t.loading} />}>
            {sectionHidden ? (
              <PortalSectionUnavailable />
            ) : (
              <Outlet context={{ clientName: client.data.name }} />
            )}
          </Suspense>
        </main>
        <footer className="portal-footer">
          <PortalContact look={look} />
        </footer>
      </div>
    </PortalLookContext.Provider>
  );
}
