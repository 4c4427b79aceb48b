import type { Branding } from "@portico/domain/branding";
import { formatLongDate } from "@portico/domain/format";
import type { Locale } from "@portico/domain/i18n/locales";
import { translator } from "@portico/domain/i18n/translator";
import type { MailMessage } from "@portico/domain/mail";
import type { AgencyRole } from "@portico/domain/roles";
import { BrandedLayout, Paragraph } from "./branded-layout";
import { brandFooter, renderMessage } from "./render";

export interface TeamInvitationProps {
  branding: Branding;
  locale: Locale;
  inviterName: string;
  role: AgencyRole;
  acceptUrl: string;
  expiresAt: Date;
}

/** A teammate's invitation to an agency workspace. */
export function teamInvitationEmail(props: TeamInvitationProps): Promise<MailMessage> {
  const t = translator(props.locale);
  const values = {
    inviter: props.inviterName,
    agency: props.branding.displayName,
    role: t(`roles.${props.role}`),
  };
  return renderMessage(
    t("email.teamInvitation.subject", values),
    <BrandedLayout
      branding={props.branding}
      lang={props.locale}
      preview={t("email.teamInvitation.preview", values)}
      heading={t("email.teamInvitation.heading", values)}
      action={{ label: t("email.teamInvitation.button"), url: props.acceptUrl }}
      linkFallback={t("email.linkFallback")}
      notes={[
        t("email.expires", { date: formatLongDate(props.expiresAt, props.locale) }),
        t("email.ignore"),
      ]}
      footer={brandFooter(t, props.branding)}
    >
      <Paragraph>{t("email.teamInvitation.body", values)}</Paragraph>
    </BrandedLayout>,
    props.branding,
  );
}
