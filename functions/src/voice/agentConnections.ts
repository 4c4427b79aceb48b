import { randomBytes } from "node:crypto";
import {
  createAgentConnectionCallable,
  rotateConnectionSecretCallable,
  setAgentConnectionStatusCallable,
} from "@portico/domain/callables/voice";
import { paths } from "@portico/domain/paths";
import { WEBHOOK_PATH_PREFIX } from "@portico/domain/voice/connection-inputs";
import {
  CONNECTION_PLATFORM_INFO,
  type ConnectionPlatform,
  webhookEndpointDocSchema,
} from "@portico/domain/voice/connections";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { TOKEN_VAULT_KEY } from "../config";
import { sealSecret } from "../connectors/tokenVault";
import { serve } from "../serve";
import type { Staff } from "../staff";
import { newConnectionDocs, rotatedSecrets } from "./connectionSecrets";
import { storedData } from "./storedData";

const secrets = [TOKEN_VAULT_KEY];

/**
 * A secret Portico mints for platforms that let you paste one (Vapi, Cal.com),
 * and a Standard Webhooks `whsec_` secret for Portico's own format.
 */
function mintSecret(platform: ConnectionPlatform): string {
  const bytes = randomBytes(32);
  return platform === "portico"
    ? `whsec_${bytes.toString("base64")}`
    : `psk_${bytes.toString("base64url")}`;
}

/** The secret that signs from now on: minted, or the platform's key the agency pasted. */
function nextSecret(platform: ConnectionPlatform, platformKey: string | undefined) {
  if (CONNECTION_PLATFORM_INFO[platform].secretSource === "platformKey") {
    if (!platformKey) {
      throw new HttpsError("invalid-argument", "Paste the platform's key.", {
        fields: { platformKey: "Paste the platform's key." },
      });
    }
    return { secret: platformKey, reveal: null };
  }
  const minted = mintSecret(platform);
  return { secret: minted, reveal: minted };
}

async function assertClient(staff: Staff, clientId: string) {
  const client = await db.doc(paths.client(staff.agencyId, clientId)).get();
  if (!client.exists) throw new HttpsError("not-found", "This client no longer exists.");
}

/**
 * Client profile -> Voice agent -> Connect: a webhook URL for the platform and
 * its signing secret. A minted secret is returned here once; only its sealed
 * form is stored (server-only), with its last characters on the connection.
 */
export const createAgentConnection = serve(
  createAgentConnectionCallable,
  { secrets },
  async (input, staff) => {
    await assertClient(staff, input.clientId);
    const ref = db.collection(paths.agentConnections(staff.agencyId, input.clientId)).doc();
    const { secret, reveal } = nextSecret(input.platform, input.platformKey);
    const { connection, endpoint } = newConnectionDocs(staff, input.clientId, ref.id, {
      ...input,
      secret,
    });
    const apiKey =
      input.platform === "vapi" && input.platformApiKey
        ? { platformApiKey: sealSecret(input.platformApiKey, ref.id) }
        : {};
    const batch = db.batch();
    batch.create(ref, connection);
    batch.create(db.doc(paths.webhookEndpoint(ref.id)), { ...endpoint, ...apiKey });
    await batch.commit();
    return { connectionId: ref.id, webhookPath: `${WEBHOOK_PATH_PREFIX}${ref.id}`, secret: reveal };
  },
);

/**
 * A new secret; the replaced one keeps verifying for a day, so the agency can
 * update the platform without losing a call.
 */
export const rotateConnectionSecret = serve(
  rotateConnectionSecretCallable,
  { secrets },
  async (input, staff) => {
    const connectionRef = db.doc(
      paths.agentConnection(staff.agencyId, input.clientId, input.connectionId),
    );
    const endpointRef = db.doc(paths.webhookEndpoint(input.connectionId));
    return db.runTransaction(async (tx) => {
      const [connectionSnap, endpointSnap] = await Promise.all([
        tx.get(connectionRef),
        tx.get(endpointRef),
      ]);
      if (!connectionSnap.exists || !endpointSnap.exists) {
        throw new HttpsError("not-found", "This connection no longer exists.");
      }
      const endpoint = storedData(webhookEndpointDocSchema, endpointSnap.data());
      const { secret, reveal } = nextSecret(endpoint.platform, input.platformKey);
      const now = new Date();
      const { secrets, overlapEnds } = rotatedSecrets(
        endpoint.secrets,
        sealSecret(secret, input.connectionId),
        now,
      );
      tx.update(endpointRef, { secrets });
      tx.update(connectionRef, {
        secretHint: secret.slice(-4),
        secretSetAt: now,
        previousSecretExpiresAt: overlapEnds,
      });
      return { secret: reveal, previousValidUntil: overlapEnds.toISOString() };
    });
  },
);

/** Turn a connection off (its webhooks answer 404) or on again. */
export const setAgentConnectionStatus = serve(
  setAgentConnectionStatusCallable,
  async (input, staff) => {
    const connectionRef = db.doc(
      paths.agentConnection(staff.agencyId, input.clientId, input.connectionId),
    );
    const endpointRef = db.doc(paths.webhookEndpoint(input.connectionId));
    await db.runTransaction(async (tx) => {
      const [connectionSnap, endpointSnap] = await Promise.all([
        tx.get(connectionRef),
        tx.get(endpointRef),
      ]);
      if (!connectionSnap.exists || !endpointSnap.exists) {
        throw new HttpsError("not-found", "This connection no longer exists.");
      }
      tx.update(connectionRef, { status: input.status });
      tx.update(endpointRef, { status: input.status });
    });
    return { status: input.status };
  },
);
