import { ClientFiguresCard } from "../features/analytics/components/client-figures-card";
import { ClientCallsSection } from "../features/calls/components/client-calls-section";
import { ClientProfilePage } from "../features/clients/components/client-profile-page";
import { ClientInviteSections } from "../features/invites/components/client-invites";
import { VoiceAgentSection } from "../features/voice-agent/components/voice-agent-section";

/** The agent's latest calls and bookings, and the way to its Analytics. */
function ClientCallsAndFigures({ agencyId, clientId }: { agencyId: string; clientId: string }) {
  return (
    <>
      <ClientFiguresCard clientId={clientId} />
      <ClientCallsSection agencyId={agencyId} clientId={clientId} />
    </>
  );
}

/**
 * The client profile, with the client's invite history, its AI agent's
 * connections, the agent's latest calls and bookings, and its Analytics.
 */
export function ClientProfileRoute() {
  return (
    <ClientProfilePage
      InviteHistory={ClientInviteSections}
      VoiceAgent={VoiceAgentSection}
      CallsSummary={ClientCallsAndFigures}
    />
  );
}
