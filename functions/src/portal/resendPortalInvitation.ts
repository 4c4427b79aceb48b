import { resendPortalInvitationCallable as contract } from "@portico/domain/callables/portal";
import { invitationResendCooldownMs } from "@portico/domain/mail-quota";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { refs } from "../documents";
import { agencyMailSender, chargeMail } from "../mail/mailQuota";
import { serve } from "../serve";
import { addressUse, canJoinPortal, isAnotherClientsContact } from "./portalAccounts";
import {
  activePortalMembers,
  clientLocale,
  endPortalInvitation,
  preparePortalInvitation,
  writePortalInvitation,
} from "./portalInvitations";
import { portalTeamRefusal } from "./portalRefusals";

/**
 * Portal Settings -> Team -> Resend: a fresh link (and a fresh lifetime) to a
 * pending teammate invitation's address, from the caller; the earlier link
 * stops working. A re-send: the per-address cooldown and the caller's and the
 * agency's daily quotas apply.
 */
export const resendPortalInvitation = serve(contract, async ({ invitationId }, caller) => {
  const { agencyId, clientId } = caller;
  const ref = refs.portalInvitation(agencyId, clientId, invitationId);
  const [current, client] = await Promise.all([
    ref.get().then((snapshot) => snapshot.data()),
    refs
      .client(agencyId, clientId)
      .get()
      .then((snapshot) => snapshot.data()),
  ]);
  if (current?.status !== "pending" || current.invitedBy.kind !== "portal") {
    throw portalTeamRefusal("notPending");
  }
  if (!client) throw new HttpsError("not-found", "This portal no longer exists.");
  const { email } = current;
  // As when inviting: the caller can't tell an address that can't join from a free one.
  const [use, anotherClients] = await Promise.all([
    addressUse(email, agencyId, clientId),
    isAnotherClientsContact(agencyId, clientId, email),
  ]);
  const [invitation, agencySender] = await Promise.all([
    preparePortalInvitation({
      agencyId,
      clientId,
      clientName: client.name,
      locale: clientLocale(client.language),
      email,
      inviter: { kind: "portal", uid: caller.uid, name: caller.displayName },
      addressCanJoin: canJoinPortal(use) && !anotherClients,
    }),
    agencyMailSender(agencyId),
  ]);

  await db.runTransaction(async (tx) => {
    const earlier = await tx.get(ref);
    const active = await activePortalMembers(tx, agencyId, clientId);
    if (!active.some((member) => member.id === caller.uid)) {
      throw new HttpsError("permission-denied", "You no longer have access to this portal.");
    }
    if (earlier.data()?.status !== "pending") throw portalTeamRefusal("notPending");
    await chargeMail(tx, {
      sender: { ...agencySender, portalUserUid: caller.uid },
      recipients: [email],
      resend: { stream: "portal-invitation", cooldownMs: invitationResendCooldownMs(), clientId },
    });
    endPortalInvitation(tx, earlier, "replaced");
    writePortalInvitation(tx, invitation);
  });
  return { invitationId: invitation.ref.id, email };
});
