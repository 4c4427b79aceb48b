import { cancelPortalInvitationCallable } from "@portico/domain/callables/portal";
import { paths } from "@portico/domain/paths";
import { portalInvitationIdInputSchema } from "@portico/domain/portal";
import { db } from "../admin";
import { parseInput } from "../callable";
import { serve } from "../serve";
import { endPortalInvitation } from "./portalInvitations";
import { portalTeamRefusal } from "./portalRefusals";
import { requirePortalUser } from "./portalUser";

/**
 * Portal Settings -> Team -> Cancel invitation: like the agency's team page,
 * anyone who may invite may cancel a pending teammate invitation; its link
 * shows "no longer valid" from now on. The agency's own invitation (to the
 * client's contact) is the agency's to manage.
 */
export const cancelPortalInvitation = serve(
  cancelPortalInvitationCallable,
  async ({ invitationId }, caller) => {
    const ref = db.doc(paths.portalInvitation(caller.agencyId, caller.clientId, invitationId));
    await db.runTransaction(async (tx) => {
      const invitation = await tx.get(ref);
      if (
        !invitation.exists ||
        invitation.get("status") !== "pending" ||
        invitation.get("invitedBy.kind") !== "portal"
      ) {
        throw portalTeamRefusal("notPending");
      }
      endPortalInvitation(tx, invitation, "cancelled");
    });
    return { invitationId };
  },
);
