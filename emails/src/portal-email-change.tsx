import type { Branding } from "@portico/domain/branding";
import type { Locale } from "@portico/domain/i18n/locales";
import { translator } from "@portico/domain/i18n/translator";
import type { MailMessage } from "@portico/domain/mail";
import { BrandedLayout, Paragraph } from "./branded-layout";
import { brandFooter, renderMessage } from "./render";

export interface PortalEmailChangeProps {
  branding: Branding;
  locale: Locale;
  clientName: string;
  /** The portal user whose sign-in address changes. */
  name: string;
  oldEmail: string;
  /** Firebase Auth's verify-and-change link: the address changes only when it is opened. */
  confirmUrl: string;
}

/** Sent to the new contact address of a client whose portal account is active. */
export function portalEmailChangeEmail(props: PortalEmailChangeProps): Promise<MailMessage> {
  const t = translator(props.locale);
  const values = {
    agency: props.branding.displayName,
    client: props.clientName,
    name: props.name,
    oldEmail: props.oldEmail,
  };
  return renderMessage(
    t("email.portalEmailChange.subject", values),
    <BrandedLayout
      branding={props.branding}
      lang={props.locale}
      preview={t("email.portalEmailChange.preview", values)}
      heading={t("email.portalEmailChange.heading", values)}
      action={{ label: t("email.portalEmailChange.button"), url: props.confirmUrl }}
      linkFallback={t("email.linkFallback")}
      notes={[t("email.ignore")]}
      footer={brandFooter(t, props.branding)}
    >
      <Paragraph>{t("email.portalEmailChange.body", values)}</Paragraph>
    </BrandedLayout>,
    props.branding,
  );
}
