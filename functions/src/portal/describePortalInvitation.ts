import type { PortalInvitationSummary } from "@portico/domain/portal";
import { portalTokenInputSchema } from "@portico/domain/portal";
import { db } from "../admin";
import { callable, parseInput } from "../callable";
import { LINK_LIMITS, limitAnonymousCall } from "../rateLimit";
import { readBranding } from "../settings/agencySettings";
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
 * cancelled or unknown link gets the same answer, with no details.
 */
export const describePortalInvitation = callable(async (request) => {
  const { token } = parseInput(portalTokenInputSchema, request.data);
  await limitAnonymousCall(request, LINK_LIMITS, token);
  const record = await readToken(token, "portal");
  if (record?.state !== "valid") return INVALID;
  const invitationRef = db.doc(record.subjectPath);
  const clientRef = invitationRef.parent.parent;
  if (!clientRef) return INVALID;
  const [invitation, client] = await Promise.all([invitationRef.get(), clientRef.get()]);
  if (invitation.get("status") !== "pending" || !client.exists) return INVALID;
  if (!issuedTo(record, invitation.get("email"))) return INVALID;

  const branding = await readBranding(record.agencyId);
  const summary: PortalInvitationSummary = {
    state: "valid",
    agencyName: branding.displayName,
    clientName: client.get("name") as string,
    clientCompany: (client.get("company") as string | undefined) ?? "",
    email: invitation.get("email") as string,
    locale: clientLocale(client.get("language")),
    branding,
    inviterName: invitation.get("invitedBy.name") as string,
    inviterKind: invitation.get("invitedBy.kind") === "portal" ? "portal" : "agency",
    expiresAt: record.expiresAt.toISOString(),
  };
  return summary;
});
