import { defaultBranding } from "@portico/domain/branding";
import type { Locale } from "@portico/domain/i18n/locales";
import { translator } from "@portico/domain/i18n/translator";
import type { MailMessage } from "@portico/domain/mail";
import { BrandedLayout, Paragraph } from "./branded-layout";
import { brandFooter, renderMessage } from "./render";

/** Portico's own mail: "Sent by Portico." */
const PORTICO = { ...defaultBranding("Portico"), showPoweredBy: false };

/** After sign-up: confirm the address (Portico's page, with Firebase Auth's one-time code). */
export function signUpConfirmEmail(props: {
  locale: Locale;
  name: string;
  agencyName: string;
  email: string;
  confirmUrl: string;
}): Promise<MailMessage> {
  const t = translator(props.locale);
  const values = { name: props.name, agency: props.agencyName, email: props.email };
  return renderMessage(
    t("email.signUpConfirm.subject", values),
    <BrandedLayout
      branding={PORTICO}
      lang={props.locale}
      preview={t("email.signUpConfirm.preview", values)}
      heading={t("email.signUpConfirm.heading", values)}
      action={{ label: t("email.signUpConfirm.button"), url: props.confirmUrl }}
      linkFallback={t("email.linkFallback")}
      notes={[t("email.signUpConfirm.expires")]}
      footer={brandFooter(t, PORTICO)}
    >
      <Paragraph>{t("email.signUpConfirm.body", values)}</Paragraph>
    </BrandedLayout>,
    PORTICO,
  );
}

/** A sign-up with an address that already has an account: the owner hears of it, the caller does not. */
export function signUpExistingEmail(props: {
  locale: Locale;
  email: string;
  signInUrl: string;
}): Promise<MailMessage> {
  const t = translator(props.locale);
  const values = { email: props.email };
  return renderMessage(
    t("email.signUpExisting.subject", values),
    <BrandedLayout
      branding={PORTICO}
      lang={props.locale}
      preview={t("email.signUpExisting.preview", values)}
      heading={t("email.signUpExisting.heading", values)}
      action={{ label: t("email.signUpExisting.button"), url: props.signInUrl }}
      linkFallback={t("email.linkFallback")}
      notes={[t("email.ignore")]}
      footer={brandFooter(t, PORTICO)}
    >
      <Paragraph>{t("email.signUpExisting.body", values)}</Paragraph>
    </BrandedLayout>,
    PORTICO,
  );
}
