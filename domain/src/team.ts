import { z } from "zod";
import { otherPersonEmailSchema, passwordSchema, personNameSchema } from "./account";
import { docIdSchema } from "./ids";
import { deliverySummarySchema } from "./mail";
import { AGENCY_ROLES, type AgencyRole } from "./roles";

export const INVITATION_STATUSES = ["pending", "accepted", "cancelled"] as const;

/** `agencies/{agencyId}/invitations/{invitationId}`: a teammate invited by email. */
export const invitationDocSchema = z.object({
  email: z.string(),
  role: z.enum(AGENCY_ROLES),
  status: z.enum(INVITATION_STATUSES),
  invitedBy: z.object({ uid: z.string(), name: z.string() }),
  createdAt: z.date(),
  expiresAt: z.date(),
  emailDelivery: deliverySummarySchema.nullable().optional(),
  /** Hash of the invitation's link token (server-only use), to revoke it on resend or cancel. */
  tokenHash: z.string().nullish(),
});
export type InvitationDoc = z.infer<typeof invitationDocSchema>;

const roleSchema = z.enum(AGENCY_ROLES, {
  error: "Choose a role: owner, admin, member or viewer.",
});
const idSchema = docIdSchema("Invalid id.", "Missing id.");

export const inviteTeammateInputSchema = z.object({
  email: otherPersonEmailSchema("Enter your teammate's email address."),
  role: roleSchema,
});
export type InviteTeammateInput = z.input<typeof inviteTeammateInputSchema>;

export const invitationIdInputSchema = z.object({ invitationId: idSchema });

export const changeMemberRoleInputSchema = z.object({ uid: idSchema, role: roleSchema });
export const removeMemberInputSchema = z.object({ uid: idSchema });

export const tokenInputSchema = z.object({
  token: z.string({ error: "This link is no longer valid." }).min(1).max(200),
});

/** Accepting: new accounts choose a name and password; existing ones are signed in. */
export const acceptTeamInvitationInputSchema = z.object({
  token: z.string().min(1).max(200),
  displayName: personNameSchema.optional(),
  password: passwordSchema.optional(),
});
export type AcceptTeamInvitationInput = z.input<typeof acceptTeamInvitationInputSchema>;

/**
 * Who may give which role: owners any role; admins any role but owner, and
 * never to or from an owner.
 */
export function canAssignRole(actor: AgencyRole, from: AgencyRole | null, to: AgencyRole): boolean {
  if (actor === "owner") return true;
  if (actor === "admin") return to !== "owner" && from !== "owner";
  return false;
}
