import { changeMemberRoleCallable } from "@portico/domain/callables/team";
import { isAgencyRole } from "@portico/domain/roles";
import { canAssignRole } from "@portico/domain/team";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { applyStaffClaims } from "../agency/staffClaims";
import { refs } from "../documents";
import { serve } from "../serve";
import { assertAnotherOwnerRemains } from "./ownership";

/** Changes a teammate's role: member document first (rules read it), then the claims. */
export const changeMemberRole = serve(changeMemberRoleCallable, async ({ uid, role }, staff) => {
  const ref = refs.member(staff.agencyId, uid);

  await db.runTransaction(async (tx) => {
    const current = (await tx.get(ref)).data()?.role;
    if (!isAgencyRole(current)) {
      throw new HttpsError("not-found", "This person is not on the team.");
    }
    if (!canAssignRole(staff.role, current, role)) {
      throw new HttpsError("permission-denied", "Only owners can change ownership.");
    }
    if (current === "owner" && role !== "owner")
      await assertAnotherOwnerRemains(tx, staff.agencyId);
    tx.update(ref, { role });
  });
  await applyStaffClaims(uid, { agencyId: staff.agencyId, role });
  return { uid, role };
});
