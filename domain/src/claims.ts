import { z } from "zod";
import { AGENCY_ROLES } from "./roles";

/**
 * Custom claims on a staff member's ID token. They hold only what rules need;
 * rules still confirm them against the member document, so a removal takes
 * effect before the token expires.
 */
export const agencyClaimsSchema = z.object({
  agencyId: z.string().min(1),
  role: z.enum(AGENCY_ROLES),
});
export type AgencyClaims = z.infer<typeof agencyClaimsSchema>;

/** Reads agency claims from a decoded token's claims, or null when absent or malformed. */
export function readAgencyClaims(claims: Record<string, unknown>): AgencyClaims | null {
  const parsed = agencyClaimsSchema.safeParse({ agencyId: claims.agencyId, role: claims.role });
  return parsed.success ? parsed.data : null;
}

/**
 * Custom claims on a client portal user's ID token: the agency and the client
 * they belong to. Rules also require an active portal member document.
 */
export const portalClaimsSchema = z.object({
  agencyId: z.string().min(1),
  clientId: z.string().min(1),
  role: z.literal("portal"),
});
export type PortalClaims = z.infer<typeof portalClaimsSchema>;

export function readPortalClaims(claims: Record<string, unknown>): PortalClaims | null {
  const parsed = portalClaimsSchema.safeParse({
    agencyId: claims.agencyId,
    clientId: claims.clientId,
    role: claims.role,
  });
  return parsed.success ? parsed.data : null;
}
