import { ClientProfilePage } from "../features/clients/components/client-profile-page";
import { ClientInviteSections } from "../features/invites/components/client-invites";
import { VoiceAgentSection } from "../features/voice-agent/components/voice-agent-section";

/** The client profile, with the invites feature's history and the voice agent's connections. */
export function ClientProfileRoute() {
  return <ClientProfilePage InviteHistory={ClientInviteSections} VoiceAgent={VoiceAgentSection} />;
}
