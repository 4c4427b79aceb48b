import { cancelTeamInvitationCallable } from "@portico/domain/callables/team";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { refs } from "../documents";
import { serve } from "../serve";
import { revokeToken } from "../tokens/invitationTokens";

/** Cancels a pending invitation; its link shows "no longer valid" from now on. */
export const cancelTeamInvitation = serve(cancelTeamInvitationCallable, async (input, staff) => {
  const { invitationId } = input;

  const ref = refs.invitation(staff.agencyId, invitationId);
  await db.runTransaction(async (tx) => {
    const invitation = (await tx.get(ref)).data();
    if (invitation?.status !== "pending") {
      throw new HttpsError("failed-precondition", "This invitation is no longer pending.");
    }
    revokeToken(tx, invitation.tokenHash);
    tx.update(ref, { status: "cancelled", cancelledAt: FieldValue.serverTimestamp() });
  });
  return { invitationId };
});
