import { Navigate, Outlet, useLocation, useSearchParams } from "react-router";
import { LoadingScreen } from "../../../components/spinner";
import { useSession } from "../../../lib/session";

/**
 * Agency pages: signed in with agency claims; otherwise to sign-in or the
 * no-workspace page. A client's portal user belongs in the portal.
 */
export function RequireAgency() {
  const session = useSession();
  const location = useLocation();
  if (session.status === "loading") return <LoadingScreen page />;
  if (session.status === "signedOut") {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (session.portal) return <Navigate to="/portal" replace />;
  if (!session.agency) return <Navigate to="/no-workspace" replace />;
  return <Outlet />;
}

/** Sign-in, sign-up and reset pages: a signed-in user goes where they belong. */
export function PublicOnly() {
  const session = useSession();
  const [params] = useSearchParams();
  if (session.status === "loading") return <LoadingScreen page />;
  if (session.status === "signedIn") {
    if (session.portal) return <Navigate to="/portal" replace />;
    if (!session.agency) return <Navigate to="/no-workspace" replace />;
    return <Navigate to={safeNext(params.get("next"))} replace />;
  }
  return <Outlet />;
}

/** Only same-origin paths, so a crafted link cannot send a user elsewhere after sign-in. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/dashboard";
}
