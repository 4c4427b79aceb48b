import { z } from "zod";
import { AGENCY_ROLES } from "./roles";

/** `agencies/{agencyId}`: the workspace (tenant). */
export const agencyDocSchema = z.object({
  name: z.string(),
  createdBy: z.string(),
  createdAt: z.date(),
});
export type AgencyDoc = z.infer<typeof agencyDocSchema>;

export const MEMBER_STATUSES = ["active"] as const;

/**
 * `agencies/{agencyId}/members/{uid}`: staff membership. Rules require an
 * active member document besides the token claims, so deleting it ends access at once.
 */
export const memberDocSchema = z.object({
  uid: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(AGENCY_ROLES),
  status: z.enum(MEMBER_STATUSES),
  joinedAt: z.date(),
});
export type MemberDoc = z.infer<typeof memberDocSchema>;

/** `userSessions/{uid}`: bumped whenever the user's claims change. */
export const userSessionDocSchema = z.object({
  claimsUpdatedAt: z.date(),
  agencyId: z.string().nullable(),
  /** Set for a client's portal user. */
  clientId: z.string().nullish(),
});
export type UserSessionDoc = z.infer<typeof userSessionDocSchema>;
