import { readPortalClaims } from "@portico/domain/claims";
import { paths } from "@portico/domain/paths";
import type { UserRecord } from "firebase-admin/auth";
import { FieldValue, type Transaction } from "firebase-admin/firestore";
import { auth, db } from "../admin";

/**
 * Whose an address is, as far as a portal of `clientId` is concerned:
 *  - free: no account yet;
 *  - thisPortal: a portal account of this very client (e.g. revoked, invited again);
 *  - staff / otherPortal / otherAccount: an account a portal link must never take over.
 */
export type AddressUse =
  | { kind: "free" }
  | { kind: "thisPortal"; user: UserRecord }
  | { kind: "staff" | "otherPortal" | "otherAccount"; user: UserRecord };

export async function addressUse(
  email: string,
  agencyId: string,
  clientId: string,
): Promise<AddressUse> {
  const user = await auth.getUserByEmail(email).catch((error: { code?: string }) => {
    if (error.code === "auth/user-not-found") return null;
    throw error;
  });
  if (!user) return { kind: "free" };
  const claims = user.customClaims ?? {};
  const portal = readPortalClaims(claims);
  if (portal) {
    return portal.agencyId === agencyId && portal.clientId === clientId
      ? { kind: "thisPortal", user }
      : { kind: "otherPortal", user };
  }
  if (typeof claims.agencyId === "string") return { kind: "staff", user };
  return { kind: "otherAccount", user };
}

/** Why an address cannot get a portal account of this client, or null when it can. */
export function refusalFor(use: AddressUse): string | null {
  switch (use.kind) {
    case "free":
    case "thisPortal":
      return null;
    case "staff":
      return "This address belongs to an agency team account. Use another address for the portal.";
    case "otherPortal":
      return "This address already has a portal account for another client. Use another address.";
    case "otherAccount":
      return "This address already has a Portico account. Use another address for the portal.";
  }
}

export function portalClaims(agencyId: string, clientId: string) {
  return { agencyId, clientId, role: "portal" as const };
}

/**
 * Bumps the user's session document inside `tx`, so an open portal app
 * refreshes its ID token (and re-reads what it may see) at once.
 */
export function touchPortalSession(
  tx: Transaction,
  uid: string,
  agencyId: string,
  clientId: string,
) {
  tx.set(
    db.doc(paths.userSession(uid)),
    { agencyId, clientId, claimsUpdatedAt: FieldValue.serverTimestamp() },
    { merge: true },
  );
}

/** Disables portal users and ends their sessions (refresh tokens); the rules already refuse them. */
export async function disablePortalUsers(uids: string[]) {
  for (const uid of uids) {
    try {
      await auth.updateUser(uid, { disabled: true });
      await auth.revokeRefreshTokens(uid);
    } catch (error) {
      // A user deleted by hand has nothing left to disable.
      if ((error as { code?: string }).code !== "auth/user-not-found") throw error;
    }
  }
}
