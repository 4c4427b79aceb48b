import type { Branding } from "@portico/domain/branding";
import type { Locale } from "@portico/domain/i18n/locales";
import { translator } from "@portico/domain/i18n/translator";
import type { MailMessage } from "@portico/domain/mail";
import { BrandedLayout, Paragraph } from "./branded-layout";
import { brandFooter, renderMessage } from "./render";

export interface PortalAddressUnavailableProps {
  branding: Branding;
  locale: Locale;
  clientName: string;
  /** Who asked: the agency, or the portal user who invited a teammate. */
  inviterName: string;
}

/**
 * Sent instead of a portal invitation (or a sign-in change) to an address
 * that cannot join the portal. The one who asked gets the same answer as for
 * any address, so only the address's owner learns why, and what to do.
 */
export function portalAddressUnavailableEmail(
  props: PortalAddressUnavailableProps,
): Promise<MailMessage> {
  const t = translator(props.locale);
  const values = {
    agency: props.branding.displayName,
    client: props.clientName,
    inviter: props.inviterName,
  };
  return renderMessage(
    t("email.portalAddressUnavailable.subject", values),
    <BrandedLayout
      branding={props.branding}
      lang={props.locale}
      preview={t("email.portalAddressUnavailable.preview", values)}
      heading={t("email.portalAddressUnavailable.heading", values)}
      notes={[t("email.ignore")]}
      footer={brandFooter(t, props.branding)}
    >
      <Paragraph>{t("email.portalAddressUnavailable.body", values)}</Paragraph>
    </BrandedLayout>,
    props.branding,
  );
}
