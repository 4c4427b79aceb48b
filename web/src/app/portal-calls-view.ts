import { useMemo } from "react";
import type { CallsView } from "../features/calls/calls-view";
import { usePortalLook } from "../features/portal/portal-look";
import { callsStrings } from "../lib/portal-strings";
import { usePortalSession } from "../lib/session";

/** The portal's view of its own client's calls: in the client's language and time zone, never the platform cost. */
export function usePortalCallsView(): CallsView {
  const { portal } = usePortalSession();
  const { locale, timeZone } = usePortalLook();
  return useMemo(
    () => ({
      agencyId: portal.agencyId,
      clientId: portal.clientId,
      locale,
      timeZone: timeZone ?? null,
      t: callsStrings(locale),
      basePath: "/portal",
      staff: false,
    }),
    [portal.agencyId, portal.clientId, locale, timeZone],
  );
}
