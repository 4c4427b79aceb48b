import { inviteTeammateCallable } from "@portico/domain/callables/team";
import { invitationResendCooldownMs } from "@portico/domain/mail-quota";
import { paths } from "@portico/domain/paths";
import { canAssignRole } from "@portico/domain/team";
import { addDays, TEAM_INVITATION_LIFETIME_DAYS } from "@portico/domain/tokens";
import { FieldValue, Timestamp } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { invalidField } from "../callable";
import { refs } from "../documents";
import { agencyMailSender, chargeMail } from "../mail/mailQuota";
import { queueMail } from "../mail/queueMail";
import { serve } from "../serve";
import { issueToken, newToken } from "../tokens/invitationTokens";
import { renderTeamInvitationMail } from "./teamInvitationMail";

/** Settings -> Team -> Invite: a pending invitation, its token and its email, together. */
export const inviteTeammate = serve(inviteTeammateCallable, async (input, staff) => {
  if (!canAssignRole(staff.role, null, input.role)) {
    throw new HttpsError("permission-denied", "Only owners can invite another owner.");
  }

  const invitationRef = refs.invitations(staff.agencyId).doc();
  const token = newToken();
  const expiresAt = addDays(new Date(), TEAM_INVITATION_LIFETIME_DAYS);
  const [mail, sender] = await Promise.all([
    renderTeamInvitationMail({
      agencyId: staff.agencyId,
      invitationPath: invitationRef.path,
      email: input.email,
      role: input.role,
      inviterName: staff.displayName,
      token,
      expiresAt,
    }),
    agencyMailSender(staff.agencyId),
  ]);

  await db.runTransaction(async (tx) => {
    const [members, pending, earlier] = await Promise.all([
      tx.get(refs.members(staff.agencyId).where("email", "==", input.email).limit(1)),
      tx.get(
        db
          .collection(paths.invitations(staff.agencyId))
          .where("email", "==", input.email)
          .where("status", "==", "pending")
          .limit(1),
      ),
      tx.get(refs.invitations(staff.agencyId).where("email", "==", input.email).limit(1)),
    ]);
    if (!members.empty) throw invalidField("email", "This person is already on the team.");
    if (!pending.empty) {
      throw invalidField(
        "email",
        "This address already has a pending invitation. Resend it instead.",
      );
    }
    // Inviting an address again (after a cancelled invitation) is a re-send.
    await chargeMail(tx, {
      sender,
      recipients: [input.email],
      resend: earlier.empty
        ? undefined
        : { stream: "team-invitation", cooldownMs: invitationResendCooldownMs() },
    });
    const { tokenHash } = issueToken(tx, token, {
      kind: "team",
      agencyId: staff.agencyId,
      email: input.email,
      subjectPath: invitationRef.path,
      expiresAt,
    });
    tx.create(invitationRef, {
      email: input.email,
      role: input.role,
      status: "pending",
      invitedBy: { uid: staff.uid, name: staff.displayName },
      createdAt: FieldValue.serverTimestamp(),
      expiresAt: Timestamp.fromDate(expiresAt),
      tokenHash,
      emailDelivery: null,
    });
    queueMail(mail, { tx });
  });
  return { invitationId: invitationRef.id };
});
