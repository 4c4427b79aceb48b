import { getService, isServiceId } from "@portico/domain/catalogue/services";
import type { Locale } from "@portico/domain/i18n/locales";
import type { OutgoingMail } from "../mail/queueMail";
import { readBranding } from "../settings/agencySettings";
import { inviteUrl } from "./inviteLink";

/** Renders the invite email in the client's language, for the client and CC recipients. */
export async function renderAccessRequestMail(options: {
  agencyId: string;
  invitePath: string;
  /** The invite's live link version (inviteLinkVersion). */
  linkVersion: number;
  to: string;
  cc: string[];
  clientName: string;
  locale: Locale;
  serviceIds: string[];
  intakeForm: boolean;
  variant: "request" | "reminder" | "update";
}): Promise<OutgoingMail> {
  const [branding, { accessRequestEmail }] = await Promise.all([
    readBranding(options.agencyId),
    import("@portico/emails/access-request"),
  ]);
  const message = await accessRequestEmail({
    branding,
    locale: options.locale,
    clientName: options.clientName,
    services: options.serviceIds.filter(isServiceId).map((id) => getService(id).name),
    intakeForm: options.intakeForm,
    inviteUrl: inviteUrl(options.invitePath, options.linkVersion),
    variant: options.variant,
  });
  return {
    to: options.to,
    cc: options.cc,
    message,
    agencyId: options.agencyId,
    relatedPath: options.invitePath,
    template: `invite-${options.variant}`,
  };
}
