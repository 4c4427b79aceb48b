import { paths } from "@portico/domain/paths";
import {
  type AcceptPortalInvitationResult,
  acceptPortalInvitationInputSchema,
  PORTAL_LINK_NO_LONGER_VALID,
} from "@portico/domain/portal";
import type { UserRecord } from "firebase-admin/auth";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { auth, db } from "../admin";
import { callable, parseInput } from "../callable";
import { ACCEPT_LIMITS, limitAnonymousCall } from "../rateLimit";
import { markTokenUsed, readToken } from "../tokens/invitationTokens";
import { addressUse, portalClaims, refusalFor, touchPortalSession } from "./portalAccounts";

const noLongerValid = () => new HttpsError("failed-precondition", PORTAL_LINK_NO_LONGER_VALID);
const alreadyActive = () =>
  new HttpsError(
    "failed-precondition",
    "This address already has access to this portal. Sign in instead.",
  );

/**
 * Creates the portal account from an invitation link: the Auth user for the
 * invited address (or, for a revoked or removed user of this same client, that
 * user re-enabled with the new password), with claims {agencyId, clientId,
 * role: "portal"} and an active portal member document. The token, the
 * invitation, the member and the client's portal state change in one
 * transaction that re-checks everything, so a link works exactly once; the
 * account stays disabled until that transaction has committed.
 */
export const acceptPortalInvitation = callable(
  async (request): Promise<AcceptPortalInvitationResult> => {
    const input = parseInput(acceptPortalInvitationInputSchema, request.data);
    await limitAnonymousCall(request, ACCEPT_LIMITS, input.token);
    const record = await readToken(input.token, "portal");
    if (record?.state !== "valid") throw noLongerValid();
    const invitationRef = db.doc(record.subjectPath);
    const clientRef = invitationRef.parent.parent;
    if (!clientRef) throw noLongerValid();
    const invitation = await invitationRef.get();
    if (invitation.get("status") !== "pending") throw noLongerValid();
    const agencyId = record.agencyId;
    const clientId = clientRef.id;
    const email = invitation.get("email") as string;

    const use = await addressUse(email, agencyId, clientId);
    const refusal = refusalFor(use);
    if (refusal) throw new HttpsError("failed-precondition", refusal);

    let user: UserRecord;
    let createdAccount = false;
    if (use.kind === "thisPortal") {
      const member = await db.doc(paths.portalMember(agencyId, clientId, use.user.uid)).get();
      if (member.get("status") === "active") throw alreadyActive();
      // Still disabled (revoked or removed): the new password takes effect once re-enabled below.
      user = await auth.updateUser(use.user.uid, {
        password: input.password,
        displayName: input.displayName,
        disabled: true,
      });
    } else {
      try {
        // Opening the link proved control of the address.
        user = await auth.createUser({
          email,
          password: input.password,
          displayName: input.displayName,
          emailVerified: true,
          disabled: true,
        });
      } catch (error) {
        if ((error as { code?: string }).code === "auth/email-already-exists") {
          throw new HttpsError(
            "failed-precondition",
            "An account for this address was just created. Open the link again.",
          );
        }
        throw error;
      }
      createdAccount = true;
    }

    try {
      await auth.setCustomUserClaims(user.uid, portalClaims(agencyId, clientId));
      await db.runTransaction(async (tx) => {
        const fresh = await readToken(input.token, "portal", tx);
        const current = await tx.get(invitationRef);
        const client = await tx.get(clientRef);
        const memberRef = db.doc(paths.portalMember(agencyId, clientId, user.uid));
        const member = await tx.get(memberRef);
        if (fresh?.state !== "valid" || current.get("status") !== "pending" || !client.exists) {
          throw noLongerValid();
        }
        if (member.get("status") === "active") throw alreadyActive();

        markTokenUsed(tx, fresh.tokenHash);
        tx.update(invitationRef, {
          status: "accepted",
          acceptedAt: FieldValue.serverTimestamp(),
          acceptedBy: user.uid,
        });
        tx.set(memberRef, {
          uid: user.uid,
          email,
          displayName: input.displayName,
          status: "active",
          invitedBy: current.get("invitedBy"),
          joinedAt: FieldValue.serverTimestamp(),
          updatedAt: FieldValue.serverTimestamp(),
        });
        const previous = client.get("portal") as Record<string, unknown> | null | undefined;
        tx.update(clientRef, {
          portal: {
            status: "active",
            expiresAt: null,
            invitedEmail: previous?.invitedEmail ?? email,
            invitedAt: previous?.invitedAt ?? null,
            activatedAt: FieldValue.serverTimestamp(),
            revokedAt: previous?.revokedAt ?? null,
          },
        });
        touchPortalSession(tx, user.uid, agencyId, clientId);
      });
    } catch (error) {
      if (createdAccount) await auth.deleteUser(user.uid);
      throw error;
    }

    await auth.updateUser(user.uid, { disabled: false });
    return { email };
  },
);
