import { z } from "zod";
import { brandingSchema } from "../branding";
import { AGENCY_ROLES } from "../roles";
import {
  acceptTeamInvitationInputSchema,
  changeMemberRoleInputSchema,
  invitationIdInputSchema,
  inviteTeammateInputSchema,
  removeMemberInputSchema,
  tokenInputSchema,
} from "../team";
import { defineCallable } from "./define";

const invitationAnswer = z.object({ invitationId: z.string() });

export const inviteTeammateCallable = defineCallable({
  name: "inviteTeammate",
  caller: "manager",
  input: inviteTeammateInputSchema,
  output: invitationAnswer,
});

export const resendTeamInvitationCallable = defineCallable({
  name: "resendTeamInvitation",
  caller: "manager",
  input: invitationIdInputSchema,
  output: invitationAnswer,
});

export const cancelTeamInvitationCallable = defineCallable({
  name: "cancelTeamInvitation",
  caller: "manager",
  input: invitationIdInputSchema,
  output: invitationAnswer,
});

export const changeMemberRoleCallable = defineCallable({
  name: "changeMemberRole",
  caller: "manager",
  input: changeMemberRoleInputSchema,
  output: z.object({ uid: z.string(), role: z.enum(AGENCY_ROLES) }),
});

export const removeMemberCallable = defineCallable({
  name: "removeMember",
  caller: "manager",
  input: removeMemberInputSchema,
  output: z.object({ uid: z.string() }),
});

/** What the join page shows; every unusable link gets the same `valid: false`. */
export const teamInvitationSummarySchema = z.discriminatedUnion("valid", [
  z.object({ valid: z.literal(false) }),
  z.object({
    valid: z.literal(true),
    agencyName: z.string(),
    branding: brandingSchema,
    email: z.string(),
    role: z.string(),
    inviterName: z.string(),
    accountExists: z.boolean(),
    /** ISO date-time. */
    expiresAt: z.string(),
  }),
]);
export type TeamInvitationSummary = z.output<typeof teamInvitationSummarySchema>;

export const describeTeamInvitationCallable = defineCallable({
  name: "describeTeamInvitation",
  caller: "anyone",
  input: tokenInputSchema,
  output: teamInvitationSummarySchema,
});

/** Anyone holding the link: a new account, or the invited address signed in. */
export const acceptTeamInvitationCallable = defineCallable({
  name: "acceptTeamInvitation",
  caller: "anyone",
  input: acceptTeamInvitationInputSchema,
  output: z.object({ agencyId: z.string(), email: z.string() }),
});

export const teamCallables = {
  inviteTeammate: inviteTeammateCallable,
  resendTeamInvitation: resendTeamInvitationCallable,
  cancelTeamInvitation: cancelTeamInvitationCallable,
  changeMemberRole: changeMemberRoleCallable,
  removeMember: removeMemberCallable,
  describeTeamInvitation: describeTeamInvitationCallable,
  acceptTeamInvitation: acceptTeamInvitationCallable,
};
