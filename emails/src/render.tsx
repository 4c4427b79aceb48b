import type { MailMessage } from "@portico/domain/mail";
import { render } from "@react-email/components";
import type { ReactElement } from "react";

/** HTML and plain-text parts from one template, so both always say the same. */
export async function renderMessage(subject: string, element: ReactElement): Promise<MailMessage> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}
