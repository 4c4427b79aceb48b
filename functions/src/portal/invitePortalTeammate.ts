import { invitePortalTeammateCallable } from "@portico/domain/callables/portal";
import { invitationResendCooldownMs } from "@portico/domain/mail-quota";
import { db } from "../admin";
import { refs } from "../documents";
import { agencyMailSender, assertPendingTeammateRoom, chargeMail } from "../mail/mailQuota";
import { serve } from "../serve";
import { addressUse, canJoinPortal, isAnotherClientsContact } from "./portalAccounts";
import {
  activePortalMembers,
  clientLocale,
  pendingPortalInvitations,
  preparePortalInvitation,
  writePortalInvitation,
} from "./portalInvitations";
import { portalRefusal } from "./portalRefusal";
import { portalTeamRefusal } from "./portalRefusals";

/**
 * Portal Settings -> Team -> Invite: a portal user invites a teammate of their
 * own company. The client comes from the caller's claims (the input has only
 * the email). An address with a pending invitation is refused (Resend gives
 * it a fresh link); inviting an address again later is a re-send. Addresses
 * of staff, of another client of the agency or of any other account can't
 * join, but the caller can't tell them from a free one.
 */
export const invitePortalTeammate = serve(invitePortalTeammateCallable, async (input, caller) => {
  const { email } = input;
  const { agencyId, clientId } = caller;
  const clientRef = refs.client(agencyId, clientId);
  const client = (await clientRef.get()).data();
  if (!client) throw portalRefusal("not-found", "portalGone");
  // Whoever uses the address (staff, another client, any account), the caller
  // gets the same answer; only the address's owner hears why it can't join.
  const [use, anotherClients] = await Promise.all([
    addressUse(email, agencyId, clientId),
    isAnotherClientsContact(agencyId, clientId, email),
  ]);
  const addressCanJoin = canJoinPortal(use) && !anotherClients;

  const [invitation, agencySender] = await Promise.all([
    preparePortalInvitation({
      agencyId,
      clientId,
      clientName: client.name,
      locale: clientLocale(client.language),
      email,
      inviter: { kind: "portal", uid: caller.uid, name: caller.displayName },
      addressCanJoin,
    }),
    agencyMailSender(agencyId),
  ]);
  const sender = { ...agencySender, portalUserUid: caller.uid };

  await db.runTransaction(async (tx) => {
    const active = await activePortalMembers(tx, agencyId, clientId);
    const pending = await pendingPortalInvitations(tx, agencyId, clientId);
    const earlier = await tx.get(
      refs.portalInvitations(agencyId, clientId).where("email", "==", email).limit(1),
    );
    if (!active.some((member) => member.id === caller.uid)) {
      throw portalRefusal("permission-denied", "accessEnded");
    }
    if (active.some((member) => member.data().email === email)) {
      throw portalRefusal("invalid-argument", "alreadyMember", "email");
    }
    // As on the agency's team page: a pending address is resent, never silently replaced.
    if (pending.some((invitation) => invitation.data().email === email)) {
      throw portalTeamRefusal("pendingAlready");
    }
    assertPendingTeammateRoom(pending, email);
    // Inviting an address again (after a cancelled, expired or revoked one) is a re-send.
    await chargeMail(tx, {
      sender,
      recipients: [email],
      resend: earlier.empty
        ? undefined
        : { stream: "portal-invitation", cooldownMs: invitationResendCooldownMs(), clientId },
    });
    writePortalInvitation(tx, invitation);
  });
  return { invitationId: invitation.ref.id, email };
});
