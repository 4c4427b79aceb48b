import { ERROR_SCREEN_TEXTS } from "@portico/domain/i18n/error-texts";
import type { Locale } from "@portico/domain/i18n/locales";
import { useEffect } from "react";
import { useLocation, useNavigate, useRouteError } from "react-router";
import { reportError } from "../lib/report-error";
import { ErrorScreen } from "./error-screen";

/**
 * A router error element: replaces the router's default "Unexpected
 * Application Error!". Retry renders the route again; a stale chunk asks for
 * a reload. The agency app speaks English; the portal passes its client's language.
 */
export function RouteError({ area, locale = "en" }: { area: string; locale?: Locale }) {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => reportError(error, { area }), [error, area]);
  return (
    <ErrorScreen
      error={error}
      texts={ERROR_SCREEN_TEXTS[locale]}
      lang={locale}
      onRetry={() => navigate(`${location.pathname}${location.search}`, { replace: true })}
    />
  );
}
