import { createHmac } from "node:crypto";
import { HttpsError } from "firebase-functions/v2/https";
import { APP_URL, INVITE_LINK_KEY } from "../config";

/** The emulator cannot read secrets of demo projects; a fixed key is fine there only. */
export const EMULATOR_INVITE_LINK_KEY = "portico-local-invite-link-key";

function linkKey(): string {
  const key = INVITE_LINK_KEY.value();
  if (key) return key;
  if (process.env.FUNCTIONS_EMULATOR === "true") return EMULATOR_INVITE_LINK_KEY;
  throw new HttpsError("failed-precondition", "Invite links are not configured (INVITE_LINK_KEY).");
}

/**
 * An invite's link token: HMAC-SHA256 of the invite's path, base64url (256
 * bits). Derived, not stored, so staff can copy the link again any time while
 * Firestore keeps only its hash.
 */
export function inviteToken(invitePath: string, key = linkKey()): string {
  return createHmac("sha256", key).update(invitePath).digest("base64url");
}

export function inviteUrl(invitePath: string): string {
  return `${APP_URL.value()}/i/${inviteToken(invitePath)}`;
}
