import { z } from "zod";
import {
  acceptPortalInvitationInputSchema,
  acceptPortalInvitationResultSchema,
  invitePortalTeammateInputSchema,
  portalInvitationIdInputSchema,
  portalInvitationSummarySchema,
  portalInviteLinkSchema,
  portalTokenInputSchema,
  removePortalTeammateInputSchema,
  removePortalUserInputSchema,
  restorePortalUserInputSchema,
  revokePortalAccessInputSchema,
  sendPortalInvitationInputSchema,
  updatePortalProfileInputSchema,
} from "../portal";
import { defineCallable } from "./define";

// The agency's side: a client's portal access, from the client profile.

export const sendPortalInvitationCallable = defineCallable({
  name: "sendPortalInvitation",
  caller: "editor",
  input: sendPortalInvitationInputSchema,
  /** `expiresAt`: ISO date-time. */
  output: z.object({ invitationId: z.string(), email: z.string(), expiresAt: z.string() }),
});

export const revokePortalAccessCallable = defineCallable({
  name: "revokePortalAccess",
  caller: "editor",
  input: revokePortalAccessInputSchema,
  output: z.object({ clientId: z.string(), revokedUsers: z.number() }),
});

export const removePortalUserCallable = defineCallable({
  name: "removePortalUser",
  caller: "editor",
  input: removePortalUserInputSchema,
  output: z.object({ clientId: z.string(), uid: z.string() }),
});

export const restorePortalUserCallable = defineCallable({
  name: "restorePortalUser",
  caller: "editor",
  input: restorePortalUserInputSchema,
  output: z.object({ clientId: z.string(), uid: z.string() }),
});

// Accepting: anyone holding the link.

export const describePortalInvitationCallable = defineCallable({
  name: "describePortalInvitation",
  caller: "anyone",
  input: portalTokenInputSchema,
  output: portalInvitationSummarySchema,
});

export const acceptPortalInvitationCallable = defineCallable({
  name: "acceptPortalInvitation",
  caller: "anyone",
  input: acceptPortalInvitationInputSchema,
  output: acceptPortalInvitationResultSchema,
});

// The portal user's own team and profile (the client comes from their claims).

const portalInvitationAnswer = z.object({ invitationId: z.string(), email: z.string() });

export const invitePortalTeammateCallable = defineCallable({
  name: "invitePortalTeammate",
  caller: "portalUser",
  input: invitePortalTeammateInputSchema,
  output: portalInvitationAnswer,
});

/** The portal home's "continue" links, newest first. */
export const portalInviteLinksCallable = defineCallable({
  name: "portalInviteLinks",
  caller: "portalUser",
  input: z.object({}),
  output: z.array(portalInviteLinkSchema),
});

export const removePortalTeammateCallable = defineCallable({
  name: "removePortalTeammate",
  caller: "portalUser",
  input: removePortalTeammateInputSchema,
  output: z.object({ uid: z.string() }),
});

export const cancelPortalInvitationCallable = defineCallable({
  name: "cancelPortalInvitation",
  caller: "portalUser",
  input: portalInvitationIdInputSchema,
  output: z.object({ invitationId: z.string() }),
});

export const resendPortalInvitationCallable = defineCallable({
  name: "resendPortalInvitation",
  caller: "portalUser",
  input: portalInvitationIdInputSchema,
  output: portalInvitationAnswer,
});

export const updatePortalProfileCallable = defineCallable({
  name: "updatePortalProfile",
  caller: "portalUser",
  input: updatePortalProfileInputSchema,
  output: z.object({ displayName: z.string() }),
});

export const portalCallables = {
  sendPortalInvitation: sendPortalInvitationCallable,
  revokePortalAccess: revokePortalAccessCallable,
  removePortalUser: removePortalUserCallable,
  describePortalInvitation: describePortalInvitationCallable,
  acceptPortalInvitation: acceptPortalInvitationCallable,
  invitePortalTeammate: invitePortalTeammateCallable,
  portalInviteLinks: portalInviteLinksCallable,
  removePortalTeammate: removePortalTeammateCallable,
  cancelPortalInvitation: cancelPortalInvitationCallable,
  resendPortalInvitation: resendPortalInvitationCallable,
  restorePortalUser: restorePortalUserCallable,
  updatePortalProfile: updatePortalProfileCallable,
};
