import { z } from "zod";
import { emailSchema, passwordSchema, personNameSchema } from "./account";
import { brandingSchema } from "./branding";
import { docIdSchema } from "./ids";
import { deliverySummarySchema } from "./mail";

/**
 * Portal access state of a client, in the words agencies know from the seed
 * documents. One function decides it, for the badge on the list and profile.
 */
export const PORTAL_STATES = [
  "No Email",
  "Email Set",
  "Invite Sent",
  "Expired",
  "Active",
  "Revoked",
] as const;
export type PortalState = (typeof PORTAL_STATES)[number];

export const CLIENT_PORTAL_STATUSES = ["invited", "active", "revoked", "cancelled"] as const;

export interface PortalFields {
  email: string;
  portal: { status: (typeof CLIENT_PORTAL_STATUSES)[number]; expiresAt: Date | null } | null;
}

export function portalState(client: PortalFields, now: Date): PortalState {
  const portal = client.portal;
  if (portal?.status === "active") return "Active";
  if (portal?.status === "revoked") return "Revoked";
  if (portal?.status === "invited") {
    return portal.expiresAt && portal.expiresAt.getTime() <= now.getTime()
      ? "Expired"
      : "Invite Sent";
  }
  return client.email ? "Email Set" : "No Email";
}

export const PORTAL_STATE_TONES: Record<
  PortalState,
  "neutral" | "info" | "success" | "warning" | "danger"
> = {
  "No Email": "neutral",
  "Email Set": "info",
  "Invite Sent": "warning",
  Expired: "danger",
  Active: "success",
  Revoked: "danger",
};

/**
 * The client's portal as the agency sees it, on the client document
 * (`portal`): written only by the portal functions.
 *  - invited: an invitation to `invitedEmail` waits, until `expiresAt`;
 *  - active: at least one portal user is active;
 *  - revoked: the agency revoked access (users disabled) until it invites again;
 *  - cancelled: the pending invitation died because the client's email changed
 *    (`cancelledEmail`); nobody had joined yet. Reads as Email Set.
 */
export const clientPortalSchema = z
  .object({
    status: z.enum(CLIENT_PORTAL_STATUSES),
    expiresAt: z.date().nullable(),
    invitedEmail: z.string().nullable().default(null),
    invitedAt: z.date().nullable().default(null),
    activatedAt: z.date().nullable().default(null),
    revokedAt: z.date().nullable().default(null),
    /**
     * The address of a pending invitation that changing the client's email
     * cancelled (its link died with it), until the next invitation is sent.
     */
    cancelledEmail: z.string().nullable().default(null),
  })
  .nullable();

export const PORTAL_MEMBER_STATUSES = ["active", "removed", "revoked"] as const;
export type PortalMemberStatus = (typeof PORTAL_MEMBER_STATUSES)[number];

/** Who sent a portal invitation: the agency, or a portal user inviting their own team. */
export const portalInviterSchema = z.object({
  kind: z.enum(["agency", "portal"]),
  uid: z.string(),
  name: z.string(),
});

/**
 * `agencies/{a}/clients/{c}/portalMembers/{uid}`: a client's portal user.
 * Rules admit a portal user only while this document says `active`, so
 * revoking or removing takes effect on open listeners at once.
 */
export const portalMemberDocSchema = z.object({
  uid: z.string(),
  email: z.string(),
  displayName: z.string(),
  status: z.enum(PORTAL_MEMBER_STATUSES),
  /** A new contact address waiting for this user to verify it (it then becomes the sign-in). */
  pendingEmail: z.string().nullish(),
  invitedBy: portalInviterSchema,
  joinedAt: z.date(),
  updatedAt: z.date(),
  /** False once they opted out of the weekly digest (digest.ts); absent: they get it. */
  weeklyDigest: z.boolean().optional(),
});
export type PortalMemberDoc = z.output<typeof portalMemberDocSchema>;

export const PORTAL_INVITATION_STATUSES = ["pending", "accepted", "replaced", "cancelled"] as const;

/**
 * `agencies/{a}/clients/{c}/portalInvitations/{id}`: one emailed link
 * (single-use, expiring). Resending replaces it with a fresh one.
 */
export const portalInvitationDocSchema = z.object({
  email: z.string(),
  status: z.enum(PORTAL_INVITATION_STATUSES),
  invitedBy: portalInviterSchema,
  createdAt: z.date(),
  expiresAt: z.date(),
  emailDelivery: deliverySummarySchema.nullable().optional(),
  /** Hash of the invitation's link token (server-only use), to revoke it on resend or cancel. */
  tokenHash: z.string().nullish(),
});
export type PortalInvitationDoc = z.output<typeof portalInvitationDocSchema>;

const idField = docIdSchema("Invalid id.", "Missing id.");

/** Send (or resend) Portal Invitation, from the client profile. */
export const sendPortalInvitationInputSchema = z.object({ clientId: idField });
export const revokePortalAccessInputSchema = z.object({ clientId: idField });
export const removePortalUserInputSchema = z.object({ clientId: idField, uid: idField });

/**
 * A portal user manages their own team (clientId from their claims): remove a
 * teammate, cancel or resend a pending teammate invitation.
 */
export const removePortalTeammateInputSchema = z.object({ uid: idField });
export const portalInvitationIdInputSchema = z.object({ invitationId: idField });
/** The agency gives a revoked portal user their access back (client profile). */
export const restorePortalUserInputSchema = z.object({ clientId: idField, uid: idField });

/** A portal user's own profile: the name their team sees. */
export const updatePortalProfileInputSchema = z.object({ displayName: personNameSchema });
export type UpdatePortalProfileInput = z.input<typeof updatePortalProfileInputSchema>;

/**
 * Who is the client's contact on the portal: a user the agency invited. Like
 * an agency's owners, only a contact removes a contact, and one always stays.
 */
export function isPortalContact(member: { invitedBy: { kind: "agency" | "portal" } }): boolean {
  return member.invitedBy.kind === "agency";
}

/** The portal's own address for an agency: branded before sign-in, stable, bookmarkable. */
export function portalAddressPath(agencyId: string): string {
  return `/portal/a/${agencyId}`;
}

/** A portal user invites a teammate of their own company (clientId from their claims). */
export const invitePortalTeammateInputSchema = z.object({ email: emailSchema });
export type InvitePortalTeammateInput = z.input<typeof invitePortalTeammateInputSchema>;

export const portalTokenInputSchema = z.object({
  token: z.string({ error: "This link is no longer valid." }).min(1).max(200),
});

/** Accepting a portal invitation: the new user's name and password. */
export const acceptPortalInvitationInputSchema = z.object({
  token: z.string().min(1).max(200),
  displayName: personNameSchema,
  password: passwordSchema,
});
export type AcceptPortalInvitationInput = z.input<typeof acceptPortalInvitationInputSchema>;

/** What the accept page shows before anyone acts (opening the link changes nothing). */
export const portalInvitationSummarySchema = z.object({
  state: z.enum(["valid", "invalid"]),
  agencyName: z.string(),
  clientName: z.string(),
  /** The client's company (empty when the agency left it out): the join page names it. */
  clientCompany: z.string().optional(),
  email: z.string(),
  locale: z.string(),
  /** Whether the agency or a teammate invited: a teammate's join page says who. */
  inviterKind: z.enum(["agency", "portal"]).optional(),
  /**
   * The agency's branding, and its id (the portal sign-in's address): on any
   * link the server can place, used or expired too, so that page is branded.
   */
  branding: brandingSchema.optional(),
  agencyId: z.string().optional(),
  /** Only on a valid link: who invited, and until when. */
  inviterName: z.string().optional(),
  /** ISO date-time. */
  expiresAt: z.string().optional(),
});
export type PortalInvitationSummary = z.output<typeof portalInvitationSummarySchema>;

/** What acceptPortalInvitation answers: the page then signs in with this email and the password. */
export const acceptPortalInvitationResultSchema = z.object({ email: z.string() });
export type AcceptPortalInvitationResult = z.output<typeof acceptPortalInvitationResultSchema>;

/** One of portalInviteLinks' answers: an access request of the client that is not complete yet. */
export const portalInviteLinkSchema = z.object({
  inviteId: z.string(),
  /** The invite page's link (/i/<token>), the portal home's "continue". */
  url: z.string(),
});
export type PortalInviteLink = z.output<typeof portalInviteLinkSchema>;

/** The message for a used, expired or replaced link: one wording for every case. */
export const PORTAL_LINK_NO_LONGER_VALID =
  "This invitation link is no longer valid. Ask for a new invitation.";
