import { ClientCallsSection } from "../features/calls/components/client-calls-section";
import { ClientProfilePage } from "../features/clients/components/client-profile-page";
import { ClientInviteSections } from "../features/invites/components/client-invites";
import { VoiceAgentSection } from "../features/voice-agent/components/voice-agent-section";

/**
 * The client profile, with the client's invite history, its AI agent's
 * connections, and the agent's latest calls and bookings.
 */
export function ClientProfileRoute() {
  return (
    <ClientProfilePage
      InviteHistory={ClientInviteSections}
      VoiceAgent={VoiceAgentSection}
      CallsSummary={ClientCallsSection}
    />
  );
}
