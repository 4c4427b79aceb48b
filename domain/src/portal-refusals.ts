/**
 * Why a portal callable refused, as a code the portal words in the client's
 * language (catalogue `portalRefusals.<code>`). The server's message is
 * English for logs and other callers; the portal never shows it.
 */
export const PORTAL_REFUSALS = [
  "signInRequired",
  "portalUsersOnly",
  "accessEnded",
  "portalGone",
  "alreadyMember",
  // The portal team page's actions, with the agency team page's rules.
  "pendingAlready",
  "notPending",
  "contactOnly",
  "lastContact",
  "notOnTeam",
  // A section the agency hid from this client's portal.
  "sectionHidden",
] as const;
export type PortalRefusal = (typeof PORTAL_REFUSALS)[number];

/** A refusal's details: the code, and the field it belongs beside when there is one. */
export interface PortalRefusalDetails {
  refusal: PortalRefusal;
  field?: string;
}

export function isPortalRefusalDetails(details: unknown): details is PortalRefusalDetails {
  const refusal = (details as { refusal?: unknown } | null | undefined)?.refusal;
  return typeof refusal === "string" && (PORTAL_REFUSALS as readonly string[]).includes(refusal);
}
