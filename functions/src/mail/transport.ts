import nodemailer, { type Transporter } from "nodemailer";
import { SMTP_PASSWORD, SMTP_URL } from "../config";

let transporter: Transporter | null = null;

/** One SMTP transport per instance, created on first use from SMTP_URL + SMTP_PASSWORD. */
export function mailTransport(): Transporter {
  if (!transporter) {
    const url = new URL(SMTP_URL.value());
    const secure = url.protocol === "smtps:";
    const user = decodeURIComponent(url.username);
    const pass = SMTP_PASSWORD.value() || decodeURIComponent(url.password);
    transporter = nodemailer.createTransport({
      host: url.hostname,
      port: Number(url.port || (secure ? 465 : 587)),
      secure,
      auth: user ? { user, pass } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }
  return transporter;
}
