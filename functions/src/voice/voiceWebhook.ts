import { isDocId } from "@portico/domain/ids";
import { paths } from "@portico/domain/paths";
import {
  type ConnectionDeliveryDoc,
  DELIVERY_LOG_DAYS,
  type DeliveryResult,
  WEBHOOK_MAX_BYTES,
  type WebhookEndpointDoc,
  webhookEndpointDocSchema,
} from "@portico/domain/voice/connections";
import { Timestamp } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import { onRequest, type Response } from "firebase-functions/v2/https";
import { db } from "../admin";
import { TOKEN_VAULT_KEY } from "../config";
import { openSecret } from "../connectors/tokenVault";
import { readWebhook } from "./readWebhook";
import { storeBooking } from "./storeBooking";
import { type ConnectionRef, type StoreResult, storeCall } from "./storeCall";
import { storedData } from "./storedData";
import { countWebhook } from "./webhookRateLimit";

function answer(response: Response, status: number, body: Record<string, unknown>) {
  response.status(status).set("Cache-Control", "no-store").json(body);
}

/** The secrets that verify today: the current one and any replaced one still in its overlap. */
function liveSecrets(endpoint: WebhookEndpointDoc, connectionId: string, now = new Date()) {
  return endpoint.secrets
    .filter((secret) => secret.expiresAt === null || secret.expiresAt > now)
    .map((secret) => openSecret(secret.sealed, connectionId));
}

/** One line of the connection's delivery log, and its health on the connection. */
async function logDelivery(
  connection: ConnectionRef,
  entry: {
    event: string | null;
    result: DeliveryResult;
    status: number;
    reason: string | null;
    subjectId: string | null;
  },
) {
  const now = new Date();
  const delivery: ConnectionDeliveryDoc = {
    ...entry,
    at: now,
    deleteAt: new Date(now.getTime() + DELIVERY_LOG_DAYS * 24 * 60 * 60 * 1000),
  };
  const { agencyId, clientId, connectionId } = connection;
  const accepted = entry.status < 300;
  const batch = db.batch();
  batch.create(
    db.collection(paths.connectionDeliveries(agencyId, clientId, connectionId)).doc(),
    delivery,
  );
  batch.update(
    db.doc(paths.agentConnection(agencyId, clientId, connectionId)),
    accepted
      ? { lastEventAt: Timestamp.fromDate(now), lastEventType: entry.event }
      : { lastRefusalAt: Timestamp.fromDate(now) },
  );
  await batch.commit();
}

/**
 * The webhook URL of every agent connection: `/hooks/voice/{connectionId}`
 * (behind Hosting) or the function's own URL with the id as its last segment.
 * Answers within the platforms' timeouts: 200 for what it stored or already
 * had (and for events it does not store), 401 for a bad or stale signature,
 * 400 with a reason for a malformed body, 403 for another agent's call, 404
 * for an unknown or disabled connection, 413 for an oversized body, 429 when a
 * connection floods. Every answer to a known connection is in its delivery log.
 */
export const voiceWebhook = onRequest(
  { invoker: "public", secrets: [TOKEN_VAULT_KEY], timeoutSeconds: 30, concurrency: 40 },
  async (request, response) => {
    if (request.method !== "POST") {
      response.set("Allow", "POST");
      answer(response, 405, { error: "method-not-allowed", reason: "Webhooks are POSTed." });
      return;
    }
    const connectionId = request.path.split("/").filter(Boolean).at(-1) ?? "";
    if (!isDocId(connectionId)) {
      answer(response, 404, {
        error: "unknown-connection",
        reason: "No connection has this address.",
      });
      return;
    }
    const endpointSnap = await db.doc(paths.webhookEndpoint(connectionId)).get();
    if (!endpointSnap.exists) {
      answer(response, 404, {
        error: "unknown-connection",
        reason: "No connection has this address.",
      });
      return;
    }
    const endpoint = storedData(webhookEndpointDocSchema, endpointSnap.data());
    const connection: ConnectionRef = {
      agencyId: endpoint.agencyId,
      clientId: endpoint.clientId,
      connectionId,
    };
    const refuse = async (
      status: number,
      result: DeliveryResult,
      reason: string,
      event: string | null = null,
    ) => {
      await logDelivery(connection, { event, result, status, reason, subjectId: null });
      answer(response, status, { error: result, reason });
    };

    if (endpoint.status !== "active") {
      await refuse(404, "disabled", "This connection is turned off in Portico.");
      return;
    }
    const rawBody = request.rawBody ?? Buffer.alloc(0);
    if (rawBody.length > WEBHOOK_MAX_BYTES) {
      await refuse(413, "too-large", `The body is larger than ${WEBHOOK_MAX_BYTES / 1024} KB.`);
      return;
    }
    const retryAfter = await countWebhook(connectionId);
    if (retryAfter !== null) {
      response.set("Retry-After", String(retryAfter));
      answer(response, 429, {
        error: "rate-limited",
        reason: "Too many webhooks for this connection; retry later.",
      });
      return;
    }

    const reading = readWebhook(
      endpoint.platform,
      rawBody,
      request.headers,
      liveSecrets(endpoint, connectionId),
    );
    if (reading.kind === "refused") {
      await refuse(reading.status, reading.result, reading.reason, reading.event);
      return;
    }
    if (reading.kind === "ignored") {
      await logDelivery(connection, {
        event: reading.event,
        result: "ignored",
        status: 200,
        reason: null,
        subjectId: null,
      });
      answer(response, 200, { received: true, result: "ignored" });
      return;
    }
    if (reading.kind === "call" && endpoint.agentIds.length > 0) {
      const agentId = reading.call.agentId;
      if (!agentId || !endpoint.agentIds.includes(agentId)) {
        await refuse(
          403,
          "other-agent",
          `Agent ${agentId ?? "(none)"} is not connected to this client.`,
          reading.event,
        );
        return;
      }
    }
    let stored: StoreResult;
    try {
      stored =
        reading.kind === "call"
          ? await storeCall(connection, reading.call)
          : await storeBooking(connection, reading.booking);
    } catch (error) {
      // The platform retries on a 5xx; nothing was half-written (one transaction).
      logger.error("Webhook could not be stored", { connectionId, error });
      answer(response, 503, { error: "unavailable", reason: "Could not store it now; retry." });
      return;
    }
    await logDelivery(connection, {
      event: reading.event,
      result: stored.result,
      status: 200,
      reason: null,
      subjectId: stored.subjectId,
    });
    answer(response, 200, { received: true, result: stored.result });
  },
);
