import { useMemo } from "react";
import { useSettled } from "../components/settle-together";
import { useBillingPlan } from "../data/billing-repository";
import { useLatestCalls } from "../data/calls-repository";
import { usePortalClient } from "../data/portal-repository";
import { type AnalyticsView, AnalyticsViewContext } from "../features/analytics/analytics-view";
import { OverviewSection } from "../features/analytics/components/overview-section";
import { usePortalLook } from "../features/portal/portal-look";
import { analyticsStrings, callsStrings } from "../lib/portal-strings";
import { usePortalSession } from "../lib/session";

/** The portal's view of its own client's figures: in the client's language and time zone. */
export function usePortalAnalyticsView(): AnalyticsView {
  const { portal } = usePortalSession();
  const { locale, timeZone } = usePortalLook();
  // The plan's included minutes, while the client's portal shows Billing (only then may it read the plan).
  const client = usePortalClient(portal.agencyId, portal.clientId);
  const plan = useBillingPlan(
    portal.agencyId,
    portal.clientId,
    client.data?.sections.billing === true,
  );
  const includedMinutes = plan.data?.includedMinutes ?? null;
  return useMemo(
    () => ({
      agencyId: portal.agencyId,
      clientId: portal.clientId,
      locale,
      timeZone: timeZone ?? null,
      t: analyticsStrings(locale),
      callsT: callsStrings(locale),
      basePath: "/portal",
      includedMinutes,
    }),
    [portal.agencyId, portal.clientId, locale, timeZone, includedMinutes],
  );
}

/** The Overview on the portal home, for a client whose agent has taken calls. */
export function PortalOverview() {
  const view = usePortalAnalyticsView();
  const latest = useLatestCalls(view.agencyId, view.clientId, 1);
  useSettled(latest.status !== "loading");
  if (latest.status !== "ready" || latest.data.length === 0) return null;
  return (
    <AnalyticsViewContext.Provider value={view}>
      <OverviewSection />
    </AnalyticsViewContext.Provider>
  );
}
