import type { z } from "zod";
import { createInviteInputSchema } from "../invites";
import { API_EXAMPLES as EX } from "./examples";
import type { ApiScope } from "./keys";
import {
  apiAccessPageSchema,
  apiBookingSchema,
  apiCallSchema,
  apiClientSchema,
  apiCreateClientSchema,
  apiCreatedHookSchema,
  apiCreatedInviteSchema,
  apiCreateHookSchema,
  apiDeletedHookSchema,
  apiInviteLinkSchema,
  apiInviteListQuerySchema,
  apiInviteSchema,
  apiListSchema,
  apiPageQuerySchema,
  apiUpdateClientSchema,
} from "./resources";

/**
 * The REST API's operations, in one table: the function routes requests by
 * it (method, path, scope, query and body schemas), the OpenAPI document is
 * generated from it, and the reference page lists it. Paths are relative to
 * `/api/v1`.
 */
export interface ApiOperation {
  readonly id: string;
  readonly method: "GET" | "POST" | "PATCH" | "DELETE";
  readonly path: string;
  readonly scope: ApiScope;
  readonly tag: ApiTag;
  readonly summary: string;
  readonly description: string;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** The schema of a successful answer and its name under components.schemas. */
  readonly success: { status: 200 | 201; schema: z.ZodType; component: string };
  readonly example: {
    params?: Record<string, string>;
    query?: Record<string, string>;
    body?: unknown;
    response: unknown;
  };
}

export const API_TAGS = [
  "Clients",
  "Invites",
  "Access pages",
  "Calls and bookings",
  "Webhooks",
] as const;
export type ApiTag = (typeof API_TAGS)[number];

const page = <T>(item: T) => ({ data: [item], nextCursor: EX.cursor });

export const API_OPERATIONS = [
  {
    id: "listClients",
    method: "GET",
    path: "/clients",
    scope: "clients:read",
    tag: "Clients",
    summary: "List clients",
    description: "The agency's clients, newest first, in cursor pages.",
    query: apiPageQuerySchema,
    success: { status: 200, schema: apiListSchema(apiClientSchema), component: "ClientList" },
    example: { query: { limit: "25" }, response: page(EX.client) },
  },
  {
    id: "createClient",
    method: "POST",
    path: "/clients",
    scope: "clients:write",
    tag: "Clients",
    summary: "Create a client",
    description:
      "Validated as Create Client is in the app: an email already used by another client is refused, naming it. Without a time zone the client takes the agency's default.",
    body: apiCreateClientSchema,
    success: { status: 201, schema: apiClientSchema, component: "Client" },
    example: { body: EX.newClient, response: EX.client },
  },
  {
    id: "getClient",
    method: "GET",
    path: "/clients/{clientId}",
    scope: "clients:read",
    tag: "Clients",
    summary: "Get a client",
    description: "One client by its ID.",
    success: { status: 200, schema: apiClientSchema, component: "Client" },
    example: { params: { clientId: EX.client.id }, response: EX.client },
  },
  {
    id: "updateClient",
    method: "PATCH",
    path: "/clients/{clientId}",
    scope: "clients:write",
    tag: "Clients",
    summary: "Update a client",
    description:
      "Changes the fields sent; the others keep their value. `metadata` replaces the client's metadata. A new email is checked as on the client's profile (a client whose portal is in use must confirm it).",
    body: apiUpdateClientSchema,
    success: { status: 200, schema: apiClientSchema, component: "Client" },
    example: {
      params: { clientId: EX.client.id },
      body: EX.clientUpdate,
      response: { ...EX.client, ...EX.clientUpdate },
    },
  },
  {
    id: "listInvites",
    method: "GET",
    path: "/invites",
    scope: "invites:read",
    tag: "Invites",
    summary: "List invites",
    description:
      "The agency's invites, newest first, in cursor pages; `clientId` keeps one client's.",
    query: apiInviteListQuerySchema,
    success: { status: 200, schema: apiListSchema(apiInviteSchema), component: "InviteList" },
    example: { query: { limit: "25" }, response: page(EX.invite) },
  },
  {
    id: "createInvite",
    method: "POST",
    path: "/invites",
    scope: "invites:write",
    tag: "Invites",
    summary: "Create an invite",
    description:
      "Create Invite, with exactly its checks: the client, each service's access level (read-only for prospects) and receiving account, the intake form. With `sendEmail` (the default) the client gets the access request by email. Answers with the invite and its link.",
    body: createInviteInputSchema.strict(),
    success: { status: 201, schema: apiCreatedInviteSchema, component: "CreatedInvite" },
    example: { body: EX.newInvite, response: { ...EX.invite, url: EX.inviteUrl } },
  },
  {
    id: "getInvite",
    method: "GET",
    path: "/invites/{inviteId}",
    scope: "invites:read",
    tag: "Invites",
    summary: "Get an invite",
    description: "One invite, with the status of each requested service.",
    success: { status: 200, schema: apiInviteSchema, component: "Invite" },
    example: { params: { inviteId: EX.invite.id }, response: EX.invite },
  },
  {
    id: "getInviteLink",
    method: "GET",
    path: "/invites/{inviteId}/link",
    scope: "invites:read",
    tag: "Invites",
    summary: "Copy an invite's link",
    description: "The invite's live link (`/i/<token>`), to send it yourself.",
    success: { status: 200, schema: apiInviteLinkSchema, component: "InviteLink" },
    example: {
      params: { inviteId: EX.invite.id },
      response: { inviteId: EX.invite.id, url: EX.inviteUrl },
    },
  },
  {
    id: "listCalls",
    method: "GET",
    path: "/clients/{clientId}/calls",
    scope: "calls:read",
    tag: "Calls and bookings",
    summary: "List a client's calls",
    description:
      "The calls of the client's AI agent, newest first, in cursor pages. Empty when the client has no agent connection.",
    query: apiPageQuerySchema,
    success: { status: 200, schema: apiListSchema(apiCallSchema), component: "CallList" },
    example: {
      params: { clientId: EX.client.id },
      query: { limit: "25" },
      response: page(EX.call),
    },
  },
  {
    id: "getCall",
    method: "GET",
    path: "/clients/{clientId}/calls/{callId}",
    scope: "calls:read",
    tag: "Calls and bookings",
    summary: "Get a call",
    description: "One call with its summary and transcript.",
    success: { status: 200, schema: apiCallSchema, component: "Call" },
    example: { params: { clientId: EX.client.id, callId: EX.call.id }, response: EX.call },
  },
  {
    id: "listBookings",
    method: "GET",
    path: "/clients/{clientId}/bookings",
    scope: "calls:read",
    tag: "Calls and bookings",
    summary: "List a client's bookings",
    description: "The bookings the client's agent made, latest appointment first, in cursor pages.",
    query: apiPageQuerySchema,
    success: { status: 200, schema: apiListSchema(apiBookingSchema), component: "BookingList" },
    example: {
      params: { clientId: EX.client.id },
      query: { limit: "25" },
      response: page(EX.booking),
    },
  },
  {
    id: "getBooking",
    method: "GET",
    path: "/clients/{clientId}/bookings/{bookingId}",
    scope: "calls:read",
    tag: "Calls and bookings",
    summary: "Get a booking",
    description: "One booking, with the call that made it.",
    success: { status: 200, schema: apiBookingSchema, component: "Booking" },
    example: {
      params: { clientId: EX.client.id, bookingId: EX.booking.id },
      response: EX.booking,
    },
  },
  {
    id: "listAccessPages",
    method: "GET",
    path: "/access-pages",
    scope: "pages:read",
    tag: "Access pages",
    summary: "List access pages",
    description:
      "The agency's access pages (public onboarding pages), newest first, in cursor pages, with each page's public address.",
    query: apiPageQuerySchema,
    success: {
      status: 200,
      schema: apiListSchema(apiAccessPageSchema),
      component: "AccessPageList",
    },
    example: { query: { limit: "25" }, response: page(EX.accessPage) },
  },
  {
    id: "createHook",
    method: "POST",
    path: "/hooks",
    scope: "webhooks:write",
    tag: "Webhooks",
    summary: "Subscribe a webhook (REST hook)",
    description:
      "Adds a webhook endpoint, as Settings -> Webhooks -> Add endpoint does, with its checks (a public https URL, events from the list). Zapier and Make call it when a Zap or scenario is turned on. Answers with the endpoint's `id` (to unsubscribe) and its signing `secret` (`whsec_…`), shown only here. Deliveries are signed the Standard Webhooks way; an endpoint that answers 410 Gone is turned off.",
    body: apiCreateHookSchema,
    success: { status: 201, schema: apiCreatedHookSchema, component: "CreatedHook" },
    example: { body: EX.newHook, response: EX.hook },
  },
  {
    id: "deleteHook",
    method: "DELETE",
    path: "/hooks/{hookId}",
    scope: "webhooks:write",
    tag: "Webhooks",
    summary: "Unsubscribe a webhook",
    description:
      "Removes one of the agency's webhook endpoints (any, whether subscribed here or added under Settings -> Webhooks), its secrets and its delivery log.",
    success: { status: 200, schema: apiDeletedHookSchema, component: "DeletedHook" },
    example: { params: { hookId: EX.hook.id }, response: { id: EX.hook.id, deleted: true } },
  },
] as const satisfies readonly ApiOperation[];

export type ApiOperationId = (typeof API_OPERATIONS)[number]["id"];

/** The names in a path's braces, in order: `/clients/{clientId}/calls` -> ["clientId"]. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([A-Za-z]+)\}/g)].map((match) => match[1] as string);
}

/** The operation a method and path (relative to /api/v1) name, with its path parameters. */
export function matchOperation(
  method: string,
  path: string,
): { operation: ApiOperation; params: Record<string, string> } | { allowed: string[] } | null {
  const segments = path.split("/").filter(Boolean);
  const allowed: string[] = [];
  for (const operation of API_OPERATIONS as readonly ApiOperation[]) {
    const pattern = operation.path.split("/").filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      const segment = segments[index] as string;
      if (part.startsWith("{")) {
        params[part.slice(1, -1)] = segment;
        return true;
      }
      return part === segment;
    });
    if (!matches) continue;
    if (operation.method === method) return { operation, params };
    allowed.push(operation.method);
  }
  return allowed.length > 0 ? { allowed } : null;
}
