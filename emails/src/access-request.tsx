import type { Branding } from "@portico/domain/branding";
import type { Locale } from "@portico/domain/i18n/locales";
import { translator } from "@portico/domain/i18n/translator";
import type { MailMessage } from "@portico/domain/mail";
import { Text } from "@react-email/components";
import { BrandedLayout, Paragraph } from "./branded-layout";
import { brandFooter, renderMessage } from "./render";

export interface AccessRequestProps {
  branding: Branding;
  locale: Locale;
  clientName: string;
  /** Service names, e.g. "Google Ads". */
  services: string[];
  intakeForm: boolean;
  inviteUrl: string;
  /** A first request, a reminder, or an update after the agency edited the invite. */
  variant?: "request" | "reminder" | "update";
}

const SUBJECTS = {
  request: "email.accessRequest.subject",
  reminder: "email.accessRequest.reminderSubject",
  update: "email.accessRequest.updateSubject",
} as const;

/** The invite email a client (and CC recipients) receive, in the client's language. */
export function accessRequestEmail(props: AccessRequestProps): Promise<MailMessage> {
  const t = translator(props.locale);
  const values = { agency: props.branding.displayName, client: props.clientName };
  const variant = props.variant ?? "request";
  return renderMessage(
    t(SUBJECTS[variant], values),
    <BrandedLayout
      branding={props.branding}
      lang={props.locale}
      preview={t("email.accessRequest.preview", values)}
      heading={t("email.accessRequest.heading", values)}
      action={{ label: t("email.accessRequest.button"), url: props.inviteUrl }}
      linkFallback={t("email.linkFallback")}
      notes={[t("email.ignore")]}
      footer={brandFooter(t, props.branding)}
    >
      {variant === "reminder" && <Paragraph>{t("email.accessRequest.reminder", values)}</Paragraph>}
      {variant === "update" && <Paragraph>{t("email.accessRequest.update", values)}</Paragraph>}
      <Paragraph>{t("email.accessRequest.body", values)}</Paragraph>
      {props.services.map((service) => (
        <Text key={service} style={{ fontSize: "15px", margin: "4px 0", color: "#1f2937" }}>
          • {service}
        </Text>
      ))}
      {props.intakeForm && <Paragraph>{t("email.accessRequest.intake")}</Paragraph>}
    </BrandedLayout>,
    props.branding,
  );
}
