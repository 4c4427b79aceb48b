import { ClientCallsSection } from "../features/calls/components/client-calls-section";
import { ClientProfilePage } from "../features/clients/components/client-profile-page";
import { ClientInviteSections } from "../features/invites/components/client-invites";

/** The client profile, with the client's invite history and its agent's latest calls and bookings. */
export function ClientProfileRoute() {
  return (
    <ClientProfilePage InviteHistory={ClientInviteSections} CallsSummary={ClientCallsSection} />
  );
}
