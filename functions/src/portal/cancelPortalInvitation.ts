import { cancelPortalInvitationCallable as contract } from "@portico/domain/callables/portal";
import { db } from "../admin";
import { refs } from "../documents";
import { serve } from "../serve";
import { endPortalInvitation } from "./portalInvitations";
import { portalTeamRefusal } from "./portalRefusals";

/**
 * Portal Settings -> Team -> Cancel invitation: like the agency's team page,
 * anyone who may invite may cancel a pending teammate invitation; its link
 * shows "no longer valid" from now on. The agency's own invitation (to the
 * client's contact) is the agency's to manage.
 */
export const cancelPortalInvitation = serve(contract, async ({ invitationId }, caller) => {
  const ref = refs.portalInvitation(caller.agencyId, caller.clientId, invitationId);
  await db.runTransaction(async (tx) => {
    const invitation = await tx.get(ref);
    const stored = invitation.data();
    if (stored?.status !== "pending" || stored.invitedBy.kind !== "portal") {
      throw portalTeamRefusal("notPending");
    }
    endPortalInvitation(tx, invitation, "cancelled");
  });
  return { invitationId };
});
