import { HttpsError } from "firebase-functions/v2/https";

/**
 * Why the portal's team page refused an action. The portal words it in the
 * client's language from `details.reason` (the message is for logs and tests).
 */
export type PortalTeamRefusal =
  | "pendingAlready"
  | "notPending"
  | "contactOnly"
  | "lastContact"
  | "notOnTeam";

const CODES: Record<
  PortalTeamRefusal,
  "invalid-argument" | "failed-precondition" | "permission-denied" | "not-found"
> = {
  pendingAlready: "invalid-argument",
  notPending: "failed-precondition",
  contactOnly: "permission-denied",
  lastContact: "failed-precondition",
  notOnTeam: "not-found",
};

const MESSAGES: Record<PortalTeamRefusal, string> = {
  pendingAlready: "This address already has a pending invitation. Resend it instead.",
  notPending: "This invitation is no longer pending.",
  contactOnly: "Only the client's contact can remove another contact.",
  lastContact: "The portal needs a contact: the last one can't be removed.",
  notOnTeam: "This person is no longer on the team.",
};

export function portalTeamRefusal(reason: PortalTeamRefusal): HttpsError {
  const message = MESSAGES[reason];
  // The email field's message too, so a form shows it beside the address.
  const details = reason === "pendingAlready" ? { reason, fields: { email: message } } : { reason };
  return new HttpsError(CODES[reason], message, details);
}
