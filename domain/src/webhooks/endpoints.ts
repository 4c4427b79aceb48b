import { z } from "zod";
import { docIdSchema } from "../ids";
import { EVENT_ID_PATTERN, WEBHOOK_EVENT_TYPES } from "./events";

/** A rotated signing secret keeps signing beside the new one this long. */
export const SECRET_OVERLAP_HOURS = 24;
/** Endpoints one agency may have. */
export const MAX_WEBHOOK_ENDPOINTS = 20;

export const ENDPOINT_STATUSES = ["enabled", "disabled"] as const;
/** Why an endpoint is off: turned off by staff, it answered 410 Gone, or it kept failing. */
export const DISABLED_REASONS = ["manual", "gone", "failing"] as const;
export type DisabledReason = (typeof DISABLED_REASONS)[number];

/**
 * `agencies/{agencyId}/webhooks/{endpointId}`: where the agency wants events
 * posted. Owners and admins read it; callables write it. The signing secrets
 * are server-only (`webhookSigningKeys/{agencyId}_{endpointId}`).
 */
export const webhookEndpointDocSchema = z.object({
  url: z.string(),
  description: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  status: z.enum(ENDPOINT_STATUSES),
  disabledReason: z.enum(DISABLED_REASONS).nullable(),
  disabledAt: z.date().nullable(),
  /** Events whose every attempt failed, in a row; any delivered event resets it. */
  failedEventsInARow: z.number().int(),
  secretSetAt: z.date(),
  /** Until when the replaced secret still signs beside the new one. */
  previousSecretExpiresAt: z.date().nullable(),
  lastDeliveryAt: z.date().nullable(),
  lastResponseStatus: z.number().int().nullable(),
  createdAt: z.date(),
  createdBy: z.object({ uid: z.string(), name: z.string() }),
  updatedAt: z.date(),
});
export type WebhookEndpointDoc = z.output<typeof webhookEndpointDocSchema>;

/** `webhookSigningKeys/{agencyId}_{endpointId}` (server-only): sealed `whsec_` secrets. */
export const webhookSigningKeysDocSchema = z.object({
  agencyId: z.string(),
  endpointId: z.string(),
  secrets: z.array(z.object({ sealed: z.string(), expiresAt: z.date().nullable() })),
});
export type WebhookSigningKeysDoc = z.output<typeof webhookSigningKeysDocSchema>;

const URL_MESSAGE = "Enter the endpoint's URL, like https://example.com/hooks/portico.";

/**
 * The URL's shape; the server then checks where it leads (public https only,
 * resolved and checked again at every delivery).
 */
export const endpointUrlSchema = z
  .string({ error: URL_MESSAGE })
  .trim()
  .min(1, URL_MESSAGE)
  .max(2000, "Use a URL of at most 2,000 characters.")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, URL_MESSAGE)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.username === "" && url.password === "";
    } catch {
      return true;
    }
  }, "Leave the user name and password out of the URL.");

export const webhookEndpointInputSchema = z.object({
  url: endpointUrlSchema,
  description: z.string().trim().max(200, "Use at most 200 characters.").default(""),
  events: z
    .array(z.enum(WEBHOOK_EVENT_TYPES, { error: "Choose events from the list." }), {
      error: "Choose at least one event.",
    })
    .min(1, "Choose at least one event.")
    .max(WEBHOOK_EVENT_TYPES.length)
    .transform((events) => [...new Set(events)]),
});
export type WebhookEndpointInput = z.input<typeof webhookEndpointInputSchema>;

const endpointId = docIdSchema("Choose an endpoint.");
export const endpointIdInputSchema = z.object({ endpointId });

export const updateWebhookEndpointInputSchema = webhookEndpointInputSchema.extend({
  endpointId,
  enabled: z.boolean(),
});

export const replayWebhookInputSchema = z.object({
  endpointId,
  eventId: z.string().regex(EVENT_ID_PATTERN, "Choose a delivery."),
});
