import { ClientProfilePage } from "../features/clients/components/client-profile-page";
import { ClientInviteSections } from "../features/invites/components/client-invites";

/** The client profile, with the client's invite history from the invites feature. */
export function ClientProfileRoute() {
  return <ClientProfilePage InviteHistory={ClientInviteSections} />;
}
