import { describeTeamInvitationCallable as contract } from "@portico/domain/callables/team";
import { auth, db } from "../admin";
import { converters } from "../documents";
import { LINK_LIMITS, limitAnonymousCall } from "../rateLimit";
import { serve } from "../serve";
import { readBranding } from "../settings/agencySettings";
import { issuedTo, readToken } from "../tokens/invitationTokens";

/**
 * What the join page shows. Reads only: opening a link (or a mail scanner
 * fetching it) changes nothing. Every unusable link gets the same answer.
 */
export const describeTeamInvitation = serve(contract, async ({ token }, _, request) => {
  await limitAnonymousCall(request, LINK_LIMITS, token);
  const record = await readToken(token, "team");
  if (record?.state !== "valid") return { valid: false as const };
  const invitation = (
    await db.doc(record.subjectPath).withConverter(converters.invitation).get()
  ).data();
  if (invitation?.status !== "pending" || !issuedTo(record, invitation.email)) {
    return { valid: false as const };
  }

  const { email } = invitation;
  const [branding, account] = await Promise.all([
    readBranding(record.agencyId),
    auth.getUserByEmail(email).catch(() => null),
  ]);
  return {
    valid: true as const,
    agencyName: branding.displayName,
    branding,
    email,
    role: invitation.role,
    inviterName: invitation.invitedBy.name,
    accountExists: account !== null,
    expiresAt: record.expiresAt.toISOString(),
  };
});
