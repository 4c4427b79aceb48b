import { paths } from "@portico/domain/paths";
import type { AgencyRole } from "@portico/domain/roles";
import { FieldValue } from "firebase-admin/firestore";
import { auth, db } from "../admin";

/**
 * Sets (or, with null, clears) a staff member's custom claims, then bumps
 * their session document so an open app refreshes its ID token at once.
 */
export async function applyStaffClaims(
  uid: string,
  claims: { agencyId: string; role: AgencyRole } | null,
) {
  await auth.setCustomUserClaims(uid, claims);
  await db
    .doc(paths.userSession(uid))
    .set(
      { agencyId: claims?.agencyId ?? null, claimsUpdatedAt: FieldValue.serverTimestamp() },
      { merge: true },
    );
}
