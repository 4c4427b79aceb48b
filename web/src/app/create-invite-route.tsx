import { AccessPagePreview } from "../features/invite-page/components/access-page-view";
import { CreateInvitePage } from "../features/invites/components/create-invite-page";

/** The Create Invite wizard, previewing the client's access page with the invite page's own view. */
export function CreateInviteRoute() {
  return <CreateInvitePage AccessPagePreview={AccessPagePreview} />;
}
