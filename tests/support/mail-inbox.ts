/**
 * The local SMTP capture of the test profile (scripts/lib/mail-capture.ts):
 * what Portico's outbox actually delivered, as a mail client received it.
 */
import { mailCapturePorts } from "../../scripts/lib/emulators";
import type { CapturedMail } from "../../scripts/lib/mail-capture";

export type { CapturedMail };

const inbox = () => `http://127.0.0.1:${mailCapturePorts("test").http}`;

/** Every mail delivered to `address`, oldest first. */
export async function mailsTo(address: string): Promise<CapturedMail[]> {
  const response = await fetch(`${inbox()}/api/messages?to=${encodeURIComponent(address)}`);
  return (await response.json()) as CapturedMail[];
}
