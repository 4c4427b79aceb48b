import { resendTeamInvitationCallable } from "@portico/domain/callables/team";
import { invitationResendCooldownMs } from "@portico/domain/mail-quota";
import { addDays, TEAM_INVITATION_LIFETIME_DAYS } from "@portico/domain/tokens";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { refs } from "../documents";
import { agencyMailSender, chargeMail } from "../mail/mailQuota";
import { queueMail } from "../mail/queueMail";
import { serve } from "../serve";
import { issueToken, newToken, revokeToken } from "../tokens/invitationTokens";
import { renderTeamInvitationMail } from "./teamInvitationMail";

/** A fresh link and a fresh week; the previous link stops working. */
export const resendTeamInvitation = serve(resendTeamInvitationCallable, async (input, staff) => {
  const { invitationId } = input;
  const ref = refs.invitation(staff.agencyId, invitationId);

  const current = (await ref.get()).data();
  if (current?.status !== "pending") {
    throw new HttpsError("failed-precondition", "This invitation is no longer pending.");
  }
  const token = newToken();
  const expiresAt = addDays(new Date(), TEAM_INVITATION_LIFETIME_DAYS);
  const [mail, sender] = await Promise.all([
    renderTeamInvitationMail({
      agencyId: staff.agencyId,
      invitationPath: ref.path,
      email: current.email,
      role: current.role,
      inviterName: staff.displayName,
      token,
      expiresAt,
    }),
    agencyMailSender(staff.agencyId),
  ]);

  await db.runTransaction(async (tx) => {
    const invitation = (await tx.get(ref)).data();
    if (invitation?.status !== "pending") {
      throw new HttpsError("failed-precondition", "This invitation is no longer pending.");
    }
    await chargeMail(tx, {
      sender,
      recipients: [mail.to],
      resend: { stream: "team-invitation", cooldownMs: invitationResendCooldownMs() },
    });
    revokeToken(tx, invitation.tokenHash);
    const { tokenHash } = issueToken(tx, token, {
      kind: "team",
      agencyId: staff.agencyId,
      email: invitation.email,
      subjectPath: ref.path,
      expiresAt,
    });
    tx.update(ref, { tokenHash, expiresAt, emailDelivery: null });
    queueMail(mail, { tx });
  });
  return { invitationId };
});
