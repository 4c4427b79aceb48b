import { useMemo } from "react";
import { callsStrings } from "../../../lib/portal-strings";
import { type CallsView, CallsViewContext } from "../calls-view";
import { LatestBookings, LatestCalls } from "./latest-calls";

/**
 * On the agency's client profile: the client's latest calls (with what the
 * platform charged) and bookings, linking to the full views.
 */
export function ClientCallsSection({ agencyId, clientId }: { agencyId: string; clientId: string }) {
  const view = useMemo(() => agencyCallsView(agencyId, clientId), [agencyId, clientId]);
  return (
    <CallsViewContext.Provider value={view}>
      <LatestCalls />
      <LatestBookings />
    </CallsViewContext.Provider>
  );
}

/** The agency's view of a client's calls: in English, with the platform cost. */
export function agencyCallsView(agencyId: string, clientId: string): CallsView {
  return {
    agencyId,
    clientId,
    locale: "en",
    t: callsStrings("en"),
    basePath: `/clients/${clientId}`,
    staff: true,
  };
}
