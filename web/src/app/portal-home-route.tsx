import { CallsViewContext } from "../features/calls/calls-view";
import { LatestCalls } from "../features/calls/components/latest-calls";
import { PortalHomePage } from "../features/portal/components/portal-home-page";
import { PortalOverview } from "./portal-analytics-view";
import { usePortalCallsView } from "./portal-calls-view";

/** The latest calls on the portal home, once the client has any. */
function PortalLatestCalls() {
  const view = usePortalCallsView();
  return (
    <CallsViewContext.Provider value={view}>
      <LatestCalls hideWhenEmpty />
    </CallsViewContext.Provider>
  );
}

/** /portal: the portal home, with the Overview of the client's figures and the latest calls. */
export function PortalHomeRoute() {
  return <PortalHomePage Overview={PortalOverview} LatestCalls={PortalLatestCalls} />;
}
