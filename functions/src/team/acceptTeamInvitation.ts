import { randomUUID } from "node:crypto";
import { acceptTeamInvitationCallable as contract } from "@portico/domain/callables/team";
import { readPortalClaims } from "@portico/domain/claims";
import type { AgencyRole } from "@portico/domain/roles";
import type { UserRecord } from "firebase-admin/auth";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { auth, db } from "../admin";
import { writeMembership } from "../agency/addAgencyMember";
import { applyStaffClaims } from "../agency/staffClaims";
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

const LINK_NO_LONGER_VALID = "This link is no longer valid. Ask for a new invitation.";

/**
 * Joins the agency from an invitation link. New addresses get an account with
 * the chosen password; existing accounts must be signed in as the invited
 * address. The link is claimed before an account is made, so of concurrent
 * requests only one creates it (the others are told the link is no longer
 * valid); the token, the invitation and the membership then change in one
 * transaction that re-checks the claim, so a link works exactly once.
 */
export const acceptTeamInvitation = serve(contract, async (input, _, request) => {
  await limitAnonymousCall(request, ACCEPT_LIMITS, input.token);
  const noLongerValid = () => new HttpsError("failed-precondition", LINK_NO_LONGER_VALID);
  const record = await readToken(input.token, "team");
  if (!record || !isClaimable(record)) throw noLongerValid();
  const invitationRef = db.doc(record.subjectPath).withConverter(converters.invitation);
  const invitation = (await invitationRef.get()).data();
  if (invitation?.status !== "pending") throw noLongerValid();
  const { email } = invitation;
  if (!issuedTo(record, email)) throw noLongerValid();

  let user: UserRecord | null = null;
  let createdAccount = false;
  if (request.auth) {
    if ((request.auth.token.email ?? "").toLowerCase() !== email) {
      throw new HttpsError(
        "failed-precondition",
        `This invitation is for ${email}. Sign out, then open the link again.`,
      );
    }
    user = await auth.getUser(request.auth.uid);
    // A client's portal account stays one: staff claims would replace its portal claims.
    if (readPortalClaims(user.customClaims ?? {})) {
      throw new HttpsError(
        "failed-precondition",
        "This account is a client portal account. Ask to be invited at a different address.",
      );
    }
  } else {
    const existing = await auth.getUserByEmail(email).catch(() => null);
    if (existing) {
      throw new HttpsError(
        "failed-precondition",
        "You already have an account. Sign in to accept.",
        {
          reason: "sign-in-required",
        },
      );
    }
    const fields: Record<string, string> = {};
    if (!input.displayName) fields.displayName = "Enter your name.";
    if (!input.password) fields.password = "Choose a password.";
    if (Object.keys(fields).length > 0) {
      throw new HttpsError("invalid-argument", "Some fields need attention.", { fields });
    }
  }

  const claimId = randomUUID();
  if (!(await claimToken(record, claimId))) throw noLongerValid();

  if (!user) {
    try {
      // Opening the link proved control of the address.
      user = await auth.createUser({
        email,
        password: input.password,
        displayName: input.displayName,
        emailVerified: true,
      });
      createdAccount = true;
    } catch (error) {
      await releaseClaim(input.token, "team", claimId);
      if ((error as { code?: string }).code === "auth/email-already-exists") {
        throw new HttpsError(
          "failed-precondition",
          "You already have an account. Sign in to accept.",
          {
            reason: "sign-in-required",
          },
        );
      }
      throw error;
    }
  }
  const account = user;

  let role: AgencyRole;
  try {
    role = await db.runTransaction(async (tx) => {
      const fresh = await readToken(input.token, "team", tx);
      const current = (await tx.get(invitationRef)).data();
      const session = (await tx.get(refs.userSession(account.uid))).data();
      if (!holdsClaim(fresh, claimId) || current?.status !== "pending") {
        throw noLongerValid();
      }
      const otherAgency = session?.agencyId;
      if (otherAgency && otherAgency !== record.agencyId) {
        throw new HttpsError(
          "failed-precondition",
          "This account already belongs to another agency workspace. Ask to be invited at a different address.",
        );
      }
      const invitedRole = current.role;
      markTokenUsed(tx, fresh.tokenHash);
      tx.update(invitationRef, {
        status: "accepted",
        acceptedAt: FieldValue.serverTimestamp(),
        acceptedBy: account.uid,
      });
      writeMembership(
        tx,
        record.agencyId,
        { uid: account.uid, email, displayName: account.displayName ?? input.displayName ?? email },
        invitedRole,
      );
      return invitedRole;
    });
  } catch (error) {
    if (createdAccount) await auth.deleteUser(account.uid);
    await releaseClaim(input.token, "team", claimId);
    throw error;
  }

  await applyStaffClaims(account.uid, { agencyId: record.agencyId, role });
  return { agencyId: record.agencyId, email };
});
