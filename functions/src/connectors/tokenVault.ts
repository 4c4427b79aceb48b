import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { HttpsError } from "firebase-functions/v2/https";
import { TOKEN_VAULT_KEY } from "../config";
import type { ConnectorTokens } from "./connector";

/**
 * The emulator cannot read secrets of demo projects; a fixed key is fine there
 * only (the demo seed seals the demo connections' secrets with it too).
 */
export const EMULATOR_VAULT_KEY = "portico-local-token-vault-key";

/** The vault's secret (a fixed one on the emulator only); other keys derive from it too. */
export function vaultSecret(): string {
  const secret =
    TOKEN_VAULT_KEY.value() ||
    (process.env.FUNCTIONS_EMULATOR === "true" ? EMULATOR_VAULT_KEY : undefined);
  if (!secret) {
    throw new HttpsError(
      "failed-precondition",
      "Token retention is not configured (TOKEN_VAULT_KEY).",
    );
  }
  return secret;
}

function vaultKey(): Buffer {
  // Any secret string becomes a 256-bit key.
  return createHash("sha256").update(vaultSecret()).digest();
}

/**
 * Encrypts with AES-256-GCM. `context` (the record's id) is authenticated
 * data, so a ciphertext copied onto another record does not decrypt.
 */
export function sealSecret(plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", vaultKey(), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [
    "v1",
    iv.toString("base64url"),
    tag.toString("base64url"),
    body.toString("base64url"),
  ].join(".");
}

export function openSecret(sealed: string, context: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined)
    throw new Error("Unknown sealed format");
  const decipher = createDecipheriv("aes-256-gcm", vaultKey(), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(body, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}

/** A connector's tokens, sealed as one secret. */
export function sealTokens(tokens: ConnectorTokens, context: string): string {
  return sealSecret(JSON.stringify(tokens), context);
}

export function openTokens(sealed: string, context: string): ConnectorTokens {
  const parsed = JSON.parse(openSecret(sealed, context)) as Omit<ConnectorTokens, "expiresAt"> & {
    expiresAt: string | null;
  };
  return { ...parsed, expiresAt: parsed.expiresAt ? new Date(parsed.expiresAt) : null };
}
