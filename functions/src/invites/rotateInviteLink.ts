import { rotateInviteLinkCallable as contract } from "@portico/domain/callables/invites";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { INVITE_LINK_KEY } from "../config";
import { refs } from "../documents";
import { serve } from "../serve";
import { readLinkRotation, rotateLink } from "./rotateLink";

const secrets = [INVITE_LINK_KEY];

/**
 * New link: the invite's current link stops working at once and a new one is
 * answered, e.g. after the person who had the old one left the client. Emails
 * sent from now on carry the new link.
 */
export const rotateInviteLink = serve(contract, { secrets }, async ({ inviteId }, staff) => {
  const ref = refs.invite(staff.agencyId, inviteId);
  return db.runTransaction(async (tx) => {
    const invite = await tx.get(ref);
    if (!invite.exists) throw new HttpsError("not-found", "This invite no longer exists.");
    const rotation = await readLinkRotation(tx, invite);
    const { url } = rotateLink(tx, rotation, {
      agencyId: staff.agencyId,
      actor: staff.displayName,
    });
    return { inviteId, url };
  });
});
