import { paths } from "@portico/domain/paths";
import { adminDb } from "./fixtures";

const AT = new Date("2026-11-20T15:04:00Z");

/**
 * An endpoint with one delivered event, written as the functions write them,
 * for pages that only need a delivery log to show (Settings -> Webhooks).
 */
export async function seedWebhookEndpoint(agencyId: string) {
  const endpointId = "seededEndpoint1";
  const eventId = "evt_0123456789abcdef0123456789abcdef";
  await adminDb()
    .doc(paths.outgoingWebhook(agencyId, endpointId))
    .set({
      url: "https://crm.example.com/hooks/portico-with-a-rather-long-path",
      description: "CRM sync",
      events: ["client.created", "invite.service_granted"],
      status: "enabled",
      disabledReason: null,
      disabledAt: null,
      failedEventsInARow: 0,
      secretSetAt: AT,
      previousSecretExpiresAt: null,
      lastDeliveryAt: AT,
      lastResponseStatus: 200,
      createdAt: AT,
      createdBy: { uid: "seed", name: "Seed" },
      updatedAt: AT,
    });
  await adminDb()
    .doc(paths.webhookDelivery(agencyId, endpointId, eventId))
    .set({
      eventId,
      type: "client.created",
      resource: "client/seeded",
      occurredAt: AT,
      orderKey: `${AT.toISOString()}#00`,
      payload: JSON.stringify({ type: "client.created", timestamp: AT.toISOString(), data: {} }),
      state: "delivered",
      attempts: 1,
      nextAttemptAt: null,
      leaseExpiresAt: null,
      lastAttemptAt: AT,
      responseStatus: 200,
      responseBody: "thanks",
      error: null,
      log: [
        { attempt: 1, at: AT, status: 200, body: "thanks", error: null, durationMs: 12, replay: 0 },
      ],
      replays: 0,
      createdAt: AT,
      updatedAt: AT,
      deleteAt: AT,
    });
  return { endpointId, eventId };
}
