import { API_MAX_BODY_BYTES, apiFieldErrors } from "@portico/domain/api/errors";
import { openApiDocument } from "@portico/domain/api/openapi";
import {
  type ApiOperation,
  type ApiOperationId,
  matchOperation,
} from "@portico/domain/api/operations";
import { unknownFields } from "@portico/domain/api/unknown-fields";
import { isDocId } from "@portico/domain/ids";
import { logger } from "firebase-functions";
import { onRequest, type Request } from "firebase-functions/v2/https";
import type { z } from "zod";
import { screenCallableData } from "../callableScreen";
import { APP_URL, INVITE_LINK_KEY, isEmulator, TOKEN_VAULT_KEY } from "../config";
import { countAgainstLimit } from "../rateLimit";
import { accessPageHandlers } from "./apiAccessPages";
import { callHandlers } from "./apiCalls";
import { clientHandlers } from "./apiClients";
import type { ApiContext } from "./apiContext";
import { crossOriginAnswer } from "./apiCors";
import { hookHandlers, keptHookAnswer } from "./apiHooks";
import { type ApiAnswer, ApiError, answerOf, send } from "./apiHttp";
import { withIdempotency } from "./apiIdempotency";
import { inviteHandlers } from "./apiInvites";
import { type ApiCaller, authenticate, requireScope } from "./apiKeyAuth";

const PREFIX = "/api/v1";

type AnyHandler = (context: ApiContext) => Promise<ApiAnswer>;

/** Every operation's handler; each is typed by its own operation where it is written. */
const handlers = {
  ...clientHandlers,
  ...inviteHandlers,
  ...callHandlers,
  ...accessPageHandlers,
  ...hookHandlers,
} satisfies Record<ApiOperationId, unknown> as unknown as Record<ApiOperationId, AnyHandler>;

/** The query string as flat strings; a repeated parameter is refused (which one would win?). */
function flatQuery(request: Request): Record<string, string> {
  const flat: Record<string, string> = {};
  const repeated: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.query)) {
    if (typeof value === "string") flat[name] = value;
    else repeated[name] = "Send this parameter once, as plain text.";
  }
  if (Object.keys(repeated).length > 0) {
    throw new ApiError("invalid_request", undefined, repeated);
  }
  return flat;
}

/** The JSON body, checked for size, type and shape before any schema sees it. */
function jsonBody(request: Request): unknown {
  const size = request.rawBody?.length ?? 0;
  if (size > API_MAX_BODY_BYTES) {
    throw new ApiError(
      "payload_too_large",
      `The body is larger than ${API_MAX_BODY_BYTES / 1024} KB.`,
    );
  }
  if (!request.is("application/json")) throw new ApiError("unsupported_media_type");
  // The platform parsed it already (and answers malformed JSON with 400 itself).
  const body: unknown = request.body;
  if (size === 0 || body === undefined) throw new ApiError("malformed_json", "Send a JSON body.");
  const problem = screenCallableData(body);
  if (problem) {
    throw new ApiError("invalid_request", undefined, {
      _body: `This body is not accepted: ${problem}.`,
    });
  }
  return body;
}

async function countRequest(caller: ApiCaller): Promise<void> {
  const now = Date.now();
  const retryAt = await countAgainstLimit("apiPerKey", caller.keyId, now);
  if (retryAt) {
    const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now) / 1000));
    throw new ApiError("rate_limited", undefined, undefined, { "Retry-After": String(seconds) });
  }
}

function parseWith(schema: ApiOperation["query"], value: unknown): unknown {
  if (!schema) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new ApiError("invalid_request", undefined, apiFieldErrors(parsed.error));
  }
  return parsed.data;
}

/** The body by the operation's schema, refusing unknown fields at any depth too. */
function parseBody(schema: z.ZodType, value: unknown): unknown {
  const parsed = schema.safeParse(value);
  const fields = {
    ...(parsed.success ? {} : apiFieldErrors(parsed.error)),
    ...unknownFields(value, schema),
  };
  if (!parsed.success || Object.keys(fields).length > 0) {
    throw new ApiError("invalid_request", undefined, fields);
  }
  return parsed.data;
}

/** One request, from path to answer; every refusal is an ApiError. */
async function handle(request: Request): Promise<ApiAnswer> {
  if (!request.path.startsWith(`${PREFIX}/`)) throw new ApiError("not_found");
  const path = request.path.slice(PREFIX.length);
  const crossOrigin = crossOriginAnswer(request, path, APP_URL.value());
  if (crossOrigin) return crossOrigin;
  if (path === "/openapi.json" && request.method === "GET") {
    return {
      status: 200,
      body: openApiDocument(`${APP_URL.value()}${PREFIX}`),
      // Public and without credentials: API tools in any browser may load it.
      headers: { "Access-Control-Allow-Origin": "*" },
    };
  }
  const matched = matchOperation(request.method, path);
  if (!matched) throw new ApiError("not_found");
  if ("allowed" in matched) {
    throw new ApiError("method_not_allowed", undefined, undefined, {
      Allow: matched.allowed.join(", "),
    });
  }
  const { operation, params } = matched;
  // IDs become document paths: anything else is simply not there.
  if (!Object.values(params).every(isDocId)) throw new ApiError("not_found");

  const caller = await authenticate(request.header("authorization"));
  await countRequest(caller);
  requireScope(caller, operation.scope);
  const query = operation.query ? parseWith(operation.query, flatQuery(request)) : undefined;
  if (!operation.query && Object.keys(request.query).length > 0) {
    throw new ApiError(
      "invalid_request",
      undefined,
      Object.fromEntries(Object.keys(request.query).map((name) => [name, "Unknown parameter."])),
    );
  }
  const rawBody = operation.body ? jsonBody(request) : undefined;
  const body = operation.body ? parseBody(operation.body, rawBody) : undefined;
  const context = { caller, params, query, body } as ApiContext;
  const run = () => handlers[operation.id as ApiOperationId](context);
  const answer =
    operation.method === "POST"
      ? await withIdempotency(
          caller.keyId,
          request.header("idempotency-key"),
          { method: operation.method, path, body: rawBody },
          run,
          operation.id === "createHook" ? keptHookAnswer(caller.agencyId) : undefined,
        )
      : await run();
  if (isEmulator() && answer.status === operation.success.status) {
    // The tests catch a handler drifting from the documented schema.
    const checked = operation.success.schema.safeParse(answer.body);
    if (!checked.success) {
      logger.error("API answer does not match its schema", {
        operation: operation.id,
        issues: checked.error.issues,
      });
      throw new Error(`${operation.id} answered outside its schema`);
    }
  }
  return answer;
}

/**
 * The REST API (`/api/v1/...`, behind Hosting; or the function's own URL
 * with that path). API keys, scopes, a rate limit per key, idempotent POSTs
 * and one error shape; the operations are domain/src/api/operations.ts.
 */
export const api = onRequest(
  {
    invoker: "public",
    // Cross-origin requests are answered by apiCors.ts; false also keeps the
    // emulator's allow-everything CORS off, so tests see what production does.
    cors: false,
    // Invite links; webhook signing secrets (sealed with the vault key) for hook subscriptions.
    secrets: [INVITE_LINK_KEY, TOKEN_VAULT_KEY],
    timeoutSeconds: 60,
    concurrency: 80,
  },
  async (request, response) => {
    let answer: ApiAnswer;
    try {
      answer = await handle(request);
    } catch (error) {
      const known = answerOf(error);
      if (!known) logger.error("API request failed", { path: request.path, error });
      answer = known ?? new ApiError("internal").answer();
    }
    send(response, answer);
  },
);
