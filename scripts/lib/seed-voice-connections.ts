/**
 * The demo client's agent connections, written the way `createAgentConnection`
 * stores them (the connection for staff, the server-only webhook endpoint with
 * the secret sealed by the token vault), with fixed ids and secrets so the
 * simulator can sign for them. Emulators only.
 */
import { paths } from "@portico/domain/paths";
import {
  type AgentConnectionDoc,
  CONNECTION_PLATFORM_INFO,
  type ConnectionPlatform,
  type WebhookEndpointDoc,
  webhookEndpointDocSchema,
} from "@portico/domain/voice/connections";
import { DEMO_USERS, DEMO_VOICE } from "./demo";
import { assertEmulators } from "./seed-clients";

/**
 * A demo connection's id: one per platform and client (webhook endpoints are
 * keyed by it, globally), letters and digits only like every id a URL carries.
 */
export function demoConnectionId(platform: ConnectionPlatform, clientId: string): string {
  return `demo${platform[0]?.toUpperCase()}${platform.slice(1)}${clientId}`;
}

/** The secret each demo connection signs with: Retell's API key, or a fixed "minted" one. */
function demoConnectionSecret(platform: ConnectionPlatform): string {
  if (platform === "retell") return DEMO_VOICE.retellKey;
  if (platform === "portico")
    return `whsec_${Buffer.from("portico-demo-voice-secret-0001").toString("base64")}`;
  return `psk_demo_${platform}_secret_0001`;
}

/**
 * Seals with the vault key the Functions emulator uses, so the endpoint's
 * secrets open there (TOKEN_VAULT_KEY is unset on the emulator).
 */
async function vault() {
  assertEmulators();
  const { EMULATOR_VAULT_KEY, openSecret, sealSecret } = await import(
    "../../functions/src/connectors/tokenVault"
  );
  process.env.TOKEN_VAULT_KEY ||= EMULATOR_VAULT_KEY;
  return { openSecret, sealSecret };
}

export interface DemoConnection {
  connectionId: string;
  platform: ConnectionPlatform;
  /** The secrets that verify now (the current one last). */
  secrets: string[];
}

/** The demo connection for a platform, created when missing. */
export async function ensureDemoConnection(
  agencyId: string,
  clientId: string,
  platform: ConnectionPlatform,
): Promise<DemoConnection> {
  const { db } = await import("../../functions/src/admin");
  const { sealSecret } = await vault();
  const connectionId = demoConnectionId(platform, clientId);
  const ref = db.doc(paths.agentConnection(agencyId, clientId, connectionId));
  const existing = await findDemoConnection(connectionId);
  if (existing) return existing;
  const secret = demoConnectionSecret(platform);
  const now = new Date();
  const connection: AgentConnectionDoc = {
    platform,
    label: `Demo ${CONNECTION_PLATFORM_INFO[platform].name}`,
    status: "active",
    agentIds: CONNECTION_PLATFORM_INFO[platform].kinds.includes("calls")
      ? [DEMO_VOICE.agentId]
      : [],
    secretHint: secret.slice(-4),
    secretSetAt: now,
    previousSecretExpiresAt: null,
    createdAt: now,
    createdBy: { uid: "seed", name: DEMO_USERS.owner.displayName },
    lastEventAt: null,
    lastEventType: null,
    lastRefusalAt: null,
  };
  const endpoint: WebhookEndpointDoc = {
    agencyId,
    clientId,
    platform,
    status: "active",
    agentIds: connection.agentIds,
    secrets: [{ sealed: sealSecret(secret, connectionId), expiresAt: null }],
  };
  const batch = db.batch();
  batch.set(ref, connection);
  batch.set(db.doc(paths.webhookEndpoint(connectionId)), endpoint);
  await batch.commit();
  return { connectionId, platform, secrets: [secret] };
}

/** A connection's platform and live secrets, opened with the vault; null when it does not exist. */
async function findDemoConnection(connectionId: string): Promise<DemoConnection | null> {
  const { db } = await import("../../functions/src/admin");
  const { openSecret } = await vault();
  const snapshot = await db.doc(paths.webhookEndpoint(connectionId)).get();
  if (!snapshot.exists) return null;
  const { storedData } = await import("../../functions/src/voice/storedData");
  const endpoint = storedData(webhookEndpointDocSchema, snapshot.data());
  const now = new Date();
  return {
    connectionId,
    platform: endpoint.platform,
    secrets: endpoint.secrets
      .filter((secret) => secret.expiresAt === null || secret.expiresAt > now)
      .map((secret) => openSecret(secret.sealed, connectionId)),
  };
}
