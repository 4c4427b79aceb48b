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

export interface PortalFields {
  email: string;
  portal: { status: "invited" | "active" | "revoked"; expiresAt: Date | null } | null;
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
