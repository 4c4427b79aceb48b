import { timingSafeEqual } from "node:crypto";
import { type ApiScope, LAST_USED_RESOLUTION_MS, parseApiKey } from "@portico/domain/api/keys";
import { Timestamp } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import { db } from "../admin";
import { refs } from "../documents";
import type { Actor } from "../staff";
import { ApiError } from "./apiHttp";
import { apiKeyHash } from "./apiKeys";

/** Who a request comes from: an active key of one agency, with its scopes. */
export interface ApiCaller {
  keyId: string;
  agencyId: string;
  scopes: readonly ApiScope[];
  /** What the shared logic records as the author (activity feed, createdBy). */
  actor: Actor;
}

/**
 * Checks `Authorization: Bearer ptk_…` with one read of the key's server-only
 * document (the key names it). A missing, malformed, unknown or revoked key
 * and a wrong secret all get the same 401, so nothing tells them apart.
 */
export async function authenticate(header: string | undefined, now = Date.now()) {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  const parsed = match?.[1] ? parseApiKey(match[1]) : null;
  if (!match?.[1] || !parsed) throw new ApiError("unauthorized");
  const stored = (await refs.apiKeySecret(parsed.keyId).get()).data();
  if (stored?.status !== "active") throw new ApiError("unauthorized");
  const sent = Buffer.from(apiKeyHash(match[1]), "hex");
  const kept = Buffer.from(stored.hash, "hex");
  if (sent.length !== kept.length || !timingSafeEqual(sent, kept)) {
    throw new ApiError("unauthorized");
  }
  const lastUsed = stored.lastUsedAt?.toMillis() ?? 0;
  if (now - lastUsed >= LAST_USED_RESOLUTION_MS) {
    await touchLastUsed(stored.agencyId, parsed.keyId, now);
  }
  const caller: ApiCaller = {
    keyId: parsed.keyId,
    agencyId: stored.agencyId,
    scopes: stored.scopes,
    actor: {
      uid: `apiKey:${parsed.keyId}`,
      agencyId: stored.agencyId,
      displayName: `API key “${stored.name}”`,
    },
  };
  return caller;
}

/** At most once a minute per key: a busy key must not become a write hot spot. */
async function touchLastUsed(agencyId: string, keyId: string, now: number) {
  const at = Timestamp.fromMillis(now);
  const batch = db.batch();
  batch.update(refs.apiKeySecret(keyId), { lastUsedAt: at });
  batch.update(refs.apiKey(agencyId, keyId), { lastUsedAt: at });
  try {
    await batch.commit();
  } catch (error) {
    // The request still goes on: last used is for people, not for access.
    logger.warn("API key last used not recorded", { keyId, error });
  }
}

export function requireScope(caller: ApiCaller, scope: ApiScope): void {
  if (!caller.scopes.includes(scope)) {
    throw new ApiError(
      "missing_scope",
      `This API key does not have the ${scope} scope. An owner or admin can make a key with it under Settings -> API.`,
    );
  }
}
