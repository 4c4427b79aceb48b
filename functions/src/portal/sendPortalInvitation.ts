import { sendPortalInvitationCallable } from "@portico/domain/callables/portal";
import { invitationResendCooldownMs } from "@portico/domain/mail-quota";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { refs } from "../documents";
import { agencyMailSender, chargeMail } from "../mail/mailQuota";
import { serve } from "../serve";
import { addressUse, canJoinPortal } from "./portalAccounts";
import {
  activePortalMembers,
  clientLocale,
  endPortalInvitation,
  pendingPortalInvitations,
  preparePortalInvitation,
  writePortalInvitation,
} from "./portalInvitations";

const NO_CLIENT_EMAIL =
  "Add the client's email first: the portal invitation is sent to the contact email.";

/**
 * Send (or Resend) Portal Invitation from the client profile: a fresh
 * single-use link to the client's contact email. An earlier pending agency
 * invitation (or one to the same address) is replaced, so its link dies.
 * Invitation, token, email and the client's portal state change together.
 */
export const sendPortalInvitation = serve(sendPortalInvitationCallable, async (input, staff) => {
  const { clientId } = input;
  const clientRef = refs.client(staff.agencyId, clientId);
  const client = (await clientRef.get()).data();
  if (!client) throw new HttpsError("not-found", "This client no longer exists.");
  const email = client.email ?? "";
  if (!email) throw new HttpsError("failed-precondition", NO_CLIENT_EMAIL);
  // The answer is the same whoever uses the address: only its owner hears why it can't join.
  const addressCanJoin = canJoinPortal(await addressUse(email, staff.agencyId, clientId));

  const [invitation, sender] = await Promise.all([
    preparePortalInvitation({
      agencyId: staff.agencyId,
      clientId,
      clientName: client.name,
      locale: clientLocale(client.language),
      email,
      inviter: { kind: "agency", uid: staff.uid, name: staff.displayName },
      addressCanJoin,
    }),
    agencyMailSender(staff.agencyId),
  ]);

  await db.runTransaction(async (tx) => {
    const current = (await tx.get(clientRef)).data();
    const pending = await pendingPortalInvitations(tx, staff.agencyId, clientId);
    const active = await activePortalMembers(tx, staff.agencyId, clientId);
    if (!current) throw new HttpsError("not-found", "This client no longer exists.");
    if (current.email !== email) {
      throw new HttpsError(
        "aborted",
        "The client's email changed while sending. Check it and send again.",
      );
    }
    if (active.some((member) => member.data().email === email)) {
      throw new HttpsError(
        "failed-precondition",
        "This address already has portal access. They can sign in to the portal.",
      );
    }
    const resent = pending.some((earlier) => earlier.data().email === email);
    await chargeMail(tx, {
      sender,
      recipients: [email],
      resend: resent
        ? { stream: "portal-invitation", cooldownMs: invitationResendCooldownMs(), clientId }
        : undefined,
    });
    // Teammates invited by the client keep their own pending links.
    for (const earlier of pending) {
      const { invitedBy, email: earlierEmail } = earlier.data();
      if (invitedBy.kind === "agency" || earlierEmail === email) {
        endPortalInvitation(tx, earlier, "replaced");
      }
    }
    writePortalInvitation(tx, invitation);
    const previous = current.portal;
    tx.update(clientRef, {
      portal: {
        // Someone already uses the portal: inviting one more person keeps it active.
        status: active.length > 0 ? "active" : "invited",
        expiresAt: invitation.expiresAt,
        invitedEmail: email,
        invitedAt: FieldValue.serverTimestamp(),
        activatedAt: previous?.activatedAt ?? null,
        revokedAt: previous?.revokedAt ?? null,
        cancelledEmail: null,
      },
    });
  });
  return {
    invitationId: invitation.ref.id,
    email,
    expiresAt: invitation.expiresAt.toISOString(),
  };
});
