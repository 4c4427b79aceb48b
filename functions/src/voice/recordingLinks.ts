import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { isDocId } from "@portico/domain/ids";
import { vaultSecret } from "../connectors/tokenVault";

/**
 * Short-lived links to one call's recording, for an <audio> element (which
 * cannot send an ID token). The link names the call and the person it was made
 * for, expires after RECORDING_LINK_MINUTES, and is signed with a key derived
 * from the token vault's secret, so no new secret has to be set.
 */
export const RECORDING_LINK_MINUTES = 15;

export interface RecordingLink {
  agencyId: string;
  clientId: string;
  callId: string;
  uid: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

function signingKey(): Buffer {
  return createHash("sha256").update(`recording-links\u0000${vaultSecret()}`).digest();
}

function signature(payload: string): Buffer {
  return createHmac("sha256", signingKey()).update(payload).digest();
}

export function signRecordingLink(link: RecordingLink): string {
  const payload = [link.agencyId, link.clientId, link.callId, link.uid, link.expiresAt].join(".");
  return `${payload}.${signature(payload).toString("base64url")}`;
}

/** The link's contents when its signature holds and it has not expired; otherwise null. */
export function readRecordingLink(token: string, now = Date.now()): RecordingLink | null {
  const parts = token.split(".");
  if (parts.length !== 6) return null;
  const [agencyId = "", clientId = "", callId = "", uid = "", expires = "", given = ""] = parts;
  if (![agencyId, clientId, callId, uid].every(isDocId) || !/^\d{1,15}$/.test(expires)) return null;
  const expected = signature(parts.slice(0, 5).join("."));
  const provided = Buffer.from(given, "base64url");
  if (provided.length !== expected.length || !timingSafeEqual(provided, expected)) return null;
  const expiresAt = Number(expires);
  if (expiresAt < now) return null;
  return { agencyId, clientId, callId, uid, expiresAt };
}
