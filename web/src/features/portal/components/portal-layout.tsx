import { DEFAULT_LOCALE } from "@portico/domain/i18n/locales";
import { isPortalSection } from "@portico/domain/portal-sections";
import { Suspense, useEffect, useMemo } from "react";
import { Outlet, useMatches } from "react-router";
import { LoadingScreen } from "../../../components/spinner";
import {
  usePortalBranding,
  usePortalClient,
  usePortalMember,
} from "../../../data/portal-repository";
import { auth } from "../../../lib/firebase";
import { portalStrings } from "../../../lib/portal-strings";
import { endSession, PORTAL_ACCESS_REMOVED_MESSAGE, usePortalSession } from "../../../lib/session";
import { rememberPortalAgency } from "../portal-address";
import { rememberPortalFrame } from "../portal-frame-memory";
import { type PortalLook, PortalLookContext, rememberPortalLook } from "../portal-look";
import { PortalFrame, PortalFramePreview } from "./portal-frame";
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
export function PortalLayout() {
  const { user, portal } = usePortalSession();
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
  const userName = user.displayName ?? user.email ?? "";
  const clientView = client.data;
  useEffect(() => {
    if (client.status !== "ready" || branding.status !== "ready" || !clientView) return;
    rememberPortalLook(locale, brand);
    rememberPortalFrame({
      uid: user.uid,
      userName,
      clientName: clientView.name,
      sections: clientView.sections,
    });
  }, [client.status, branding.status, clientView, locale, brand, user.uid, userName]);
  useEffect(() => rememberPortalAgency(portal.agencyId), [portal.agencyId]);

  if (accessEnded) return <LoadingScreen label={look.t.loading} page />;
  if (client.status === "loading" || branding.status === "loading") {
    return <PortalFramePreview uid={user.uid} />;
  }
  if (client.status === "error" || !clientView) {
    return (
      <main className="auth-page">
        <p role="alert">{look.t.loadFailed}</p>
      </main>
    );
  }
  const { sections } = clientView;
  const sectionHidden = routeSection !== null && !sections[routeSection];

  return (
    <PortalLookContext.Provider value={look}>
      <PortalFrame look={look} clientName={clientView.name} sections={sections} userName={userName}>
        <Suspense fallback={<LoadingScreen label={look.t.loading} />}>
          {sectionHidden ? (
            <PortalSectionUnavailable />
          ) : (
            <Outlet context={{ clientName: clientView.name }} />
          )}
        </Suspense>
      </PortalFrame>
    </PortalLookContext.Provider>
  );
}
