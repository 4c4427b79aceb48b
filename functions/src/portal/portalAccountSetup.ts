import { HttpsError } from "firebase-functions/v2/https";
import { auth } from "../admin";
import type { AddressUse } from "./portalAccounts";
import { portalClaims } from "./portalAccounts";

/**
 * Readies the Auth user of an accepted portal invitation, disabled until the
 * accepting transaction commits: a new user, or an existing one (a revoked or
 * removed user of this client, or an unverified account without any role that
 * someone made through the public Auth API) given the new password and name.
 * A taken-over account loses its sessions, so whoever made it is signed out.
 * Called only while the request holds the link's claim.
 */
export async function preparePortalAccount(
  use: AddressUse,
  account: {
    email: string;
    password: string;
    displayName: string;
    agencyId: string;
    clientId: string;
  },
): Promise<{ uid: string; created: boolean }> {
  let uid: string;
  let created = false;
  if (use.kind === "thisPortal" || use.kind === "unclaimed") {
    uid = use.user.uid;
    await auth.updateUser(uid, {
      password: account.password,
      displayName: account.displayName,
      disabled: true,
    });
    if (use.kind === "unclaimed") await auth.revokeRefreshTokens(uid);
  } else {
    try {
      // Verified once the accepting transaction has committed.
      const user = await auth.createUser({
        email: account.email,
        password: account.password,
        displayName: account.displayName,
        emailVerified: false,
        disabled: true,
      });
      uid = user.uid;
      created = true;
    } catch (error) {
      if ((error as { code?: string }).code === "auth/email-already-exists") {
        throw new HttpsError(
          "failed-precondition",
          "An account for this address was just created. Open the link again.",
        );
      }
      throw error;
    }
  }
  try {
    await auth.setCustomUserClaims(uid, portalClaims(account.agencyId, account.clientId));
  } catch (error) {
    if (created) await auth.deleteUser(uid);
    throw error;
  }
  return { uid, created };
}
