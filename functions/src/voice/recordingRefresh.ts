import type { ConnectionPlatform, WebhookEndpointDoc } from "@portico/domain/voice/connections";
import { logger } from "firebase-functions";
import { voicePlatformApis } from "../config";
import { openSecret } from "../connectors/tokenVault";

/**
 * Platform recording URLs expire (Retell's signed URLs after 24 h, Vapi's
 * presigned ones at `presignedUrlsExpiresAt`). With the platform's API key,
 * the platform gives a fresh one for the call:
 * - Retell `GET /v2/get-call/{call_id}` -> `recording_url`
 * - Vapi `GET /call/{id}` -> `artifact.recordingUrl`
 * both with `Authorization: Bearer <API key>`.
 */

/** Answers of a recording URL that mean it expired or was withdrawn. */
export const EXPIRED_RECORDING_STATUSES = new Set([403, 404, 410]);

const REFRESH_TIMEOUT_MS = 8000;

/** The connection's API key for the platform, when Portico has one. */
export function platformApiKey(endpoint: WebhookEndpointDoc, connectionId: string): string | null {
  if (endpoint.platform === "retell") {
    // Retell signs webhooks with an API key: the current one is the API key.
    const current = endpoint.secrets.find((secret) => secret.expiresAt === null);
    return current ? openSecret(current.sealed, connectionId) : null;
  }
  if (endpoint.platform === "vapi" && endpoint.platformApiKey) {
    return openSecret(endpoint.platformApiKey, connectionId);
  }
  return null;
}

function recordingUrlOf(platform: ConnectionPlatform, body: unknown): string | null {
  if (typeof body !== "object" || body === null) return null;
  const record = body as {
    recording_url?: unknown;
    artifact?: { recordingUrl?: unknown };
    recordingUrl?: unknown;
  };
  const url =
    platform === "retell"
      ? record.recording_url
      : (record.artifact?.recordingUrl ?? record.recordingUrl);
  return typeof url === "string" && /^https?:\/\//.test(url) ? url : null;
}

/**
 * A fresh recording URL from the platform's API, or null when the platform has
 * none for the call (or could not be asked). The API's host is configured,
 * never taken from a webhook, and redirects are not followed (the key would go along).
 */
export async function freshRecordingUrl(
  platform: ConnectionPlatform,
  platformCallId: string,
  apiKey: string,
): Promise<string | null> {
  const apis = voicePlatformApis();
  const id = encodeURIComponent(platformCallId);
  const url =
    platform === "retell"
      ? `${apis.retell}/v2/get-call/${id}`
      : platform === "vapi"
        ? `${apis.vapi}/call/${id}`
        : null;
  if (!url) return null;
  try {
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${apiKey}`, accept: "application/json" },
      redirect: "error",
      signal: AbortSignal.timeout(REFRESH_TIMEOUT_MS),
    });
    if (!response.ok) {
      logger.warn("Recording refresh refused by the platform", {
        platform,
        status: response.status,
      });
      return null;
    }
    return recordingUrlOf(platform, await response.json());
  } catch (error) {
    logger.warn("Recording refresh failed", { platform, error: String(error) });
    return null;
  }
}
