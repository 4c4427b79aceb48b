import { z } from "zod";
import {
  addCcInputSchema,
  createInviteInputSchema,
  editInviteInputSchema,
  inviteIdInputSchema,
  markServiceVerifiedInputSchema,
  revealTokenInputSchema,
} from "../invites";
import { defineCallable } from "./define";

const inviteAnswer = z.object({ inviteId: z.string() });
/** The invite page's link (/i/<token>). */
const inviteLinkAnswer = z.object({ inviteId: z.string(), url: z.string() });

export const createInviteCallable = defineCallable({
  name: "createInvite",
  caller: "editor",
  input: createInviteInputSchema,
  output: inviteLinkAnswer,
});

export const editInviteCallable = defineCallable({
  name: "editInvite",
  caller: "editor",
  input: editInviteInputSchema,
  output: inviteAnswer,
});

export const sendReminderCallable = defineCallable({
  name: "sendReminder",
  caller: "editor",
  input: inviteIdInputSchema,
  /** ISO date-time: when the next reminder may go. */
  output: z.object({ nextReminderAt: z.string() }),
});

export const addCcCallable = defineCallable({
  name: "addCc",
  caller: "editor",
  input: addCcInputSchema,
  output: z.object({ inviteId: z.string(), email: z.string() }),
});

/** Any staff member may copy a link; viewers included. */
export const getInviteLinkCallable = defineCallable({
  name: "getInviteLink",
  caller: "staff",
  input: inviteIdInputSchema,
  output: z.object({ url: z.string() }),
});

export const rotateInviteLinkCallable = defineCallable({
  name: "rotateInviteLink",
  caller: "editor",
  input: inviteIdInputSchema,
  output: inviteLinkAnswer,
});

export const markServiceVerifiedCallable = defineCallable({
  name: "markServiceVerified",
  caller: "editor",
  input: markServiceVerifiedInputSchema,
  output: inviteAnswer,
});

/** A retained token, in clear: only owners and admins, and each reveal is recorded. */
export const revealedTokenSchema = z.object({
  platform: z.string(),
  accountId: z.string(),
  accessToken: z.string(),
  refreshToken: z.string().nullable(),
  scopes: z.array(z.string()),
  /** ISO date, or null when the platform gave no expiry. */
  expiresAt: z.string().nullable(),
});
export type RevealedToken = z.output<typeof revealedTokenSchema>;

export const revealRetainedTokenCallable = defineCallable({
  name: "revealRetainedToken",
  caller: "manager",
  input: revealTokenInputSchema,
  output: revealedTokenSchema,
});

export const inviteCallables = {
  createInvite: createInviteCallable,
  editInvite: editInviteCallable,
  sendReminder: sendReminderCallable,
  addCc: addCcCallable,
  getInviteLink: getInviteLinkCallable,
  rotateInviteLink: rotateInviteLinkCallable,
  markServiceVerified: markServiceVerifiedCallable,
  revealRetainedToken: revealRetainedTokenCallable,
};
