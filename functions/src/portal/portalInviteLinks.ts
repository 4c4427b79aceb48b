import { portalInviteLinksCallable as contract } from "@portico/domain/callables/portal";
import { INVITE_LINK_KEY } from "../config";
import { refs } from "../documents";
import { inviteLinkVersion, inviteUrl } from "../invites/inviteLink";
import { serve } from "../serve";

/**
 * The portal home's "continue" links: the invite page URL of each of the
 * client's access requests that is not complete, newest first. Links are
 * derived from the invite (only their hash is stored), so they come from here.
 */
export const portalInviteLinks = serve(
  contract,
  { secrets: [INVITE_LINK_KEY] },
  async (_input, caller) => {
    const { agencyId, clientId } = caller;
    const invites = await refs.invites(agencyId).where("clientId", "==", clientId).get();
    return invites.docs
      .filter((invite) => invite.data().status !== "complete")
      .sort(
        (a, b) =>
          // A brand-new invite may not have its server timestamp yet.
          (b.data().createdAt?.toMillis() ?? 0) - (a.data().createdAt?.toMillis() ?? 0),
      )
      .map((invite) => ({
        inviteId: invite.id,
        url: inviteUrl(invite.ref.path, inviteLinkVersion(invite)),
      }));
  },
);
