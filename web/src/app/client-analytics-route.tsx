import { useMemo } from "react";
import { Link, useParams } from "react-router";
import { useClient } from "../data/clients-repository";
import { type AnalyticsView, AnalyticsViewContext } from "../features/analytics/analytics-view";
import { AnalyticsPage } from "../features/analytics/components/analytics-page";
import { analyticsStrings, callsStrings } from "../lib/portal-strings";
import { useAgencySession } from "../lib/session";

/** /clients/:clientId/analytics: a client's Analytics as the agency's staff see them (in English). */
export function ClientAnalyticsRoute() {
  const { clientId = "" } = useParams();
  const { agency } = useAgencySession();
  const client = useClient(agency.agencyId, clientId);
  const timeZone = client.data?.timeZone ?? null;
  const view = useMemo<AnalyticsView>(
    () => ({
      agencyId: agency.agencyId,
      clientId,
      locale: "en",
      timeZone,
      t: analyticsStrings("en"),
      callsT: callsStrings("en"),
      basePath: `/clients/${clientId}`,
      includedMinutes: null,
    }),
    [agency.agencyId, clientId, timeZone],
  );
  return (
    <AnalyticsViewContext.Provider value={view}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/clients">Clients</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/clients/${clientId}`}>{client.data?.name ?? "Client"}</Link>
      </nav>
      {timeZone === null ? null : <AnalyticsPage />}
    </AnalyticsViewContext.Provider>
  );
}
