import { removeMemberCallable } from "@portico/domain/callables/team";
import { isAgencyRole } from "@portico/domain/roles";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { auth, db } from "../admin";
import { applyStaffClaims } from "../agency/staffClaims";
import { refs } from "../documents";
import { serve } from "../serve";
import { assertAnotherOwnerRemains } from "./ownership";

/**
 * Removes a teammate. Deleting the member document ends their access at once
 * (rules require it); clearing the claims and bumping their session makes
 * their open app notice and sign out.
 */
export const removeMember = serve(removeMemberCallable, async ({ uid }, staff) => {
  const ref = refs.member(staff.agencyId, uid);

  await db.runTransaction(async (tx) => {
    const role = (await tx.get(ref)).data()?.role;
    if (!isAgencyRole(role)) {
      throw new HttpsError("not-found", "This person is not on the team.");
    }
    if (role === "owner") {
      if (staff.role !== "owner")
        throw new HttpsError("permission-denied", "Only owners can remove an owner.");
      await assertAnotherOwnerRemains(tx, staff.agencyId);
    }
    tx.delete(ref);
    tx.set(
      refs.userSession(uid),
      { agencyId: null, claimsUpdatedAt: FieldValue.serverTimestamp() },
      { merge: true },
    );
  });
  await applyStaffClaims(uid, null);
  await auth.revokeRefreshTokens(uid);
  return { uid };
});
