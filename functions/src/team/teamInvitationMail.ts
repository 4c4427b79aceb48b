import type { AgencyRole } from "@portico/domain/roles";
import type { Transaction } from "firebase-admin/firestore";
import { APP_URL } from "../config";
import { queueMail } from "../mail/queueMail";
import { readBranding, readGeneralSettings } from "../settings/agencySettings";

/** Renders the invitation in the agency's language and queues it with the invitation's change. */
export async function queueTeamInvitationMail(
  tx: Transaction,
  options: {
    agencyId: string;
    invitationPath: string;
    email: string;
    role: AgencyRole;
    inviterName: string;
    token: string;
    expiresAt: Date;
  },
) {
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
  await queueMail(
    {
      to: options.email,
      message,
      agencyId: options.agencyId,
      relatedPath: options.invitationPath,
      template: "team-invitation",
    },
    { tx },
  );
}
