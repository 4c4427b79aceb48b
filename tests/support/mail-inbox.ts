/**
 * The local SMTP capture of the test profile (scripts/lib/mail-capture.ts):
 * what Portico's outbox actually delivered, as a mail client received it.
 * One capture serves the whole emulated run (scripts/test.ts starts it).
 */
import { appUrl, mailCapturePorts } from "../../scripts/lib/emulators";
import type { CapturedMail } from "../../scripts/lib/mail-capture";

export type { CapturedMail };

const inbox = () => `http://127.0.0.1:${mailCapturePorts("test").http}`;

/** Every mail delivered to `address` (as To or Cc), oldest first. */
export async function mailsTo(address: string): Promise<CapturedMail[]> {
  const response = await fetch(`${inbox()}/api/messages?to=${encodeURIComponent(address)}`);
  return (await response.json()) as CapturedMail[];
}

/**
 * Stops or restarts the capture's SMTP listener. Only for tests that run alone
 * (the `integration:smtp-outage` project in vitest.config.ts): every other
 * file's mail would fail while it is down.
 */
export async function setSmtpListening(listening: boolean): Promise<void> {
  await fetch(`${inbox()}/api/smtp/${listening ? "up" : "down"}`, { method: "POST" });
}

/**
 * The functions' mail settings for running outbox code in this process, as the
 * emulated functions have them (scripts/lib/emulators.ts writes theirs).
 */
export function useCaptureForInProcessMail(): void {
  Object.assign(process.env, {
    SMTP_URL: `smtp://127.0.0.1:${mailCapturePorts("test").smtp}`,
    SMTP_PASSWORD: "",
    MAIL_FROM: "Portico <no-reply@portico.test>",
    MAIL_RETRY_BASE_SECONDS: "1",
    // Links in the mail lead to the test profile's app.
    APP_URL: appUrl("test"),
  });
}
