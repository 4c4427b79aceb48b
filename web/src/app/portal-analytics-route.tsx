import { AnalyticsViewContext } from "../features/analytics/analytics-view";
import { AnalyticsPage } from "../features/analytics/components/analytics-page";
import { usePortalTitle } from "../features/portal/portal-address";
import { usePortalLook } from "../features/portal/portal-look";
import { usePortalAnalyticsView } from "./portal-analytics-view";

/** Charts (recharts) load only with this route: a chunk of its own. */
/** /portal/analytics */
export function PortalAnalyticsRoute() {
  const look = usePortalLook();
  const view = usePortalAnalyticsView();
  usePortalTitle(view.t.analytics, look);
  return (
    <AnalyticsViewContext.Provider value={view}>
      <div className="portal-page">
        <AnalyticsPage />
      </div>
    </AnalyticsViewContext.Provider>
  );
}
