import { paths } from "@portico/domain/paths";
import type { AgencyRole } from "@portico/domain/roles";
import { invitationIdInputSchema } from "@portico/domain/team";
import { addDays, TEAM_INVITATION_LIFETIME_DAYS } from "@portico/domain/tokens";
import { HttpsError, onCall } from "firebase-functions/v2/https";
import { db } from "../admin";
import { parseInput } from "../callable";
import { requireManager } from "../staff";
import { issueToken, revokeToken } from "../tokens/invitationTokens";
import { queueTeamInvitationMail } from "./teamInvitationMail";

/** A fresh link and a fresh week; the previous link stops working. */
export const resendTeamInvitation = onCall(async (request) => {
  const staff = await requireManager(request);
  const { invitationId } = parseInput(invitationIdInputSchema, request.data);
  const ref = db.doc(paths.invitation(staff.agencyId, invitationId));

  await db.runTransaction(async (tx) => {
    const invitation = await tx.get(ref);
    if (!invitation.exists || invitation.get("status") !== "pending") {
      throw new HttpsError("failed-precondition", "This invitation is no longer pending.");
    }
    revokeToken(tx, invitation.get("tokenHash") as string | null);
    const expiresAt = addDays(new Date(), TEAM_INVITATION_LIFETIME_DAYS);
    const { token, tokenHash } = issueToken(tx, {
      kind: "team",
      agencyId: staff.agencyId,
      subjectPath: ref.path,
      expiresAt,
    });
    tx.update(ref, { tokenHash, expiresAt, emailDelivery: null });
    await queueTeamInvitationMail(tx, {
      agencyId: staff.agencyId,
      invitationPath: ref.path,
      email: invitation.get("email") as string,
      role: invitation.get("role") as AgencyRole,
      inviterName: staff.displayName,
      token,
      expiresAt,
    });
  });
  return { invitationId };
});
