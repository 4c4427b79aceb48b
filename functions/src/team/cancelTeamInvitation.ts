import { cancelTeamInvitationCallable } from "@portico/domain/callables/team";
import { paths } from "@portico/domain/paths";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { serve } from "../serve";
import { revokeToken } from "../tokens/invitationTokens";

/** Cancels a pending invitation; its link shows "no longer valid" from now on. */
export const cancelTeamInvitation = serve(cancelTeamInvitationCallable, async (input, staff) => {
  const { invitationId } = input;
  const ref = db.doc(paths.invitation(staff.agencyId, invitationId));
  await db.runTransaction(async (tx) => {
    const invitation = await tx.get(ref);
    if (!invitation.exists || invitation.get("status") !== "pending") {
      throw new HttpsError("failed-precondition", "This invitation is no longer pending.");
    }
    revokeToken(tx, invitation.get("tokenHash") as string | null);
    tx.update(ref, { status: "cancelled", cancelledAt: FieldValue.serverTimestamp() });
  });
  return { invitationId };
});
