import {
  type AgentConnectionDoc,
  CONNECTION_PLATFORM_INFO,
  type ConnectionPlatform,
  SECRET_OVERLAP_HOURS,
  type WebhookEndpointDoc,
} from "@portico/domain/voice/connections";
import { sealSecret } from "../connectors/tokenVault";
import type { Staff } from "../staff";

interface SealedSecret {
  sealed: string;
  expiresAt: Date | null;
}

/**
 * A connection's secrets after a rotation: the new one, and the ones that
 * still verify until the overlap ends (at most two, so rotating again and
 * again does not keep old secrets alive). The connection shows the overlap's
 * end (`previousSecretExpiresAt`).
 */
export function rotatedSecrets(
  secrets: SealedSecret[],
  newSealed: string,
  now: Date,
): { secrets: SealedSecret[]; overlapEnds: Date } {
  const overlapEnds = new Date(now.getTime() + SECRET_OVERLAP_HOURS * 60 * 60 * 1000);
  const kept = secrets
    .filter((known) => known.expiresAt === null || known.expiresAt > now)
    .map((known) => ({ sealed: known.sealed, expiresAt: known.expiresAt ?? overlapEnds }))
    .slice(-2);
  return { secrets: [...kept, { sealed: newSealed, expiresAt: null }], overlapEnds };
}

/**
 * A new connection's two documents: what staff read (`agentConnections/{id}`)
 * and what the webhook checks (`webhookEndpoints/{id}`, with the secret sealed).
 */
export function newConnectionDocs(
  staff: Staff,
  clientId: string,
  connectionId: string,
  setup: { platform: ConnectionPlatform; label: string; agentIds: string[]; secret: string },
): { connection: AgentConnectionDoc; endpoint: WebhookEndpointDoc } {
  const now = new Date();
  const { platform, agentIds, secret } = setup;
  return {
    connection: {
      platform,
      label: setup.label || CONNECTION_PLATFORM_INFO[platform].name,
      status: "active",
      agentIds,
      secretHint: secret.slice(-4),
      secretSetAt: now,
      previousSecretExpiresAt: null,
      createdAt: now,
      createdBy: { uid: staff.uid, name: staff.displayName },
      lastEventAt: null,
      lastEventType: null,
      lastRefusalAt: null,
    },
    endpoint: {
      agencyId: staff.agencyId,
      clientId,
      platform,
      status: "active",
      agentIds,
      secrets: [{ sealed: sealSecret(secret, connectionId), expiresAt: null }],
    },
  };
}
