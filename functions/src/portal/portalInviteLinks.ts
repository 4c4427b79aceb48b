import { portalInviteLinksCallable as contract } from "@portico/domain/callables/portal";
import { paths } from "@portico/domain/paths";
import type { Timestamp } from "firebase-admin/firestore";
import { db } from "../admin";
import { INVITE_LINK_KEY } from "../config";
import { inviteLinkVersion, inviteUrl } from "../invites/inviteLink";
import { serve } from "../serve";

const secrets = [INVITE_LINK_KEY];

/**
 * The portal home's "continue" links: the invite page URL of each of the
 * client's access requests that is not complete, newest first. Links are
 * derived from the invite (only their hash is stored), so they come from here.
 */
export const portalInviteLinks = serve(contract, { secrets }, async (_input, caller) => {
  const { agencyId, clientId } = caller;
  const invites = await db
    .collection(paths.invites(agencyId))
    .where("clientId", "==", clientId)
    .get();
  return invites.docs
    .filter((invite) => invite.get("status") !== "complete")
    .sort(
      (a, b) =>
        ((b.get("createdAt") as Timestamp | undefined)?.toMillis() ?? 0) -
        ((a.get("createdAt") as Timestamp | undefined)?.toMillis() ?? 0),
    )
    .map((invite) => ({
      inviteId: invite.id,
      url: inviteUrl(invite.ref.path, inviteLinkVersion(invite)),
    }));
});
