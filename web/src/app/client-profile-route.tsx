import { Link } from "react-router";
import { ClientFiguresCard } from "../features/analytics/components/client-figures-card";
import { ClientCallsSection } from "../features/calls/components/client-calls-section";
import { ClientProfilePage } from "../features/clients/components/client-profile-page";
import { ClientInviteSections } from "../features/invites/components/client-invites";
import { VoiceAgentSection } from "../features/voice-agent/components/voice-agent-section";

/** The agent's latest calls and bookings, its Analytics, and where the agency edits its FAQs and settings. */
function ClientCallsAndFigures({ agencyId, clientId }: { agencyId: string; clientId: string }) {
  return (
    <>
      <ClientFiguresCard clientId={clientId} />
      <ClientCallsSection agencyId={agencyId} clientId={clientId} />
      <section className="card" aria-labelledby="agent-config-heading">
        <h2 id="agent-config-heading">The agent's knowledge and settings</h2>
        <p className="muted">
          What the client's AI agent answers and how it behaves, as the client edits them in the
          portal.
        </p>
        <p className="row-actions">
          <Link to={`/clients/${clientId}/faqs`}>FAQs</Link>
          <Link to={`/clients/${clientId}/agent`}>Agent settings</Link>
        </p>
      </section>
    </>
  );
}

/**
 * The client profile, with the client's invite history, its AI agent's
 * connections, the agent's latest calls and bookings, its Analytics, FAQs and settings.
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
