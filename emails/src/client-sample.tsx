import type { Branding } from "@portico/domain/branding";
import type { Locale } from "@portico/domain/i18n/locales";
import { translator } from "@portico/domain/i18n/translator";
import type { MailMessage } from "@portico/domain/mail";
import { BrandedLayout, Paragraph } from "./branded-layout";
import { brandFooter, renderMessage } from "./render";

/**
 * What a client's email looks like with the agency's branding; the branding
 * settings preview it. The client-facing templates share the same layout.
 */
export function clientSampleEmail(
  branding: Branding,
  locale: Locale,
  clientName: string,
): Promise<MailMessage> {
  const t = translator(locale);
  const values = { agency: branding.displayName, client: clientName };
  return renderMessage(
    t("email.sample.subject", values),
    <BrandedLayout
      branding={branding}
      lang={locale}
      preview={t("email.sample.preview", values)}
      heading={t("email.sample.heading", values)}
      action={{ label: t("email.sample.button"), url: "https://portico.example/i/preview" }}
      linkFallback={t("email.linkFallback")}
      notes={[t("email.ignore")]}
      footer={brandFooter(t, branding)}
    >
      <Paragraph>{t("email.sample.body", values)}</Paragraph>
    </BrandedLayout>,
    branding,
  );
}
