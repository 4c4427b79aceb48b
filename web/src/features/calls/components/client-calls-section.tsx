import { useMemo } from "react";
import { useClient } from "../../../data/clients-repository";
import { callsStrings } from "../../../lib/portal-strings";
import { type CallsView, CallsViewContext } from "../calls-view";
import { LatestBookings, LatestCalls } from "./latest-calls";

/**
 * On the agency's client profile: the client's latest calls (with what the
 * platform charged) and bookings, linking to the full views.
 */
export function ClientCallsSection({ agencyId, clientId }: { agencyId: string; clientId: string }) {
  const timeZone = useClient(agencyId, clientId).data?.timeZone ?? null;
  const view = useMemo(
    () => agencyCallsView(agencyId, clientId, timeZone),
    [agencyId, clientId, timeZone],
  );
  return (
    <CallsViewContext.Provider value={view}>
      <LatestCalls />
      <LatestBookings />
    </CallsViewContext.Provider>
  );
}

/** The agency's view of a client's calls: in English and the client's time zone, with the platform cost. */
export function agencyCallsView(
  agencyId: string,
  clientId: string,
  timeZone: string | null,
): CallsView {
  return {
    agencyId,
    clientId,
    locale: "en",
    timeZone,
    t: callsStrings("en"),
    basePath: `/clients/${clientId}`,
    staff: true,
  };
}
