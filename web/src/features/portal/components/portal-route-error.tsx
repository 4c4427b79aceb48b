import { ERROR_SCREEN_TEXTS } from "@portico/domain/i18n/error-texts";
import { useEffect } from "react";
import { useLocation, useNavigate, useRouteError } from "react-router";
import { ErrorScreen } from "../../../components/error-screen";
import { reportError } from "../../../lib/report-error";
import { rememberedPortalLocale } from "../portal-strings";

/** The portal's error element, in the client's language. */
export function PortalRouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  const locale = rememberedPortalLocale();
  useEffect(() => reportError(error, { area: "portal" }), [error]);
  return (
    <ErrorScreen
      error={error}
      texts={ERROR_SCREEN_TEXTS[locale]}
      lang={locale}
      onRetry={() => navigate(`${location.pathname}${location.search}`, { replace: true })}
    />
  );
}
