import { canEditAgencyData } from "@portico/domain/roles";
import { type ReactNode, useMemo } from "react";
import { Link, useParams } from "react-router";
import { useClient } from "../data/clients-repository";
import {
  type AgentConfigView,
  AgentConfigViewContext,
} from "../features/agent-config/agent-config-view";
import { AgentSettingsPage } from "../features/agent-config/components/agent-settings-page";
import { FaqsPage } from "../features/agent-config/components/faqs-page";
import { agentStrings } from "../lib/portal-strings";
import { useAgencySession } from "../lib/session";

/** A client's FAQs and agent settings as the agency's staff see them, under the client's profile. */
function ClientAgentFrame({ children }: { children: ReactNode }) {
  const { clientId = "" } = useParams();
  const { agency } = useAgencySession();
  const client = useClient(agency.agencyId, clientId);
  const timeZone = client.data?.timeZone ?? null;
  const view = useMemo<AgentConfigView>(
    () => ({
      agencyId: agency.agencyId,
      clientId,
      locale: "en",
      timeZone,
      t: agentStrings("en"),
      staff: true,
      canEdit: canEditAgencyData(agency.role),
    }),
    [agency.agencyId, agency.role, clientId, timeZone],
  );
  return (
    <AgentConfigViewContext.Provider value={view}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/clients">Clients</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/clients/${clientId}`}>{client.data?.name ?? "Client"}</Link>
      </nav>
      {children}
    </AgentConfigViewContext.Provider>
  );
}

/** /clients/:clientId/faqs */
export function ClientFaqsRoute() {
  return (
    <ClientAgentFrame>
      <FaqsPage />
    </ClientAgentFrame>
  );
}

/** /clients/:clientId/agent */
export function ClientAgentSettingsRoute() {
  return (
    <ClientAgentFrame>
      <AgentSettingsPage />
    </ClientAgentFrame>
  );
}
