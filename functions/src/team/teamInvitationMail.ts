import type { AgencyRole } from "@portico/domain/roles";
import { APP_URL } from "../config";
import type { OutgoingMail } from "../mail/queueMail";
import { readBranding, readGeneralSettings } from "../settings/agencySettings";

/**
 * Renders a team invitation in the agency's language and branding. Done before
 * the transaction that queues it, so the transaction stays short.
 */
export async function renderTeamInvitationMail(options: {
  agencyId: string;
  invitationPath: string;
  email: string;
  role: AgencyRole;
  inviterName: string;
  token: string;
  expiresAt: Date;
}): Promise<OutgoingMail> {
  const [branding, settings, { teamInvitationEmail }] = await Promise.all([
    readBranding(options.agencyId),
    readGeneralSettings(options.agencyId),
    import("@portico/emails/team-invitation"),
  ]);
  const message = await teamInvitationEmail({
    branding,
    locale: settings.defaultLocale,
    inviterName: options.inviterName,
    role: options.role,
    acceptUrl: `${APP_URL.value()}/join/${options.token}`,
    expiresAt: options.expiresAt,
  });
  return {
    to: options.email,
    message,
    agencyId: options.agencyId,
    relatedPath: options.invitationPath,
    template: "team-invitation",
  };
}
