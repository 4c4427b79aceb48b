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
