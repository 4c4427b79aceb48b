import { readPortalClaims } from "@portico/domain/claims";
import { FieldValue } from "firebase-admin/firestore";
import type { CallableRequest } from "firebase-functions/v2/https";
import { refs } from "../documents";
import { portalRefusal } from "./portalRefusal";

export interface PortalUser {
  uid: string;
  agencyId: string;
  clientId: string;
  displayName: string;
  email: string;
}

/**
 * The caller as a client portal user: portal claims AND an active portal
 * member document, as the rules require, so a revoked or removed user is
 * refused at once. The client comes from the claims, never from the input.
 */
export async function requirePortalUser(request: CallableRequest): Promise<PortalUser> {
  const uid = request.auth?.uid;
  if (!uid) throw portalRefusal("unauthenticated", "signInRequired");
  const claims = readPortalClaims(request.auth?.token ?? {});
  if (!claims) throw portalRefusal("permission-denied", "portalUsersOnly");
  const memberRef = refs.portalMember(claims.agencyId, claims.clientId, uid);
  const member = (await memberRef.get()).data();
  if (member?.status !== "active") {
    throw portalRefusal("permission-denied", "accessEnded");
  }
  // The sign-in address moved (a verified contact email change): the member follows.
  const signedInWith = request.auth?.token.email;
  if (signedInWith && signedInWith !== member.email) {
    await memberRef.update({
      email: signedInWith,
      pendingEmail: FieldValue.delete(),
      updatedAt: FieldValue.serverTimestamp(),
    });
  }
  return {
    uid,
    agencyId: claims.agencyId,
    clientId: claims.clientId,
    displayName: member.displayName || member.email,
    email: signedInWith ?? member.email,
  };
}
