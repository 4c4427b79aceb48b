import { paths } from "@portico/domain/paths";
import { db } from "../admin";
import { converters, refs } from "../documents";
import { createInviteFor } from "../invites/createInvite";
import { inviteLinkFor } from "../invites/getInviteLink";
import { type ApiHandlers, param } from "./apiContext";
import { ApiError } from "./apiHttp";
import { readPage } from "./apiPages";
import { apiInvite } from "./apiResources";

async function readInvite(agencyId: string, inviteId: string) {
  const invite = (await refs.invite(agencyId, inviteId).get()).data();
  if (!invite) throw new ApiError("not_found", "No invite with this ID.");
  return invite;
}

/** Invites: thin over Create Invite and Copy link (the callables' own logic). */
export const inviteHandlers: ApiHandlers<
  "listInvites" | "createInvite" | "getInvite" | "getInviteLink"
> = {
  listInvites: async ({ caller, query }) => {
    const { agencyId } = caller;
    const ordered = query.clientId
      ? db
          .collection(paths.invites(agencyId))
          .withConverter(converters.invite)
          .where("clientId", "==", query.clientId)
          .orderBy("createdAt", "desc")
          .orderBy("__name__", "desc")
      : refs.invites(agencyId).orderBy("createdAt", "desc").orderBy("__name__", "desc");
    const page = await readPage(ordered, (invite) => invite.createdAt, query);
    return {
      status: 200,
      body: {
        data: page.docs.map((doc) => apiInvite(doc.id, doc.data())),
        nextCursor: page.nextCursor,
      },
    };
  },

  createInvite: async ({ caller, body }) => {
    const { inviteId, url } = await createInviteFor(caller.actor, body);
    const invite = await readInvite(caller.agencyId, inviteId);
    return { status: 201, body: { ...apiInvite(inviteId, invite), url } };
  },

  getInvite: async (context) => {
    const inviteId = param(context, "inviteId");
    return {
      status: 200,
      body: apiInvite(inviteId, await readInvite(context.caller.agencyId, inviteId)),
    };
  },

  getInviteLink: async (context) => {
    const inviteId = param(context, "inviteId");
    const url = await inviteLinkFor(context.caller.agencyId, inviteId);
    return { status: 200, body: { inviteId, url } };
  },
};
