import { z } from "zod";
import { BOOKING_PLATFORMS, type BookingPlatform } from "./booking";
import { CALL_PLATFORMS, type CallPlatform } from "./call";

/**
 * A client's connection to the platform its AI agent runs on (calls) or
 * books appointments with (bookings). Each has its own webhook URL and
 * signing secret(s). Staff manage them on the client profile.
 */
export const CONNECTION_PLATFORMS = ["retell", "vapi", "calcom", "calendly", "portico"] as const;
export type ConnectionPlatform = (typeof CONNECTION_PLATFORMS)[number];

export type ConnectionKind = "calls" | "bookings";

/**
 * Who holds the signing secret. Portico mints it where the platform lets you
 * paste one in; the agency enters the platform's own key where the platform
 * signs with it (Retell signs with an API key; Calendly's key is set when its
 * subscription is created).
 */
export type SecretSource = "minted" | "platformKey";

export interface ConnectionPlatformInfo {
  name: string;
  kinds: readonly ConnectionKind[];
  secretSource: SecretSource;
}

export const CONNECTION_PLATFORM_INFO: Record<ConnectionPlatform, ConnectionPlatformInfo> = {
  retell: { name: "Retell AI", kinds: ["calls"], secretSource: "platformKey" },
  vapi: { name: "Vapi", kinds: ["calls"], secretSource: "minted" },
  calcom: { name: "Cal.com", kinds: ["bookings"], secretSource: "minted" },
  calendly: { name: "Calendly", kinds: ["bookings"], secretSource: "platformKey" },
  portico: {
    name: "Another platform (Portico's format)",
    kinds: ["calls", "bookings"],
    secretSource: "minted",
  },
};

export function carriesCalls(platform: ConnectionPlatform): platform is CallPlatform {
  return (CALL_PLATFORMS as readonly string[]).includes(platform);
}

export function carriesBookings(platform: ConnectionPlatform): platform is BookingPlatform {
  return (BOOKING_PLATFORMS as readonly string[]).includes(platform);
}

/** How long a replaced secret keeps verifying, so the agency can update the platform. */
export const SECRET_OVERLAP_HOURS = 24;

/** Quiet for this long, a connection's health turns to a warning. */
export const SILENCE_WARNING_DAYS = 3;

/** Webhook bodies larger than this are refused with 413 (Retell's long transcripts fit easily). */
export const WEBHOOK_MAX_BYTES = 1024 * 1024;

/** Delivery log entries are kept this long. */
export const DELIVERY_LOG_DAYS = 30;

export const agentConnectionDocSchema = z.object({
  platform: z.enum(CONNECTION_PLATFORMS),
  label: z.string().max(80),
  status: z.enum(["active", "disabled"]),
  /** Calls from other agents on the same platform account are refused (empty: any agent). */
  agentIds: z.array(z.string().max(200)).max(20),
  /** The last four characters of the current secret, to tell secrets apart. */
  secretHint: z.string().max(8).nullable(),
  secretSetAt: z.date().nullable(),
  /** Until when the secret before the last rotation still verifies (null: never rotated). */
  previousSecretExpiresAt: z.date().nullable().default(null),
  createdAt: z.date(),
  createdBy: z.object({ uid: z.string(), name: z.string() }),
  lastEventAt: z.date().nullable(),
  lastEventType: z.string().max(100).nullable(),
  lastRefusalAt: z.date().nullable(),
});
export type AgentConnectionDoc = z.output<typeof agentConnectionDocSchema>;

export const DELIVERY_RESULTS = [
  "stored",
  "duplicate",
  "ignored",
  "bad-signature",
  "missing-signature",
  "stale-timestamp",
  "malformed",
  "other-agent",
  "too-large",
  "disabled",
] as const;
export type DeliveryResult = (typeof DELIVERY_RESULTS)[number];

export const connectionDeliveryDocSchema = z.object({
  at: z.date(),
  /** The platform's event name, when the body could be read. */
  event: z.string().max(100).nullable(),
  result: z.enum(DELIVERY_RESULTS),
  status: z.number().int(),
  /** Why a delivery was refused, in words for the agency. */
  reason: z.string().max(500).nullable(),
  /** The call or booking it stored or matched. */
  subjectId: z.string().max(100).nullable(),
  deleteAt: z.date(),
});
export type ConnectionDeliveryDoc = z.output<typeof connectionDeliveryDocSchema>;

export const sealedSecretSchema = z.object({
  sealed: z.string(),
  /** Null for the current secret; a replaced secret verifies until then. */
  expiresAt: z.date().nullable(),
});

/** Server-only lookup from a webhook URL's id to its connection and secrets. */
export const webhookEndpointDocSchema = z.object({
  agencyId: z.string(),
  clientId: z.string(),
  platform: z.enum(CONNECTION_PLATFORMS),
  status: z.enum(["active", "disabled"]),
  agentIds: z.array(z.string()),
  secrets: z.array(sealedSecretSchema).max(4),
  /**
   * The platform's API key, sealed, where it is not the signing secret (Vapi):
   * lets playback ask the platform for a fresh recording URL. Retell's signing
   * key is its API key, so a Retell connection needs none.
   */
  platformApiKey: z.string().nullable().optional(),
  /**
   * Calendly only: the webhook subscription Portico created and the agency's
   * personal access token that created it (sealed), to renew or remove it.
   */
  calendly: z.object({ subscriptionUri: z.string(), sealedToken: z.string() }).nullish(),
});
export type WebhookEndpointDoc = z.output<typeof webhookEndpointDocSchema>;
