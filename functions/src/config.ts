import { defineBoolean, defineInt, defineSecret, defineString } from "firebase-functions/params";

/**
 * Configuration, read once here. Locally the emulator launcher writes
 * `functions/.env.<demo project>`; in production set them in
 * `functions/.env.<project>` and the secret with `firebase functions:secrets:set`.
 */
export const SMTP_URL = defineString("SMTP_URL", {
  description: "SMTP server without the password, e.g. smtps://postmaster@mail.example.com:465",
});
export const SMTP_PASSWORD = defineSecret("SMTP_PASSWORD");
export const MAIL_FROM = defineString("MAIL_FROM", {
  default: "Portico <no-reply@portico.example>",
  description: "Sender of every email",
});
export const APP_URL = defineString("APP_URL", {
  description: "Public URL of the web app, used in links in emails",
});
export const MAIL_RETRY_BASE_SECONDS = defineInt("MAIL_RETRY_BASE_SECONDS", {
  default: 30,
  description: "First retry delay after a failed delivery; doubles each attempt",
});

export const AGENT_SYNC_RETRY_BASE_SECONDS = defineInt("AGENT_SYNC_RETRY_BASE_SECONDS", {
  default: 30,
  description:
    "First retry delay after a failed push of FAQs and settings to the agent; doubles each attempt",
});

/** Lets the favicon fetcher reach loopback and private hosts: local tests only, never production. */
export const FAVICON_ALLOW_PRIVATE_HOSTS = defineBoolean("FAVICON_ALLOW_PRIVATE_HOSTS", {
  default: false,
  description: "Allow fetching favicons from private addresses (local testing only)",
});

/**
 * Outgoing webhooks: the first retry delay (quadruples each attempt, see
 * domain/src/webhooks/deliveries.ts), and whether endpoints on
 * http://127.0.0.1 are allowed. The latter only counts inside the emulator,
 * where tests run a local receiver; everything else must be public https.
 */
export const WEBHOOK_RETRY_BASE_SECONDS = defineInt("WEBHOOK_RETRY_BASE_SECONDS", {
  default: 30,
  description: "First retry delay after a failed webhook delivery; quadruples each attempt",
});
export const WEBHOOKS_ALLOW_LOOPBACK = defineBoolean("WEBHOOKS_ALLOW_LOOPBACK", {
  default: false,
  description: "Allow webhook endpoints on http://127.0.0.1 (emulator only; ignored elsewhere)",
});

/**
 * Key that derives each invite's link from its id, so the link can be copied
 * again later while only its hash is stored. Set it in production with
 * `firebase functions:secrets:set INVITE_LINK_KEY`.
 */
export const INVITE_LINK_KEY = defineSecret("INVITE_LINK_KEY");

/**
 * Key that encrypts retained platform tokens (AES-256-GCM). Set it in
 * production with `firebase functions:secrets:set TOKEN_VAULT_KEY`.
 */
export const TOKEN_VAULT_KEY = defineSecret("TOKEN_VAULT_KEY");

/**
 * The sandbox connector plays every platform's sign-in locally (emulators and
 * the demo). Never on in production: real providers take over there.
 */
export const SANDBOX_CONNECTORS = defineBoolean("SANDBOX_CONNECTORS", {
  default: false,
  description: "Use the local sandbox connector for every sign-in service (local only)",
});
export const SANDBOX_CONSENT_URL = defineString("SANDBOX_CONSENT_URL", {
  default: "",
  description: "URL of the sandboxProvider function (local only)",
});

/**
 * Calendly's API, where Portico creates webhook subscriptions. Tests point it
 * at a local fake that speaks Calendly's format.
 */
export const CALENDLY_API_URL = defineString("CALENDLY_API_URL", {
  default: "https://api.calendly.com",
  description: "Base URL of Calendly's API (a local fake in tests)",
});

/**
 * Proxies in front of the functions that append to X-Forwarded-For: the client
 * address used for rate limits is this many entries from the right (1: the one
 * Google's front end appends). Set TRUSTED_PROXY_HOPS in functions/.env.<project>
 * when another proxy sits in front. A plain variable, not a param: it has a
 * safe default and the emulator would otherwise ask for it.
 */
export function trustedProxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1);
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
}

/**
 * The voice platforms' APIs, asked for a fresh recording URL when one has
 * expired. Plain variables with the real hosts as defaults; the local
 * profiles point them at the demo voice platform (scripts/lib/emulators.ts).
 */
export function voicePlatformApis(): { retell: string; vapi: string } {
  return {
    retell: process.env.RETELL_API_URL || "https://api.retellai.com",
    vapi: process.env.VAPI_API_URL || "https://api.vapi.ai",
  };
}

/** True inside the Functions emulator (local work and tests). */
export function isEmulator(): boolean {
  return process.env.FUNCTIONS_EMULATOR === "true";
}
