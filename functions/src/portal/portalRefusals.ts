import type { HttpsError } from "firebase-functions/v2/https";
import { portalRefusal } from "./portalRefusal";

/** Why the portal's team page refused an action (a portal refusal code). */
export type PortalTeamRefusal =
  | "pendingAlready"
  | "notPending"
  | "contactOnly"
  | "lastContact"
  | "notOnTeam";

const CODES = {
  pendingAlready: "invalid-argument",
  notPending: "failed-precondition",
  contactOnly: "permission-denied",
  lastContact: "failed-precondition",
  notOnTeam: "not-found",
} as const satisfies Record<PortalTeamRefusal, string>;

/** A team action's refusal; a pending address's stands beside the email field. */
export function portalTeamRefusal(reason: PortalTeamRefusal): HttpsError {
  return portalRefusal(CODES[reason], reason, reason === "pendingAlready" ? "email" : undefined);
}
