import { readPortalClaims } from "@portico/domain/claims";
import { paths } from "@portico/domain/paths";
import type { UserRecord } from "firebase-admin/auth";
import { FieldValue, type Transaction } from "firebase-admin/firestore";
import { auth, db } from "../admin";
import { refs } from "../documents";

/**
 * Whose an address is, as far as a portal of `clientId` is concerned:
 *  - free: no account yet;
 *  - thisPortal: a portal account of this very client (e.g. revoked, invited again);
 *  - unclaimed: an account nobody verified and that has no role, i.e. made
 *    through the public Auth API by anyone: a portal invitation takes it over;
 *  - staff / otherPortal / otherAccount: an account a portal link must never take over.
 */
export type AddressUse =
  | { kind: "free" }
  | { kind: "thisPortal" | "unclaimed"; user: UserRecord }
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
  if (!user.emailVerified && Object.keys(claims).length === 0) return { kind: "unclaimed", user };
  return { kind: "otherAccount", user };
}

/** Whether a portal account of this client may be made (or re-made) for the address. */
export function canJoinPortal(use: AddressUse): boolean {
  return use.kind === "free" || use.kind === "thisPortal" || use.kind === "unclaimed";
}

/**
 * Whether `email` is the contact address of another client of the agency: a
 * portal user must not make it a teammate (it would take that client's own
 * invitation over). Client emails are stored trimmed and in lower case.
 */
export async function isAnotherClientsContact(
  agencyId: string,
  clientId: string,
  email: string,
): Promise<boolean> {
  const clients = await db
    .collection(paths.clients(agencyId))
    .where("email", "==", email)
    .select()
    .limit(2)
    .get();
  return clients.docs.some((client) => client.id !== clientId);
}

/**
 * What the holder of a link to an address that cannot join hears. Only the
 * address's owner has the link, so it may say this much; inviters never see it.
 */
export const PORTAL_ADDRESS_UNAVAILABLE =
  "This address can't be used for this portal. Ask whoever invited you to use another address.";

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
    refs.userSession(uid),
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
