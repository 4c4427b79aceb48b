import { randomUUID } from "node:crypto";
import { acceptPortalInvitationCallable as contract } from "@portico/domain/callables/portal";
import { PORTAL_LINK_NO_LONGER_VALID } from "@portico/domain/portal";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { auth, db } from "../admin";
import { converters, refs } from "../documents";
import { ACCEPT_LIMITS, limitAnonymousCall } from "../rateLimit";
import { serve } from "../serve";
import {
  claimToken,
  holdsClaim,
  isClaimable,
  issuedTo,
  markTokenUsed,
  readToken,
  releaseClaim,
} from "../tokens/invitationTokens";
import { preparePortalAccount } from "./portalAccountSetup";
import {
  addressUse,
  canJoinPortal,
  isAnotherClientsContact,
  PORTAL_ADDRESS_UNAVAILABLE,
  touchPortalSession,
} from "./portalAccounts";

const noLongerValid = () => new HttpsError("failed-precondition", PORTAL_LINK_NO_LONGER_VALID);
const alreadyActive = () =>
  new HttpsError(
    "failed-precondition",
    "This address already has access to this portal. Sign in instead.",
  );

/**
 * Creates the portal account from an invitation link: the Auth user for the
 * invited address (or, for a revoked or removed user of this same client, or
 * an unverified account without any role, that user with the new password),
 * with claims {agencyId, clientId, role: "portal"} and an active portal member
 * document.
 *
 * The link is claimed in a transaction before Auth is touched, so of many
 * concurrent requests only one changes the account; the token, the
 * invitation, the member and the client's portal state then change in one
 * transaction that re-checks the claim, so a link works exactly once. The
 * account stays disabled until that transaction has committed.
 */
export const acceptPortalInvitation = serve(contract, async (input, _, request) => {
  await limitAnonymousCall(request, ACCEPT_LIMITS, input.token);
  const record = await readToken(input.token, "portal");
  if (!record || !isClaimable(record)) throw noLongerValid();
  const invitationRef = db.doc(record.subjectPath).withConverter(converters.portalInvitation);
  const clientRef = invitationRef.parent.parent?.withConverter(converters.client);
  if (!clientRef) throw noLongerValid();
  const invitation = (await invitationRef.get()).data();
  if (invitation?.status !== "pending") throw noLongerValid();
  const { email } = invitation;
  if (!issuedTo(record, email)) throw noLongerValid();
  const agencyId = record.agencyId;
  const clientId = clientRef.id;

  const [use, anotherClients] = await Promise.all([
    addressUse(email, agencyId, clientId),
    isAnotherClientsContact(agencyId, clientId, email),
  ]);
  if (!canJoinPortal(use) || anotherClients) {
    throw new HttpsError("failed-precondition", PORTAL_ADDRESS_UNAVAILABLE);
  }
  if (use.kind === "thisPortal") {
    const member = (await refs.portalMember(agencyId, clientId, use.user.uid).get()).data();
    if (member?.status === "active") throw alreadyActive();
  }

  const claimId = randomUUID();
  if (!(await claimToken(record, claimId))) throw noLongerValid();

  let account: Awaited<ReturnType<typeof preparePortalAccount>>;
  try {
    account = await preparePortalAccount(use, {
      email,
      password: input.password,
      displayName: input.displayName,
      agencyId,
      clientId,
    });
  } catch (error) {
    await releaseClaim(input.token, "portal", claimId);
    throw error;
  }
  const uid = account.uid;

  try {
    await db.runTransaction(async (tx) => {
      const fresh = await readToken(input.token, "portal", tx);
      const current = (await tx.get(invitationRef)).data();
      const client = (await tx.get(clientRef)).data();
      const memberRef = refs.portalMember(agencyId, clientId, uid);
      const member = (await tx.get(memberRef)).data();
      if (!holdsClaim(fresh, claimId) || current?.status !== "pending" || !client) {
        throw noLongerValid();
      }
      if (!issuedTo(fresh, current.email)) throw noLongerValid();
      if (member?.status === "active") throw alreadyActive();

      markTokenUsed(tx, fresh.tokenHash);
      tx.update(invitationRef, {
        status: "accepted",
        acceptedAt: FieldValue.serverTimestamp(),
        acceptedBy: uid,
      });
      tx.set(memberRef, {
        uid,
        email,
        displayName: input.displayName,
        status: "active",
        invitedBy: current.invitedBy,
        joinedAt: FieldValue.serverTimestamp(),
        updatedAt: FieldValue.serverTimestamp(),
      });
      const previous = client.portal;
      tx.update(clientRef, {
        portal: {
          status: "active",
          expiresAt: null,
          invitedEmail: previous?.invitedEmail ?? email,
          invitedAt: previous?.invitedAt ?? null,
          activatedAt: FieldValue.serverTimestamp(),
          revokedAt: previous?.revokedAt ?? null,
          cancelledEmail: null,
        },
      });
      touchPortalSession(tx, uid, agencyId, clientId);
    });
  } catch (error) {
    if (account.created) await auth.deleteUser(uid);
    await releaseClaim(input.token, "portal", claimId);
    throw error;
  }

  // Opening the link proved control of the address.
  await auth.updateUser(uid, { disabled: false, emailVerified: true });
  return { email };
});
