import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { isDocId } from "@portico/domain/ids";
import { vaultSecret } from "../connectors/tokenVault";

/**
 * The weekly digest's one-click unsubscribe link names one portal user and is
 * signed with a key derived from the token vault's secret (no new secret to
 * set). It does not expire: an old digest's link keeps working, and all it
 * can do is turn that one user's digest off.
 */
export interface DigestRecipient {
  agencyId: string;
  clientId: string;
  uid: string;
}

function signature(payload: string): Buffer {
  const key = createHash("sha256").update(`digest-unsubscribe\u0000${vaultSecret()}`).digest();
  return createHmac("sha256", key).update(payload).digest();
}

export function signUnsubscribeToken(recipient: DigestRecipient): string {
  const payload = [recipient.agencyId, recipient.clientId, recipient.uid].join(".");
  return `${payload}.${signature(payload).toString("base64url")}`;
}

/** Whom the token names, when its signature holds; otherwise null. */
export function readUnsubscribeToken(token: string): DigestRecipient | null {
  const parts = token.split(".");
  if (parts.length !== 4) return null;
  const [agencyId = "", clientId = "", uid = "", given = ""] = parts;
  if (![agencyId, clientId, uid].every(isDocId)) return null;
  const expected = signature(parts.slice(0, 3).join("."));
  const provided = Buffer.from(given, "base64url");
  if (provided.length !== expected.length || !timingSafeEqual(provided, expected)) return null;
  return { agencyId, clientId, uid };
}
