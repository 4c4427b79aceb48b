import { createHmac, timingSafeEqual } from "node:crypto";
import { Webhook, WebhookVerificationError } from "standardwebhooks";

/**
 * Signature checks for the platforms that post calls and bookings to
 * Portico, each in that platform's own scheme (see the voice platforms notes in
 * the docs). Every check runs over the raw body bytes, compares in constant
 * time, accepts any of the connection's current secrets (a rotated secret
 * keeps working during its overlap), and refuses stale timestamps where the
 * platform sends one.
 */
type SignatureRefusal = "missing-signature" | "bad-signature" | "stale-timestamp";
export type SignatureCheck = { ok: true } | { ok: false; reason: SignatureRefusal };

/** How far a signed timestamp may be from now, either way (Retell's window). */
export const SIGNATURE_TOLERANCE_MS = 5 * 60 * 1000;

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | null {
  const value = headers[name.toLowerCase()];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() ? first.trim() : null;
}

function hmacHex(secret: string, ...parts: (string | Buffer)[]): Buffer {
  const hmac = createHmac("sha256", secret);
  for (const part of parts) hmac.update(part);
  return hmac.digest();
}

/** Constant-time comparison of a hex signature from a header with the expected digest. */
function sameDigest(expected: Buffer, givenHex: string): boolean {
  if (!/^[0-9a-f]+$/i.test(givenHex) || givenHex.length !== expected.length * 2) return false;
  return timingSafeEqual(expected, Buffer.from(givenHex, "hex"));
}

/** Seconds or milliseconds since the epoch, whichever the platform sent. */
function epochMs(value: string): number | null {
  if (!/^\d{1,16}$/.test(value)) return null;
  const number = Number(value);
  return number > 1e12 ? number : number * 1000;
}

function fresh(timestampMs: number | null, now: number): boolean {
  return timestampMs !== null && Math.abs(now - timestampMs) <= SIGNATURE_TOLERANCE_MS;
}

function anySecret(
  secrets: readonly string[],
  matches: (secret: string) => boolean,
): SignatureCheck {
  return secrets.some(matches) ? { ok: true } : { ok: false, reason: "bad-signature" };
}

/** `x-retell-signature: v=<ms>,d=<hex HMAC-SHA256(apiKey, body + ms)>`. */
export function checkRetellSignature(
  rawBody: Buffer,
  headers: Headers,
  apiKeys: readonly string[],
  now = Date.now(),
): SignatureCheck {
  const value = header(headers, "x-retell-signature");
  const match = value?.match(/^v=(\d+),d=([0-9a-fA-F]+)$/);
  if (!match) return { ok: false, reason: "missing-signature" };
  const [, timestamp = "", digest = ""] = match;
  if (!fresh(epochMs(timestamp), now)) return { ok: false, reason: "stale-timestamp" };
  return anySecret(apiKeys, (key) => sameDigest(hmacHex(key, rawBody, timestamp), digest));
}

/**
 * Vapi's HMAC credential as Portico's set-up text configures it: signature
 * header `x-signature`, timestamp header `x-timestamp`, payload
 * `{timestamp}.{body}`, SHA-256, hex.
 */
export function checkVapiSignature(
  rawBody: Buffer,
  headers: Headers,
  secrets: readonly string[],
  now = Date.now(),
): SignatureCheck {
  const digest = header(headers, "x-signature")?.replace(/^sha256=/, "");
  const timestamp = header(headers, "x-timestamp");
  if (!digest || !timestamp) return { ok: false, reason: "missing-signature" };
  if (!fresh(epochMs(timestamp), now)) return { ok: false, reason: "stale-timestamp" };
  return anySecret(secrets, (secret) =>
    sameDigest(hmacHex(secret, `${timestamp}.`, rawBody), digest),
  );
}

/**
 * Cal.com: `X-Cal-Signature-256` = hex HMAC of the body. Cal.com sends no
 * timestamp, so replays are caught by the booking's own idempotency instead.
 */
export function checkCalcomSignature(
  rawBody: Buffer,
  headers: Headers,
  secrets: readonly string[],
): SignatureCheck {
  const digest = header(headers, "x-cal-signature-256");
  // Without a secret Cal.com sends "no-secret-provided": that is no signature.
  if (!digest || !/^[0-9a-fA-F]+$/.test(digest)) return { ok: false, reason: "missing-signature" };
  return anySecret(secrets, (secret) => sameDigest(hmacHex(secret, rawBody), digest));
}

/** Calendly: `Calendly-Webhook-Signature: t=<unix>,v1=<hex HMAC(key, "t." + body)>`. */
export function checkCalendlySignature(
  rawBody: Buffer,
  headers: Headers,
  signingKeys: readonly string[],
  now = Date.now(),
): SignatureCheck {
  const value = header(headers, "calendly-webhook-signature");
  const parts = Object.fromEntries(
    (value ?? "").split(",").map((part) => {
      const [key = "", ...rest] = part.split("=");
      return [key.trim(), rest.join("=").trim()];
    }),
  );
  const timestamp = parts.t;
  const digest = parts.v1;
  if (!timestamp || !digest) return { ok: false, reason: "missing-signature" };
  if (!fresh(epochMs(timestamp), now)) return { ok: false, reason: "stale-timestamp" };
  return anySecret(signingKeys, (key) =>
    sameDigest(hmacHex(key, `${timestamp}.`, rawBody), digest),
  );
}

/**
 * Portico's own format, Standard Webhooks: `webhook-id`, `webhook-timestamp`,
 * `webhook-signature` over `{id}.{timestamp}.{body}` with a `whsec_` secret,
 * checked by the maintained standardwebhooks package (5-minute tolerance).
 */
export function checkStandardSignature(
  rawBody: Buffer,
  headers: Headers,
  secrets: readonly string[],
): SignatureCheck {
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signature = header(headers, "webhook-signature");
  if (!id || !timestamp || !signature) return { ok: false, reason: "missing-signature" };
  const given = {
    "webhook-id": id,
    "webhook-timestamp": timestamp,
    "webhook-signature": signature,
  };
  let stale = false;
  for (const secret of secrets) {
    try {
      new Webhook(secret).verify(rawBody, given);
      return { ok: true };
    } catch (error) {
      if (error instanceof WebhookVerificationError && /timestamp/i.test(error.message))
        stale = true;
    }
  }
  return { ok: false, reason: stale ? "stale-timestamp" : "bad-signature" };
}

/** Signs like the platforms do, for tests, the demo platform and the simulator. */
export const signAs = {
  retell(rawBody: string, apiKey: string, at = Date.now()) {
    const digest = createHmac("sha256", apiKey).update(rawBody).update(String(at)).digest("hex");
    return { "x-retell-signature": `v=${at},d=${digest}` };
  },
  vapi(rawBody: string, secret: string, at = Date.now()) {
    const digest = createHmac("sha256", secret).update(`${at}.`).update(rawBody).digest("hex");
    return { "x-signature": digest, "x-timestamp": String(at) };
  },
  calcom(rawBody: string, secret: string) {
    return { "x-cal-signature-256": createHmac("sha256", secret).update(rawBody).digest("hex") };
  },
  portico(rawBody: string, secret: string, id: string, at = Date.now()) {
    return {
      "webhook-id": id,
      "webhook-timestamp": String(Math.floor(at / 1000)),
      "webhook-signature": new Webhook(secret).sign(id, new Date(at), rawBody),
    };
  },
  calendly(rawBody: string, signingKey: string, at = Date.now()) {
    const seconds = Math.floor(at / 1000);
    const digest = createHmac("sha256", signingKey)
      .update(`${seconds}.`)
      .update(rawBody)
      .digest("hex");
    return { "calendly-webhook-signature": `t=${seconds},v1=${digest}` };
  },
};
