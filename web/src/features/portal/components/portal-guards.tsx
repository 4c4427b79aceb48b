import { useEffect } from "react";
import { Link, Navigate, Outlet, useLocation, useSearchParams } from "react-router";
import { Button } from "../../../components/button";
import { LoadingScreen } from "../../../components/spinner";
import { type Session, signOut, useSession } from "../../../lib/session";
import { portalSignInPath } from "../portal-address";
import { forgetPortalFrame, rememberedPortalFrame } from "../portal-frame-memory";
import { rememberedPortalLook } from "../portal-look";
import { PortalCard } from "./portal-brand";
import { PortalFramePreview } from "./portal-frame";

/** The remembered frame goes as soon as the session turns out not to be its user's. */
function useForgetOthersFrame(session: Session) {
  const signedInUid = session.status === "signedIn" && session.portal ? session.user.uid : null;
  useEffect(() => {
    if (session.status === "loading") return;
    if (rememberedPortalFrame()?.uid !== signedInUid) forgetPortalFrame();
  }, [session.status, signedInUid]);
}

/**
 * Portal pages: a client's portal user only. Signed out goes to the portal's
 * sign-in; agency staff and accounts without portal access are refused here.
 */
export function RequirePortal() {
  const session = useSession();
  const location = useLocation();
  useForgetOthersFrame(session);
  // This browser's portal user sees their portal's frame while Auth confirms the session.
  if (session.status === "loading") return <PortalFramePreview />;
  if (session.status === "signedOut") {
    // Home is where signing in leads anyway: only a deeper page is carried (and
    // signing out from home lands on the plain portal address).
    const here = location.pathname + location.search;
    const next = here === "/portal" ? "" : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`${portalSignInPath()}${next}`} replace />;
  }
  if (!session.portal) return <NotAPortalAccount staff={session.agency !== null} />;
  return <Outlet />;
}

/** The portal's sign-in and reset pages: a signed-in portal user goes on to the portal. */
export function PortalPublicOnly() {
  const session = useSession();
  const [params] = useSearchParams();
  useForgetOthersFrame(session);
  if (session.status === "loading") return <LoadingScreen page />;
  if (session.status === "signedIn" && session.portal) {
    return <Navigate to={safePortalNext(params.get("next"))} replace />;
  }
  if (session.status === "signedIn" && session.agency) return <NotAPortalAccount staff />;
  return <Outlet />;
}

function NotAPortalAccount({ staff }: { staff: boolean }) {
  const look = rememberedPortalLook();
  const { t } = look;
  return (
    <PortalCard look={look} title={t.portal}>
      <p className="muted">{staff ? t.signIn.staffAccount : t.signIn.disabled}</p>
      {staff ? (
        <Link to="/dashboard" className="btn btn-primary">
          {t.signIn.toAgencyApp}
        </Link>
      ) : (
        <Button variant="secondary" onClick={() => void signOut()}>
          {t.signOut}
        </Button>
      )}
    </PortalCard>
  );
}

/** Only portal paths, so a crafted link cannot send a client elsewhere after sign-in. */
function safePortalNext(next: string | null): string {
  return next?.startsWith("/portal") &&
    !next.startsWith("/portal/sign-in") &&
    !next.startsWith("/portal/a/")
    ? next
    : "/portal";
}
