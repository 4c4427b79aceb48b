import type { Branding } from "@portico/domain/branding";
import type { Locale } from "@portico/domain/i18n/locales";
import { portalInvitationPreview } from "@portico/emails/portal-invitation";
import { useEffect, useState } from "react";
import { EmailFrame } from "../../../components/email-frame";

/**
 * The portal invitation exactly as the function renders it (same template,
 * the client's language, the agency's branding), in a sandboxed frame. Only
 * the link is a stand-in: the real one is made when the invitation is sent.
 */
export function PortalInvitationPreview({
  branding,
  locale,
  clientName,
  linkLifetimeDays,
}: {
  branding: Branding;
  locale: Locale;
  clientName: string;
  linkLifetimeDays: number;
}) {
  const [mail, setMail] = useState<{ subject: string; html: string } | null>(null);
  useEffect(() => {
    let current = true;
    void portalInvitationPreview({ branding, locale, clientName, linkLifetimeDays }).then(
      (message) => {
        if (current) setMail({ subject: message.subject, html: message.html });
      },
    );
    return () => {
      current = false;
    };
  }, [branding, locale, clientName, linkLifetimeDays]);

  return (
    <div className="stack-sm portal-invitation-preview">
      <p className="invite-email-subject">
        <span className="muted">Subject: </span>
        <strong>{mail?.subject ?? "…"}</strong>
      </p>
      <EmailFrame title="Invitation email preview" html={mail?.html ?? null} />
    </div>
  );
}
