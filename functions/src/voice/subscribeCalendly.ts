import { randomBytes } from "node:crypto";
import { subscribeCalendlyCallable } from "@portico/domain/callables/voice";
import { paths } from "@portico/domain/paths";
import { WEBHOOK_PATH_PREFIX } from "@portico/domain/voice/connection-inputs";
import {
  type WebhookEndpointDoc,
  webhookEndpointDocSchema,
} from "@portico/domain/voice/connections";
import { logger } from "firebase-functions";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { APP_URL, TOKEN_VAULT_KEY } from "../config";
import { openSecret, sealSecret } from "../connectors/tokenVault";
import { serve } from "../serve";
import type { Staff } from "../staff";
import {
  calendlyUser,
  createCalendlySubscription,
  deleteCalendlySubscription,
} from "./calendlyApi";
import { newConnectionDocs, rotatedSecrets } from "./connectionSecrets";
import { storedData } from "./storedData";

/** The token is sealed with its own context, so it never opens as a signing secret. */
const tokenContext = (connectionId: string) => `${connectionId}:calendly-token`;

function webhookUrl(connectionId: string): string {
  return `${APP_URL.value().replace(/\/+$/, "")}${WEBHOOK_PATH_PREFIX}${connectionId}`;
}

/** A new signing key and the subscription that signs with it. */
async function subscribe(token: string, connectionId: string) {
  const { organizationUri } = await calendlyUser(token);
  const signingKey = randomBytes(32).toString("base64url");
  const subscriptionUri = await createCalendlySubscription(token, {
    url: webhookUrl(connectionId),
    organizationUri,
    signingKey,
  });
  return {
    signingKey,
    calendly: { subscriptionUri, sealedToken: sealSecret(token, tokenContext(connectionId)) },
  };
}

/** Removes a subscription that was created but could not be recorded, so none is orphaned. */
async function undo(token: string, subscriptionUri: string, error: unknown): Promise<never> {
  await deleteCalendlySubscription(token, subscriptionUri).catch((cleanup: unknown) =>
    logger.error("Calendly subscription left behind", { subscriptionUri, cleanup }),
  );
  throw error;
}

async function connectNew(staff: Staff, clientId: string, label: string, token: string) {
  const client = await db.doc(paths.client(staff.agencyId, clientId)).get();
  if (!client.exists) throw new HttpsError("not-found", "This client no longer exists.");
  const ref = db.collection(paths.agentConnections(staff.agencyId, clientId)).doc();
  const { signingKey, calendly } = await subscribe(token, ref.id);
  const docs = newConnectionDocs(staff, clientId, ref.id, {
    platform: "calendly",
    label,
    agentIds: [],
    secret: signingKey,
  });
  const endpoint: WebhookEndpointDoc = { ...docs.endpoint, calendly };
  const batch = db.batch();
  batch.create(ref, docs.connection);
  batch.create(db.doc(paths.webhookEndpoint(ref.id)), endpoint);
  await batch.commit().catch((error: unknown) => undo(token, calendly.subscriptionUri, error));
  return { connectionId: ref.id, previousValidUntil: null };
}

/**
 * Subscribes an existing Calendly connection again with a new key: the old
 * subscription is removed first (Calendly allows one per URL), and the old
 * key verifies for the overlap, for deliveries Calendly is still retrying.
 */
async function renew(staff: Staff, clientId: string, connectionId: string, token: string) {
  const connectionRef = db.doc(paths.agentConnection(staff.agencyId, clientId, connectionId));
  const endpointRef = db.doc(paths.webhookEndpoint(connectionId));
  const [connectionSnap, endpointSnap] = await Promise.all([
    connectionRef.get(),
    endpointRef.get(),
  ]);
  if (!connectionSnap.exists || !endpointSnap.exists) {
    throw new HttpsError("not-found", "This connection no longer exists.");
  }
  const before = storedData(webhookEndpointDocSchema, endpointSnap.data());
  if (before.platform !== "calendly") {
    throw new HttpsError("failed-precondition", "This connection is not a Calendly connection.");
  }
  await calendlyUser(token); // a refused token changes nothing, not even the old subscription
  if (before.calendly) {
    const previousToken = openSecret(before.calendly.sealedToken, tokenContext(connectionId));
    await deleteCalendlySubscription(previousToken, before.calendly.subscriptionUri).catch(() =>
      // The old token may be revoked: try the new one (same organization, usually).
      deleteCalendlySubscription(token, before.calendly?.subscriptionUri ?? ""),
    );
  }
  const { signingKey, calendly } = await subscribe(token, connectionId);
  const now = new Date();
  const overlapEnds = await db
    .runTransaction(async (tx) => {
      const current = await tx.get(endpointRef);
      if (!current.exists) throw new HttpsError("not-found", "This connection no longer exists.");
      const endpoint = storedData(webhookEndpointDocSchema, current.data());
      const { secrets, overlapEnds } = rotatedSecrets(
        endpoint.secrets,
        sealSecret(signingKey, connectionId),
        now,
      );
      tx.update(endpointRef, { secrets, calendly });
      tx.update(connectionRef, {
        secretHint: signingKey.slice(-4),
        secretSetAt: now,
        previousSecretExpiresAt: overlapEnds,
      });
      return overlapEnds;
    })
    .catch((error: unknown) => undo(token, calendly.subscriptionUri, error));
  return { connectionId, previousValidUntil: overlapEnds.toISOString() };
}

/**
 * Client profile -> Voice agent -> Connect Calendly: Portico creates the
 * webhook subscription with a signing key it generates, so the agency never
 * handles the key. Nothing is stored when Calendly refuses.
 */
export const subscribeCalendly = serve(
  subscribeCalendlyCallable,
  { secrets: [TOKEN_VAULT_KEY] },
  async (input, staff) => {
    const result = input.connectionId
      ? await renew(staff, input.clientId, input.connectionId, input.personalAccessToken)
      : await connectNew(staff, input.clientId, input.label, input.personalAccessToken);
    return { ...result, webhookPath: `${WEBHOOK_PATH_PREFIX}${result.connectionId}` };
  },
);
