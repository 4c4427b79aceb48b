import type { Branding } from "@portico/domain/branding";
import type { Locale } from "@portico/domain/i18n/locales";
import { translator } from "@portico/domain/i18n/translator";
import type { MailMessage } from "@portico/domain/mail";
import { BrandedLayout, Paragraph } from "./branded-layout";
import { brandFooter, renderMessage } from "./render";

export interface PasswordResetProps {
  /** The agency's branding for a portal user; Portico's own for agency staff. */
  branding: Branding;
  locale: Locale;
  /** What the account signs in to: "Portico", or the agency's portal. */
  product: string;
  email: string;
  /** Portico's own reset page, carrying the one-time code Firebase Auth issued. */
  resetUrl: string;
}

/** Sent when someone asks to reset the password of an existing account. */
export function passwordResetEmail(props: PasswordResetProps): Promise<MailMessage> {
  const t = translator(props.locale);
  const values = { product: props.product, email: props.email };
  return renderMessage(
    t("email.passwordReset.subject", values),
    <BrandedLayout
      branding={props.branding}
      lang={props.locale}
      preview={t("email.passwordReset.preview", values)}
      heading={t("email.passwordReset.heading", values)}
      action={{ label: t("email.passwordReset.button"), url: props.resetUrl }}
      linkFallback={t("email.linkFallback")}
      notes={[t("email.passwordReset.expires"), t("email.ignore")]}
      footer={brandFooter(t, props.branding)}
    >
      <Paragraph>{t("email.passwordReset.body", values)}</Paragraph>
    </BrandedLayout>,
    props.branding,
  );
}
