import { RouteError } from "../../../components/route-error";
import { rememberedPortalLocale } from "../../../lib/portal-strings";

/** The portal's error element, in the client's language. */
export function PortalRouteError() {
  return <RouteError area="portal" locale={rememberedPortalLocale()} />;
}
