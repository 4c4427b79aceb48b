import { createHash, randomBytes } from "node:crypto";
import { paths } from "@portico/domain/paths";
import {
  DELIVERY_LOG_DAYS,
  deliveryOrderKey,
  newDelivery,
} from "@portico/domain/webhooks/deliveries";
import { type DetectedEvent, eventPayload } from "@portico/domain/webhooks/events";
import { db } from "../admin";

/**
 * The event/delivery outbox. An event gets an id hashed from the agency and
 * what happened (its `key`), so a replayed trigger finds the event already
 * there and adds nothing; with it, in one transaction, one delivery per
 * enabled endpoint that wants its type. Each delivery's own trigger then
 * posts it (deliverWebhook).
 */
function webhookEventId(agencyId: string, key: string): string {
  return `evt_${createHash("sha256").update(`${agencyId}\n${key}`).digest("hex").slice(0, 32)}`;
}

/** A test event's id: random, since each click is a new event. */
export function testEventId(): string {
  return `evt_${randomBytes(16).toString("hex")}`;
}

function wantingEndpoints(agencyId: string, type: string) {
  return db
    .collection(paths.outgoingWebhooks(agencyId))
    .where("status", "==", "enabled")
    .where("events", "array-contains", type);
}

/**
 * Writes the events one change made (in their order), each with its
 * deliveries. `onlyEndpointId` sends to that endpoint alone, whatever it
 * subscribes to (Send test event).
 */
export async function emitWebhookEvents(
  agencyId: string,
  events: readonly DetectedEvent[],
  options: { eventIds?: readonly string[]; onlyEndpointId?: string } = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, event] of events.entries()) {
    const eventId = options.eventIds?.[index] ?? webhookEventId(agencyId, event.key);
    ids.push(eventId);
    // Most agencies have no endpoints: a cheap look first, no transaction and no writes then.
    if (
      !options.onlyEndpointId &&
      (await wantingEndpoints(agencyId, event.type).limit(1).get()).empty
    )
      continue;
    await db.runTransaction(async (tx) => {
      const eventRef = db.doc(paths.webhookEvent(agencyId, eventId));
      if ((await tx.get(eventRef)).exists) return;
      const endpointIds = options.onlyEndpointId
        ? [options.onlyEndpointId]
        : (await tx.get(wantingEndpoints(agencyId, event.type))).docs.map((doc) => doc.id);
      const now = new Date();
      const payload = eventPayload(event);
      tx.create(eventRef, {
        type: event.type,
        resource: event.resource,
        occurredAt: event.occurredAt,
        payload,
        createdAt: now,
        // TTL: an event is kept only to make a replayed trigger a no-op.
        expiresAt: new Date(now.getTime() + DELIVERY_LOG_DAYS * 86_400_000),
      });
      const delivery = newDelivery(
        {
          eventId,
          type: event.type,
          resource: event.resource,
          occurredAt: event.occurredAt,
          orderKey: deliveryOrderKey(event.occurredAt, index),
          payload,
        },
        now,
      );
      for (const endpointId of endpointIds) {
        tx.create(db.doc(paths.webhookDelivery(agencyId, endpointId, eventId)), delivery);
      }
    });
  }
  return ids;
}
