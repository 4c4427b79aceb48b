import { describePortalInvitationCallable as contract } from "@portico/domain/callables/portal";
import type { PortalInvitationSummary } from "@portico/domain/portal";
import { db } from "../admin";
import { converters } from "../documents";
import { LINK_LIMITS, limitAnonymousCall } from "../rateLimit";
import { serve } from "../serve";
import { readBranding, readGeneralSettings } from "../settings/agencySettings";
import { issuedTo, readToken } from "../tokens/invitationTokens";
import { clientLocale } from "./portalInvitations";

const INVALID: PortalInvitationSummary = {
  state: "invalid",
  agencyName: "",
  clientName: "",
  email: "",
  locale: "en",
};

/**
 * What the accept page (/portal/join/<token>) shows. Reads only: a mail
 * scanner opening the link changes nothing. A used, expired, replaced,
 * cancelled or unknown link gets the same answer, with no details about the
 * invitation; a link the server can place still carries the agency's look and
 * the client's language, so the page that says so is theirs.
 */
export const describePortalInvitation = serve(contract, async ({ token }, _, request) => {
  await limitAnonymousCall(request, LINK_LIMITS, token);
  const record = await readToken(token, "portal");
  if (!record) return INVALID;
  const invitationRef = db.doc(record.subjectPath).withConverter(converters.portalInvitation);
  const clientRef = invitationRef.parent.parent?.withConverter(converters.client);
  if (!clientRef) return INVALID;
  const [invitation, client, branding] = await Promise.all([
    invitationRef.get().then((snapshot) => snapshot.data()),
    clientRef.get().then((snapshot) => snapshot.data()),
    readBranding(record.agencyId),
  ]);
  const locale = client
    ? clientLocale(client.language)
    : (await readGeneralSettings(record.agencyId)).defaultLocale;
  const invalid: PortalInvitationSummary = {
    ...INVALID,
    agencyName: branding.displayName,
    locale,
    branding,
    agencyId: record.agencyId,
  };
  if (record.state !== "valid") return invalid;
  if (invitation?.status !== "pending" || !client) return invalid;
  if (!issuedTo(record, invitation.email)) return invalid;

  const summary: PortalInvitationSummary = {
    state: "valid",
    agencyName: branding.displayName,
    clientName: client.name,
    clientCompany: client.company ?? "",
    email: invitation.email,
    locale,
    branding,
    agencyId: record.agencyId,
    inviterName: invitation.invitedBy.name,
    inviterKind: invitation.invitedBy.kind === "portal" ? "portal" : "agency",
    expiresAt: record.expiresAt.toISOString(),
  };
  return summary;
});
