import { z } from "zod";

/**
 * Outgoing webhooks: what happened in the agency's workspace, posted to the
 * agency's own endpoints (its CRM, Zapier, Make, n8n) the Standard Webhooks
 * way. An event has a stable id made from what happened (the document and
 * the change), so a replayed trigger makes the same event, and the receiver
 * sees the same `webhook-id` on every attempt and every replay.
 */
export const WEBHOOK_EVENT_TYPES = [
  "client.created",
  "invite.created",
  "invite.service_granted",
  "invite.service_skipped",
  "invite.completed",
  "intake.completed",
  "portal.activated",
  "call.completed",
  "booking.created",
  "booking.cancelled",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent only by "Send test event", to one endpoint, whatever it subscribes to. */
export const TEST_EVENT_TYPE = "webhook.test";
export type AnyWebhookEventType = WebhookEventType | typeof TEST_EVENT_TYPE;

export const WEBHOOK_EVENT_INFO: Record<WebhookEventType, { label: string; description: string }> =
  {
    "client.created": { label: "Client created", description: "A client was added." },
    "invite.created": { label: "Invite created", description: "An access request was created." },
    "invite.service_granted": {
      label: "Service granted",
      description: "A client granted access to one service.",
    },
    "invite.service_skipped": {
      label: "Service skipped",
      description: "A client skipped one service.",
    },
    "invite.completed": {
      label: "Invite completed",
      description: "Every service of an invite was answered.",
    },
    "intake.completed": {
      label: "Intake completed",
      description: "A client sent the intake form.",
    },
    "portal.activated": {
      label: "Portal activated",
      description: "A client's first portal user joined.",
    },
    "call.completed": {
      label: "Call completed",
      description: "The client's AI agent ended a call.",
    },
    "booking.created": { label: "Booking created", description: "A caller booked an appointment." },
    "booking.cancelled": { label: "Booking cancelled", description: "A booking was cancelled." },
  };

/** An event id: `evt_` and 32 hex characters (a hash of what happened, or random for a test). */
export const EVENT_ID_PATTERN = /^evt_[a-f0-9]{32}$/;

/** JSON values only: what a payload's `data` may hold. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/**
 * What happened, before it has an id: `key` names the change uniquely (the
 * functions hash it into the event id); `resource` orders deliveries (a
 * later event for the same resource waits for the earlier one).
 */
export interface DetectedEvent {
  type: AnyWebhookEventType;
  key: string;
  resource: string;
  /** When it happened (the change's own time where the document has one). */
  occurredAt: Date;
  data: { [key: string]: JsonValue };
}

/**
 * `agencies/{agencyId}/webhookEvents/{eventId}` (server-only): the event as
 * it is sent. `payload` is the exact body, so every attempt and every replay
 * sends the same bytes.
 */
export const webhookEventDocSchema = z.object({
  type: z.string(),
  resource: z.string(),
  occurredAt: z.date(),
  payload: z.string(),
  createdAt: z.date(),
  /** TTL: kept while a replayed trigger could still make it again. */
  expiresAt: z.date(),
});
export type WebhookEventDoc = z.output<typeof webhookEventDocSchema>;

/** The body: `{type, timestamp, data}`, as Standard Webhooks suggests. */
export function eventPayload(event: DetectedEvent): string {
  return JSON.stringify({
    type: event.type,
    timestamp: event.occurredAt.toISOString(),
    data: event.data,
  });
}
