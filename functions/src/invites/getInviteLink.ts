import { getInviteLinkCallable } from "@portico/domain/callables/invites";
import { HttpsError } from "firebase-functions/v2/https";
import { INVITE_LINK_KEY } from "../config";
import { refs } from "../documents";
import { serve } from "../serve";
import { inviteLinkVersion, inviteUrl } from "./inviteLink";

const secrets = [INVITE_LINK_KEY];

/** Copy link: the invite's live URL, derived again (only its hash is stored), for sending by hand. */
export const getInviteLink = serve(getInviteLinkCallable, { secrets }, async (input, staff) => ({
  url: await inviteLinkFor(staff.agencyId, input.inviteId),
}));

/** The live link of an invite of this agency (the caller declares INVITE_LINK_KEY). */
export async function inviteLinkFor(agencyId: string, inviteId: string): Promise<string> {
  const invite = await refs.invite(agencyId, inviteId).get();
  if (!invite.exists) throw new HttpsError("not-found", "This invite no longer exists.");
  return inviteUrl(invite.ref.path, inviteLinkVersion(invite));
}
