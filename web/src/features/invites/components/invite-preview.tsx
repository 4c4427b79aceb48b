import type { Branding } from "@portico/domain/branding";
import type { Locale } from "@portico/domain/i18n/locales";
import { accessRequestEmail } from "@portico/emails/access-request";
import { useEffect, useState } from "react";
import { EmailFrame } from "../../../components/email-frame";

interface InviteEmailPreviewProps {
  branding: Branding;
  locale: Locale;
  clientName: string;
  /** Service names, e.g. "Google Ads". */
  services: string[];
  intakeForm: boolean;
}

/**
 * The invite email through the same renderer the function uses, in the
 * client's language, inside a sandboxed frame (no scripts, no navigation).
 * The link is a stand-in: the real one is made when the invite is sent.
 */
export function InviteEmailPreview({
  branding,
  locale,
  clientName,
  services,
  intakeForm,
}: InviteEmailPreviewProps) {
  const [mail, setMail] = useState<{ subject: string; html: string } | null>(null);
  const servicesKey = services.join("\n");
  // biome-ignore lint/correctness/useExhaustiveDependencies: `servicesKey` stands for `services`.
  useEffect(() => {
    let current = true;
    void accessRequestEmail({
      branding,
      locale,
      clientName,
      services,
      intakeForm,
      inviteUrl: `${window.location.origin}/i/preview`,
    }).then((message) => {
      if (current) setMail({ subject: message.subject, html: message.html });
    });
    return () => {
      current = false;
    };
  }, [branding, locale, clientName, servicesKey, intakeForm]);

  return (
    <div className="stack-sm">
      <p className="invite-email-subject">
        <span className="muted">Subject: </span>
        <strong>{mail?.subject ?? "…"}</strong>
      </p>
      <EmailFrame title="Email preview" html={mail?.html ?? null} />
    </div>
  );
}
