import { z } from "zod";
import { CLIENT_TYPES, clientInputSchema } from "../clients";
import { LOCALES } from "../i18n/locales";
import { INTAKE_STATUSES, INVITE_STATUSES, SERVICE_STATUSES } from "../invites";
import { BOOKING_PLATFORMS, BOOKING_STATUSES } from "../voice/booking";
import {
  CALL_DIRECTIONS,
  CALL_OUTCOMES,
  CALL_PLATFORMS,
  CALL_STAGES,
  SENTIMENTS,
  transcriptTurnSchema,
} from "../voice/call";
import { ENDPOINT_STATUSES, webhookEndpointInputSchema } from "../webhooks/endpoints";
import { WEBHOOK_EVENT_TYPES } from "../webhooks/events";

/**
 * What the REST API answers: JSON views of the stored documents, times as
 * ISO 8601 strings, without what only Portico needs (search tokens, sort
 * keys, the platform's cost). The OpenAPI document is generated from these.
 */
const isoTime = z.iso.datetime({ offset: true });
const id = z.string().describe("A Portico ID.");

export const apiClientSchema = z.object({
  id,
  name: z.string(),
  company: z.string(),
  email: z.string(),
  website: z.string(),
  type: z.enum(CLIENT_TYPES),
  language: z.enum(LOCALES),
  timeZone: z.string(),
  metadata: z.record(z.string(), z.string()),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type ApiClient = z.output<typeof apiClientSchema>;

export const apiInviteServiceSchema = z.object({
  serviceId: z.string(),
  accessLevel: z.string(),
  optional: z.boolean(),
  connectedAccountId: z.string(),
  status: z.enum(SERVICE_STATUSES),
  statusChangedAt: isoTime.nullable(),
});

export const apiInviteSchema = z.object({
  id,
  clientId: z.string(),
  client: z.object({ name: z.string(), company: z.string(), email: z.string() }),
  status: z.enum(INVITE_STATUSES),
  services: z.array(apiInviteServiceSchema),
  intake: z.object({ requested: z.boolean(), status: z.enum(INTAKE_STATUSES) }),
  thankYouMessage: z.string(),
  redirectUrl: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime.nullable(),
});
export type ApiInvite = z.output<typeof apiInviteSchema>;

/** A new invite answers with its link, as Create Invite shows it. */
export const apiCreatedInviteSchema = apiInviteSchema.extend({ url: z.url() });

export const apiInviteLinkSchema = z.object({ inviteId: z.string(), url: z.url() });

export const apiCallSchema = z.object({
  id,
  clientId: z.string(),
  platform: z.enum(CALL_PLATFORMS),
  platformCallId: z.string(),
  stage: z.enum(CALL_STAGES),
  direction: z.enum(CALL_DIRECTIONS),
  callerNumber: z.string().nullable(),
  callerName: z.string().nullable(),
  calledNumber: z.string().nullable(),
  startedAt: isoTime.nullable(),
  endedAt: isoTime.nullable(),
  durationSeconds: z.number().nullable(),
  outcome: z.enum(CALL_OUTCOMES).nullable(),
  summary: z.string().nullable(),
  sentiment: z.enum(SENTIMENTS).nullable(),
  successful: z.boolean().nullable(),
  transcript: z.array(transcriptTurnSchema),
  hasRecording: z.boolean(),
  bookingId: z.string().nullable(),
  updatedAt: isoTime,
});
export type ApiCall = z.output<typeof apiCallSchema>;

export const apiBookingSchema = z.object({
  id,
  clientId: z.string(),
  platform: z.enum(BOOKING_PLATFORMS),
  platformBookingId: z.string(),
  status: z.enum(BOOKING_STATUSES),
  title: z.string().nullable(),
  startsAt: isoTime,
  endsAt: isoTime.nullable(),
  timeZone: z.string().nullable(),
  attendeeName: z.string().nullable(),
  attendeeEmail: z.string().nullable(),
  attendeePhone: z.string().nullable(),
  location: z.string().nullable(),
  cancellationReason: z.string().nullable(),
  callId: z.string().nullable(),
  updatedAt: isoTime,
});
export type ApiBooking = z.output<typeof apiBookingSchema>;

export const API_PAGE_SIZE = { default: 25, max: 100 } as const;

/** `?limit=&cursor=` on every list: cursor pages, newest first. */
export const apiPageQuerySchema = z.strictObject({
  limit: z.coerce
    .number({ error: `Use a whole number from 1 to ${API_PAGE_SIZE.max}.` })
    .int(`Use a whole number from 1 to ${API_PAGE_SIZE.max}.`)
    .min(1, `Use a whole number from 1 to ${API_PAGE_SIZE.max}.`)
    .max(API_PAGE_SIZE.max, `Use a whole number from 1 to ${API_PAGE_SIZE.max}.`)
    .default(API_PAGE_SIZE.default)
    .describe("How many items per page."),
  cursor: z
    .string()
    .max(500)
    .optional()
    .describe("The nextCursor of the page before; leave out for the first page."),
});

export const apiInviteListQuerySchema = apiPageQuerySchema.extend({
  clientId: z
    .string()
    .regex(/^[A-Za-z0-9]{1,64}$/, "This ID is not valid.")
    .optional(),
});

export function apiListSchema<Item extends z.ZodType>(item: Item) {
  return z.object({
    data: z.array(item),
    /** Null on the last page. */
    nextCursor: z.string().nullable(),
  });
}

/** Create a client: exactly Create Client's fields, nothing else. */
export const apiCreateClientSchema = clientInputSchema.strict();

type ClientShape = typeof clientInputSchema.shape;
type Unwrapped<S> = S extends z.ZodDefault<infer Inner> ? Inner : S;

/**
 * Update a client: any of Create Client's fields, plus `metadata` as an
 * object. Fields left out keep their value (defaults are not applied here);
 * the result is checked again with the profile form's own schema.
 */
export const apiUpdateClientSchema = z.strictObject({
  ...(Object.fromEntries(
    Object.entries(clientInputSchema.shape).map(([key, schema]) => [
      key,
      (schema instanceof z.ZodDefault ? schema.unwrap() : schema).optional(),
    ]),
  ) as { [Key in keyof ClientShape]: z.ZodOptional<Unwrapped<ClientShape[Key]>> }),
  metadata: z
    .record(z.string(), z.string())
    .optional()
    .describe("Replaces the client's metadata (key -> value)."),
});
export type ApiUpdateClient = z.output<typeof apiUpdateClientSchema>;

/** An access page (a public onboarding page), as its list shows it. */
export const apiAccessPageSchema = z.object({
  id,
  name: z.string(),
  slug: z.string(),
  /** The page's public address, to link to from a website. */
  url: z.url(),
  services: z.array(
    z.object({
      serviceId: z.string(),
      accessLevel: z.string(),
      optional: z.boolean(),
      connectedAccountId: z.string(),
    }),
  ),
  intakeForm: z.boolean(),
  clientType: z.enum(CLIENT_TYPES),
  defaultLanguage: z.enum(LOCALES),
  paused: z.boolean(),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type ApiAccessPage = z.output<typeof apiAccessPageSchema>;

/**
 * A REST-hook subscription (Zapier, Make): exactly Settings -> Webhooks ->
 * Add endpoint's fields and checks (public https only).
 */
export const apiCreateHookSchema = webhookEndpointInputSchema.strict();

/** A subscribed endpoint; `secret` (whsec_…) verifies its deliveries and is shown only here. */
export const apiCreatedHookSchema = z.object({
  id,
  url: z.string(),
  description: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  status: z.enum(ENDPOINT_STATUSES),
  secret: z.string().regex(/^whsec_/),
  createdAt: isoTime,
});

export const apiDeletedHookSchema = z.object({ id, deleted: z.literal(true) });
