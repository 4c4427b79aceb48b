import { type ReactNode, useMemo } from "react";
import {
  type AgentConfigView,
  AgentConfigViewContext,
} from "../features/agent-config/agent-config-view";
import { AgentSettingsPage } from "../features/agent-config/components/agent-settings-page";
import { FaqsPage } from "../features/agent-config/components/faqs-page";
import { usePortalTitle } from "../features/portal/portal-address";
import { usePortalLook } from "../features/portal/portal-look";
import { type AgentStrings, agentStrings } from "../lib/portal-strings";
import { usePortalSession } from "../lib/session";

/** The portal's own client's agent: in the client's language; only what the agency shows. */
function PortalAgentFrame({
  title,
  children,
}: {
  title: (t: AgentStrings) => string;
  children: ReactNode;
}) {
  const { portal } = usePortalSession();
  const look = usePortalLook();
  const view = useMemo<AgentConfigView>(
    () => ({
      agencyId: portal.agencyId,
      clientId: portal.clientId,
      locale: look.locale,
      timeZone: look.timeZone ?? null,
      t: agentStrings(look.locale),
      staff: false,
      canEdit: true,
    }),
    [portal.agencyId, portal.clientId, look.locale, look.timeZone],
  );
  usePortalTitle(title(view.t), look);
  return (
    <AgentConfigViewContext.Provider value={view}>
      <div className="portal-page">{children}</div>
    </AgentConfigViewContext.Provider>
  );
}

/** /portal/faqs */
export function PortalFaqsRoute() {
  return (
    <PortalAgentFrame title={(t) => t.faqs.title}>
      <FaqsPage />
    </PortalAgentFrame>
  );
}

/** /portal/agent */
export function PortalAgentSettingsRoute() {
  return (
    <PortalAgentFrame title={(t) => t.settings.title}>
      <AgentSettingsPage />
    </PortalAgentFrame>
  );
}
