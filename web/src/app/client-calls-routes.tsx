import { type ReactNode, useMemo } from "react";
import { Link, useParams } from "react-router";
import { useClient } from "../data/clients-repository";
import { CallsViewContext } from "../features/calls/calls-view";
import { BookingsPage } from "../features/calls/components/bookings-page";
import { CallDetailPage } from "../features/calls/components/call-detail-page";
import { CallsPage } from "../features/calls/components/calls-page";
import { agencyCallsView } from "../features/calls/components/client-calls-section";
import { useAgencySession } from "../lib/session";

/** A client's calls as the agency's staff see them, under the client's profile. */
function ClientCallsFrame({ children }: { children: ReactNode }) {
  const { clientId = "" } = useParams();
  const { agency } = useAgencySession();
  const client = useClient(agency.agencyId, clientId);
  const timeZone = client.data?.timeZone ?? null;
  const view = useMemo(
    () => agencyCallsView(agency.agencyId, clientId, timeZone),
    [agency.agencyId, clientId, timeZone],
  );
  return (
    <CallsViewContext.Provider value={view}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/clients">Clients</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/clients/${clientId}`}>{client.data?.name ?? "Client"}</Link>
      </nav>
      {children}
    </CallsViewContext.Provider>
  );
}

/** /clients/:clientId/calls */
export function ClientCallsRoute() {
  return (
    <ClientCallsFrame>
      <CallsPage />
    </ClientCallsFrame>
  );
}

/** /clients/:clientId/calls/:callId */
export function ClientCallDetailRoute() {
  return (
    <ClientCallsFrame>
      <CallDetailPage />
    </ClientCallsFrame>
  );
}

/** /clients/:clientId/bookings */
export function ClientBookingsRoute() {
  return (
    <ClientCallsFrame>
      <BookingsPage />
    </ClientCallsFrame>
  );
}
