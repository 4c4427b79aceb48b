import { paths } from "@portico/domain/paths";
import {
  MAX_WEBHOOK_ENDPOINTS,
  type WebhookEndpointDoc,
  type webhookEndpointInputSchema,
} from "@portico/domain/webhooks/endpoints";
import { HttpsError } from "firebase-functions/v2/https";
import type { z } from "zod";
import { db } from "../admin";
import { receiverUrlProblem } from "./receiverUrl";
import { mintWebhookSecret, newSigningKeys, signingKeysRef } from "./signingKeys";

type EndpointInput = z.output<typeof webhookEndpointInputSchema>;

/** Refuses a URL that cannot receive webhooks, with the message under the URL field. */
export async function assertReceiverUrl(url: string): Promise<void> {
  const problem = await receiverUrlProblem(url);
  if (problem) throw new HttpsError("invalid-argument", problem, { fields: { url: problem } });
}

/**
 * A new endpoint and its signing secret (returned once here; the callable
 * shows it, and revealWebhookSecret shows it again to owners and admins).
 * Anything that creates endpoints goes through here: Settings -> Webhooks
 * and the REST API's hook subscriptions (Zapier, Make).
 */
export async function createWebhookEndpoint(
  agencyId: string,
  createdBy: { uid: string; name: string },
  input: EndpointInput,
): Promise<{ endpointId: string; secret: string; createdAt: Date }> {
  await assertReceiverUrl(input.url);
  const collection = db.collection(paths.outgoingWebhooks(agencyId));
  const ref = collection.doc();
  const secret = mintWebhookSecret();
  const now = new Date();
  const endpoint: WebhookEndpointDoc = {
    url: input.url,
    description: input.description,
    events: input.events,
    status: "enabled",
    disabledReason: null,
    disabledAt: null,
    failedEventsInARow: 0,
    secretSetAt: now,
    previousSecretExpiresAt: null,
    lastDeliveryAt: null,
    lastResponseStatus: null,
    createdAt: now,
    createdBy,
    updatedAt: now,
  };
  await db.runTransaction(async (tx) => {
    const count = (await tx.get(collection.count())).data().count;
    if (count >= MAX_WEBHOOK_ENDPOINTS) {
      throw new HttpsError(
        "resource-exhausted",
        `An agency can have at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints.`,
      );
    }
    tx.create(ref, endpoint);
    tx.create(signingKeysRef(agencyId, ref.id), newSigningKeys(agencyId, ref.id, secret));
  });
  return { endpointId: ref.id, secret, createdAt: now };
}

/** Removes an endpoint, its secrets and its delivery log. */
export async function deleteWebhookEndpoint(agencyId: string, endpointId: string): Promise<void> {
  const ref = db.doc(paths.outgoingWebhook(agencyId, endpointId));
  await db.runTransaction(async (tx) => {
    if (!(await tx.get(ref)).exists) {
      throw new HttpsError("not-found", "This endpoint no longer exists.");
    }
    tx.delete(ref);
    tx.delete(signingKeysRef(agencyId, endpointId));
  });
  await db.recursiveDelete(db.collection(paths.webhookDeliveries(agencyId, endpointId)));
}
