import type { Branding } from "@portico/domain/branding";
import { formatLongDate } from "@portico/domain/format";
import type { Locale } from "@portico/domain/i18n/locales";
import { translator } from "@portico/domain/i18n/translator";
import type { MailMessage } from "@portico/domain/mail";
import { addDays } from "@portico/domain/tokens";
import { BrandedLayout, Paragraph } from "./branded-layout";
import { brandFooter, renderMessage } from "./render";

export interface PortalInvitationProps {
  branding: Branding;
  /** The client's language. */
  locale: Locale;
  clientName: string;
  /** The agency inviting its client, or a portal user inviting a teammate. */
  inviter: { kind: "agency" | "portal"; name: string };
  acceptUrl: string;
  expiresAt: Date;
}

/** An invitation to create a client portal account, branded and in the client's language. */
export function portalInvitationEmail(props: PortalInvitationProps): Promise<MailMessage> {
  const t = translator(props.locale);
  const values = {
    agency: props.branding.displayName,
    client: props.clientName,
    inviter: props.inviter.name,
  };
  const teammate = props.inviter.kind === "portal";
  return renderMessage(
    t(
      teammate ? "email.portalInvitation.teammateSubject" : "email.portalInvitation.subject",
      values,
    ),
    <BrandedLayout
      branding={props.branding}
      lang={props.locale}
      preview={t("email.portalInvitation.preview", values)}
      heading={t(
        teammate ? "email.portalInvitation.teammateHeading" : "email.portalInvitation.heading",
        values,
      )}
      action={{ label: t("email.portalInvitation.button"), url: props.acceptUrl }}
      linkFallback={t("email.linkFallback")}
      notes={[
        t("email.expires", { date: formatLongDate(props.expiresAt, props.locale) }),
        t("email.ignore"),
      ]}
      footer={brandFooter(t, props.branding)}
    >
      <Paragraph>
        {t(
          teammate ? "email.portalInvitation.teammateBody" : "email.portalInvitation.body",
          values,
        )}
      </Paragraph>
    </BrandedLayout>,
    props.branding,
  );
}

/** Where the preview's button points: a link that never works, as in the branding preview. */
export const PORTAL_INVITATION_PREVIEW_URL = "https://portico.example/portal/join/preview";

/**
 * The agency's invitation exactly as sendPortalInvitation renders it, with a
 * placeholder link: the Send Portal Invitation dialog previews it.
 */
export function portalInvitationPreview(options: {
  branding: Branding;
  locale: Locale;
  clientName: string;
  /** The agency's portal link lifetime (general settings), for the expiry line. */
  linkLifetimeDays: number;
  now?: Date;
}): Promise<MailMessage> {
  return portalInvitationEmail({
    branding: options.branding,
    locale: options.locale,
    clientName: options.clientName,
    inviter: { kind: "agency", name: options.branding.displayName },
    acceptUrl: PORTAL_INVITATION_PREVIEW_URL,
    expiresAt: addDays(options.now ?? new Date(), options.linkLifetimeDays),
  });
}
