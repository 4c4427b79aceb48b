/** Agency staff roles, from most to least privileged. */
export const AGENCY_ROLES = ["owner", "admin", "member", "viewer"] as const;
export type AgencyRole = (typeof AGENCY_ROLES)[number];

export function isAgencyRole(value: unknown): value is AgencyRole {
  return typeof value === "string" && (AGENCY_ROLES as readonly string[]).includes(value);
}

/** Viewers only watch; every other role may change agency data. */
export function canEditAgencyData(role: AgencyRole): boolean {
  return role !== "viewer";
}

/** Team, branding and settings belong to owners and admins. */
export function canManageAgency(role: AgencyRole): boolean {
  return role === "owner" || role === "admin";
}

export const ROLE_LABELS: Record<AgencyRole, string> = {
  owner: "Owner",
  admin: "Admin",
  member: "Member",
  viewer: "Viewer",
};
