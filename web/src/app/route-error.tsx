import { ERROR_SCREEN_TEXTS } from "@portico/domain/i18n/error-texts";
import { useEffect } from "react";
import { useLocation, useNavigate, useRouteError } from "react-router";
import { ErrorScreen } from "../components/error-screen";
import { reportError } from "../lib/report-error";

/**
 * The router's error element for the agency app and the public pages:
 * replaces the router's default "Unexpected Application Error!". Retry
 * renders the route again; a stale chunk asks for a reload.
 */
export function RouteError({ area }: { area: string }) {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => reportError(error, { area }), [error, area]);
  return (
    <ErrorScreen
      error={error}
      texts={ERROR_SCREEN_TEXTS.en}
      onRetry={() => navigate(`${location.pathname}${location.search}`, { replace: true })}
    />
  );
}
