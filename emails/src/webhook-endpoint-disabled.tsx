import { defaultBranding } from "@portico/domain/branding";
import type { Locale } from "@portico/domain/i18n/locales";
import { translator } from "@portico/domain/i18n/translator";
import type { MailMessage } from "@portico/domain/mail";
import { BrandedLayout, Paragraph } from "./branded-layout";
import { brandFooter, renderMessage } from "./render";

/** Portico's own mail to the agency: "Sent by Portico." */
const PORTICO = { ...defaultBranding("Portico"), showPoweredBy: false };

/** To each owner: an outgoing webhook endpoint was turned off (410 Gone, or kept failing). */
export function webhookEndpointDisabledEmail(props: {
  locale: Locale;
  agencyName: string;
  url: string;
  reason: "gone" | "failing";
  failedEvents: number;
  settingsUrl: string;
}): Promise<MailMessage> {
  const t = translator(props.locale);
  const values = { agency: props.agencyName, url: props.url, count: props.failedEvents };
  return renderMessage(
    t("webhooks.disabledEmail.subject", values),
    <BrandedLayout
      branding={PORTICO}
      lang={props.locale}
      preview={t("webhooks.disabledEmail.preview", values)}
      heading={t("webhooks.disabledEmail.heading", values)}
      action={{ label: t("webhooks.disabledEmail.button"), url: props.settingsUrl }}
      linkFallback={t("email.linkFallback")}
      notes={[]}
      footer={brandFooter(t, PORTICO)}
    >
      <Paragraph>{t(`webhooks.disabledEmail.${props.reason}`, values)}</Paragraph>
      <Paragraph>{t("webhooks.disabledEmail.body", values)}</Paragraph>
    </BrandedLayout>,
    PORTICO,
  );
}
