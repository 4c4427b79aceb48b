import { z } from "zod";
import { RATE_LIMITS } from "../rate-limits";
import { sampleEventBody } from "../webhooks/event-samples";
import { eventBodySchema } from "../webhooks/event-schemas";
import { WEBHOOK_EVENT_INFO, WEBHOOK_EVENT_TYPES } from "../webhooks/events";
import { API_ERRORS, apiErrorSchema } from "./errors";
import { API_SCOPE_LABELS, API_SCOPES } from "./keys";
import { API_OPERATIONS, API_TAGS, type ApiOperation, pathParams } from "./operations";

/**
 * The REST API's OpenAPI 3.1 document, generated from the operations table
 * and the domain's zod schemas (JSON Schema 2020-12, which OpenAPI 3.1 uses
 * as is). Served at /api/v1/openapi.json; validated in the tests.
 */
type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  return rest;
}

const ERROR_RESPONSES: Record<string, { description: string; codes: string[] }> = {
  BadRequest: {
    description:
      "The request was refused: malformed JSON, unknown or invalid fields (see `fields`).",
    codes: ["malformed_json", "invalid_request", "invalid_cursor", "invalid_idempotency_key"],
  },
  Unauthorized: {
    description: "No API key, or one that is unknown or revoked.",
    codes: ["unauthorized"],
  },
  Forbidden: {
    description:
      "The key lacks this operation's scope, or a browser page on another site made the request.",
    codes: ["missing_scope", "cross_origin_refused"],
  },
  NotFound: {
    description: "No such resource in the key's agency.",
    codes: ["not_found"],
  },
  Conflict: {
    description: "The same Idempotency-Key is still being processed, or the state changed.",
    codes: ["idempotency_in_progress", "conflict"],
  },
  TooLarge: { description: "The body is larger than 64 KB.", codes: ["payload_too_large"] },
  UnsupportedMediaType: {
    description: "The body is not application/json.",
    codes: ["unsupported_media_type"],
  },
  IdempotencyKeyReused: {
    description: "The Idempotency-Key was first used with a different request.",
    codes: ["idempotency_key_reused"],
  },
  RateLimited: { description: "Too many requests for this key.", codes: ["rate_limited"] },
};

function errorResponse(name: string): Json {
  const { description, codes } = ERROR_RESPONSES[name] as { description: string; codes: string[] };
  const code = codes[0] as keyof typeof API_ERRORS;
  const response: Json = {
    description,
    content: {
      "application/json": {
        schema: { $ref: "#/components/schemas/Error" },
        example: { error: { code, message: API_ERRORS[code].message } },
      },
    },
  };
  if (name === "RateLimited") {
    response.headers = {
      "Retry-After": {
        description: "Seconds until the key's window resets.",
        schema: { type: "integer", minimum: 1 },
      },
    };
  }
  return response;
}

function parameters(operation: ApiOperation): Json[] {
  const params: Json[] = pathParams(operation.path).map((name) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string", pattern: "^[A-Za-z0-9]{1,64}$" },
    example: operation.example.params?.[name],
  }));
  const query = operation.query;
  if (query) {
    const properties = (jsonSchema(query, "input").properties ?? {}) as Record<string, Json>;
    for (const [name, schema] of Object.entries(properties)) {
      const { description, ...rest } = schema;
      const example = operation.example.query?.[name];
      params.push({
        name,
        in: "query",
        required: false,
        ...(description ? { description } : {}),
        schema: rest,
        ...(example === undefined
          ? {}
          : { example: rest.type === "integer" ? Number(example) : example }),
      });
    }
  }
  if (operation.method === "POST") {
    params.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description:
        "A unique key per intended create (e.g. a UUID). A retry with the same key within 24 hours gets the first answer and creates nothing.",
      schema: { type: "string", minLength: 1, maxLength: 255 },
      example: "3f1c9a7e-1d2b-4c5e-9f80-6a7b8c9d0e1f",
    });
  }
  return params;
}

function operationObject(operation: ApiOperation): Json {
  const responses: Json = {
    [operation.success.status]: {
      description: operation.success.status === 201 ? "Created." : "OK.",
      content: {
        "application/json": {
          schema: { $ref: `#/components/schemas/${operation.success.component}` },
          example: operation.example.response,
        },
      },
    },
    "400": { $ref: "#/components/responses/BadRequest" },
    "401": { $ref: "#/components/responses/Unauthorized" },
    "403": { $ref: "#/components/responses/Forbidden" },
    "404": { $ref: "#/components/responses/NotFound" },
    "429": { $ref: "#/components/responses/RateLimited" },
  };
  if (operation.body) {
    responses["409"] = { $ref: "#/components/responses/Conflict" };
    responses["413"] = { $ref: "#/components/responses/TooLarge" };
    responses["415"] = { $ref: "#/components/responses/UnsupportedMediaType" };
  }
  if (operation.method === "POST") {
    responses["422"] = { $ref: "#/components/responses/IdempotencyKeyReused" };
  }
  return {
    operationId: operation.id,
    summary: operation.summary,
    description: `${operation.description}\n\nScope: \`${operation.scope}\`.`,
    tags: [operation.tag],
    "x-portico-scope": operation.scope,
    parameters: parameters(operation),
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: jsonSchema(operation.body, "input"),
                example: operation.example.body,
              },
            },
          },
        }
      : {}),
    responses,
  };
}

const SIGNATURE_HEADERS: Record<string, string> = {
  "webhook-id":
    "The event's id (`evt_…`): the same on every attempt and replay; deduplicate by it.",
  "webhook-timestamp": "When this attempt was signed (Unix seconds).",
  "webhook-signature":
    "`v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; two during a secret's rotation.",
};

/**
 * The events Portico posts to webhook endpoints (OpenAPI 3.1 `webhooks`),
 * each with its body's schema and a sample, from webhooks/event-schemas.ts.
 */
function webhooks(): Record<string, Json> {
  return Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          operationId: `event_${type.replace(".", "_")}`,
          summary: WEBHOOK_EVENT_INFO[type].label,
          description: `${WEBHOOK_EVENT_INFO[type].description} Signed the Standard Webhooks way.`,
          tags: ["Webhooks"],
          parameters: Object.entries(SIGNATURE_HEADERS).map(([name, description]) => ({
            name,
            in: "header",
            required: true,
            description,
            schema: { type: "string" },
          })),
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: jsonSchema(eventBodySchema(type), "output"),
                example: sampleEventBody(type),
              },
            },
          },
          responses: {
            "200": { description: "Any 2xx: delivered. 410: the endpoint is turned off." },
          },
        },
      },
    ]),
  );
}

/** The document, for an API served at `serverUrl` (e.g. https://app.example.com/api/v1). */
export function openApiDocument(serverUrl: string): Json {
  const schemas: Record<string, Json> = { Error: jsonSchema(apiErrorSchema, "output") };
  const paths: Record<string, Record<string, Json>> = {};
  for (const operation of API_OPERATIONS as readonly ApiOperation[]) {
    schemas[operation.success.component] ??= jsonSchema(operation.success.schema, "output");
    paths[operation.path] ??= {};
    (paths[operation.path] as Record<string, Json>)[operation.method.toLowerCase()] =
      operationObject(operation);
  }
  const limit = RATE_LIMITS.apiPerKey;
  return {
    openapi: "3.1.0",
    info: {
      title: "Portico REST API",
      version: "1.0.0",
      description: [
        "Clients, invites, access pages, calls and bookings of one agency, and webhook subscriptions, for CRMs and automation tools.",
        "Authenticate with an API key from Settings -> API: `Authorization: Bearer ptk_…`. Each key has scopes: " +
          API_SCOPES.map((scope) => `\`${scope}\` (${API_SCOPE_LABELS[scope].label})`).join(", ") +
          ".",
        `Each key may make ${limit.limit} requests per ${limit.windowSeconds} seconds; past that the API answers 429 with Retry-After.`,
        "Lists are cursor pages, newest first: pass a page's `nextCursor` as `cursor` for the next one.",
        "Errors are `{error: {code, message, fields?}}`.",
        "The API is for servers: a browser page calling it from another origin is refused (keep API keys out of browsers).",
      ].join("\n\n"),
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    tags: API_TAGS.map((name) => ({ name })),
    paths,
    webhooks: webhooks(),
    components: {
      schemas,
      responses: Object.fromEntries(
        Object.keys(ERROR_RESPONSES).map((name) => [name, errorResponse(name)]),
      ),
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: "An API key (`ptk_…`), made by an owner or admin under Settings -> API.",
        },
      },
    },
  };
}
