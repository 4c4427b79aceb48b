import { createHmac } from "node:crypto";
import type { DocumentSnapshot } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { APP_URL, INVITE_LINK_KEY } from "../config";
import type { StoredInvite } from "../documents";

/** The emulator cannot read secrets of demo projects; a fixed key is fine there only. */
export const EMULATOR_INVITE_LINK_KEY = "portico-local-invite-link-key";

function linkKey(): string {
  const key = INVITE_LINK_KEY.value();
  if (key) return key;
  if (process.env.FUNCTIONS_EMULATOR === "true") return EMULATOR_INVITE_LINK_KEY;
  throw new HttpsError("failed-precondition", "Invite links are not configured (INVITE_LINK_KEY).");
}

/**
 * Which of an invite's links is the live one: 0 for the link it was created
 * with, one more after each "New link" (or Revoke Portal Access). Kept on the
 * invite by functions only.
 */
export function inviteLinkVersion(invite: DocumentSnapshot<StoredInvite>): number {
  // Checked, not trusted: a version that is not a positive integer means the first link.
  const version: unknown = invite.data()?.linkVersion;
  return typeof version === "number" && Number.isInteger(version) && version > 0 ? version : 0;
}

/**
 * An invite's link token: HMAC-SHA256 of the invite's path and its link
 * version, base64url (256 bits). Derived, not stored, so staff can copy the
 * link again any time while Firestore keeps only its hash; a new version
 * gives a new link without keeping any secret beside the invite. Version 0
 * is the path alone, so links sent before versions existed keep working.
 */
export function inviteToken(invitePath: string, linkVersion: number, key = linkKey()): string {
  const message = linkVersion === 0 ? invitePath : `${invitePath}#link-${linkVersion}`;
  return createHmac("sha256", key).update(message).digest("base64url");
}

export function inviteUrl(invitePath: string, linkVersion: number): string {
  return `${APP_URL.value()}/i/${inviteToken(invitePath, linkVersion)}`;
}
