import type { Branding } from "@portico/domain/branding";
import type { Locale } from "@portico/domain/i18n/locales";
import { translator } from "@portico/domain/i18n/translator";
import type { MailMessage } from "@portico/domain/mail";
import { Link } from "@react-email/components";
import { BrandedLayout, Paragraph } from "./branded-layout";
import { brandFooter, renderMessage } from "./render";

export interface PortalWelcomeProps {
  branding: Branding;
  /** The client's language. */
  locale: Locale;
  /** The client's company (or its name when it has none). */
  company: string;
  /** The new portal user's name and sign-in address. */
  name: string;
  email: string;
  /** The agency's portal address (/portal/a/<agencyId>), to bookmark. */
  portalUrl: string;
}

/**
 * Sent once after someone joins a client portal: where to sign in later (the
 * agency's own portal address, spelled out to bookmark) and with which address.
 */
export function portalWelcomeEmail(props: PortalWelcomeProps): Promise<MailMessage> {
  const t = translator(props.locale);
  const values = {
    agency: props.branding.displayName,
    company: props.company,
    name: props.name,
    email: props.email,
  };
  return renderMessage(
    t("portalMore.welcomeEmail.subject", values),
    <BrandedLayout
      branding={props.branding}
      lang={props.locale}
      preview={t("portalMore.welcomeEmail.preview", values)}
      heading={t("portalMore.welcomeEmail.heading", values)}
      action={{ label: t("portalMore.welcomeEmail.button"), url: props.portalUrl }}
      notes={[]}
      footer={brandFooter(t, props.branding)}
    >
      <Paragraph>{t("portalMore.welcomeEmail.body", values)}</Paragraph>
      <Paragraph>{t("portalMore.welcomeEmail.address")}</Paragraph>
      <Paragraph>
        <Link href={props.portalUrl} style={{ color: props.branding.accentColor }}>
          {props.portalUrl}
        </Link>
      </Paragraph>
    </BrandedLayout>,
    props.branding,
  );
}
