import type { Locale } from "@portico/domain/i18n/locales";
import type { PortalSection, PortalSections } from "@portico/domain/portal-sections";
import type { ReactNode } from "react";
import { NavLink, useLocation, useNavigate } from "react-router";
import { Button } from "../../../components/button";
import { LoadingScreen } from "../../../components/spinner";
import {
  agentStrings,
  analyticsStrings,
  billingStrings,
  callsStrings,
  skipLinkText,
} from "../../../lib/portal-strings";
import { signOut } from "../../../lib/session";
import { portalSignInPath, usePortalTitle } from "../portal-address";
import { rememberedPortalFrame } from "../portal-frame-memory";
import { type PortalLook, rememberedPortalLook } from "../portal-look";
import { BrandMark, brandFill, brandStyle, PortalContact } from "./portal-brand";
import { PortalHomeHeading } from "./portal-home-heading";

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

/** Signs out and goes to the portal's sign-in page. */
function useSignOutToSignIn() {
  const navigate = useNavigate();
  return async () => {
    await signOut();
    navigate(portalSignInPath(), { replace: true });
  };
}

/**
 * The portal's frame around a page: the agency's brand, the client's name, the
 * navigation (the sections the client's view shows), the user and Sign out,
 * the page in `main`, the agency's contact below.
 */
export function PortalFrame({
  look,
  clientName,
  sections,
  userName,
  children,
}: {
  look: PortalLook;
  clientName: string;
  sections: PortalSections;
  userName: string;
  children: ReactNode;
}) {
  const { t, locale, branding } = look;
  const signOutToSignIn = useSignOutToSignIn();
  return (
    <div className="portal portal-shell" lang={locale} style={brandStyle(branding)}>
      <a href="#main" className="skip-link">
        {skipLinkText(locale)}
      </a>
      <header className="portal-header" style={brandFill(branding)}>
        <div className="portal-header-inner">
          <BrandMark branding={branding} fallback={t.portal} />
          <span className="portal-client" data-testid="portal-client-name">
            {clientName}
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
          <span className="portal-user">{userName}</span>
          <Button variant="secondary" className="btn-small" onClick={() => void signOutToSignIn()}>
            {t.signOut}
          </Button>
        </div>
      </header>
      <main id="main" className="portal-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="portal-footer">
        <PortalContact look={look} />
      </footer>
    </div>
  );
}

/**
 * The frame this browser's portal user saw last time (portal-frame-memory.ts),
 * drawn while the session is confirmed and the client's documents arrive:
 * the home page's greeting at once, each page's content once it has its data.
 * With nothing remembered (or another user's frame), a plain loading screen.
 */
export function PortalFramePreview({ uid }: { uid?: string }) {
  const { pathname } = useLocation();
  const frame = rememberedPortalFrame();
  const look = rememberedPortalLook();
  const onHome = pathname === "/portal" || pathname === "/portal/";
  usePortalTitle(onHome ? look.t.home : look.t.loading, look);
  if (!frame || (uid !== undefined && frame.uid !== uid)) {
    return <LoadingScreen label={look.t.loading} page />;
  }
  return (
    <PortalFrame
      look={look}
      clientName={frame.clientName}
      sections={frame.sections}
      userName={frame.userName}
    >
      {onHome ? (
        <div className="stack-lg portal-page">
          <PortalHomeHeading name={frame.userName} t={look.t} />
          <LoadingScreen label={look.t.loading} />
        </div>
      ) : (
        <LoadingScreen label={look.t.loading} />
      )}
    </PortalFrame>
  );
}
