import type { Branding } from "@portico/domain/branding";
import type { MailMessage } from "@portico/domain/mail";
import { render } from "@react-email/components";
import type { TFunction } from "i18next";
import type { ReactElement } from "react";

/**
 * HTML and plain-text parts from one template, so both always say the same;
 * with the agency's branding, the sender's name and the Reply-To are the agency's.
 */
export async function renderMessage(
  subject: string,
  element: ReactElement,
  branding?: Pick<Branding, "displayName" | "replyTo">,
): Promise<MailMessage> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return {
    subject,
    html,
    text,
    ...(branding ? { fromName: branding.displayName } : {}),
    ...(branding?.replyTo ? { replyTo: branding.replyTo } : {}),
  };
}

/** The small print: "Sent by <agency> with Portico.", or without Portico when the agency turns it off. */
export function brandFooter(
  t: TFunction,
  branding: Pick<Branding, "displayName" | "showPoweredBy">,
): string {
  const key = branding.showPoweredBy === false ? "email.footerPlain" : "email.footer";
  return t(key, { agency: branding.displayName });
}
