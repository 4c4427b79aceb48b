import { inviteIdInputSchema } from "@portico/domain/invites";
import { HttpsError } from "firebase-functions/v2/https";
import { callable, parseInput } from "../callable";
import { INVITE_LINK_KEY } from "../config";
import { refs } from "../documents";
import { requireStaff } from "../staff";
import { inviteLinkVersion, inviteUrl } from "./inviteLink";

/** Copy link: the invite's live URL, derived again (only its hash is stored), for sending by hand. */
export const getInviteLink = callable({ secrets: [INVITE_LINK_KEY] }, async (request) => {
  const staff = await requireStaff(request);
  const { inviteId } = parseInput(inviteIdInputSchema, request.data);
  const invite = await refs.invite(staff.agencyId, inviteId).get();
  if (!invite.exists) throw new HttpsError("not-found", "This invite no longer exists.");
  return { url: inviteUrl(invite.ref.path, inviteLinkVersion(invite)) };
});
