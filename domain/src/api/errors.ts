import { z } from "zod";

/**
 * Every REST API error has one shape: `{error: {code, message, fields?}}`,
 * with `fields` (field path -> message, as the app's forms show them) when
 * the request's body or query was refused.
 */
export const API_ERRORS = {
  malformed_json: { status: 400, message: "The body is not valid JSON." },
  invalid_request: { status: 400, message: "Some fields need attention." },
  invalid_cursor: { status: 400, message: "This cursor is not one the API gave out." },
  invalid_idempotency_key: {
    status: 400,
    message: "Idempotency-Key must be 1 to 255 visible ASCII characters.",
  },
  unauthorized: {
    status: 401,
    message: "Send a valid API key: Authorization: Bearer ptk_…",
  },
  missing_scope: { status: 403, message: "This API key does not have the scope for this." },
  cross_origin_refused: {
    status: 403,
    message:
      "The REST API is for servers: web pages on other sites may not call it. Keep API keys out of browsers and call the API from your server.",
  },
  not_found: { status: 404, message: "Nothing here." },
  method_not_allowed: { status: 405, message: "This method is not allowed here." },
  idempotency_in_progress: {
    status: 409,
    message: "A request with this Idempotency-Key is still in progress; retry shortly.",
  },
  conflict: { status: 409, message: "This conflicts with the current state." },
  payload_too_large: { status: 413, message: "The body is too large." },
  unsupported_media_type: { status: 415, message: "Send the body as application/json." },
  idempotency_key_reused: {
    status: 422,
    message: "This Idempotency-Key was used with another request.",
  },
  rate_limited: { status: 429, message: "Too many requests for this API key; retry later." },
  internal: { status: 500, message: "Something went wrong on our side; retry later." },
} as const satisfies Record<string, { status: number; message: string }>;
export type ApiErrorCode = keyof typeof API_ERRORS;

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(API_ERRORS) as [ApiErrorCode, ...ApiErrorCode[]]),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ApiErrorBody = z.output<typeof apiErrorSchema>;

/** Field path -> message from a zod error; unknown fields get a message each. */
export function apiFieldErrors(error: z.ZodError, prefix = ""): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const at = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        fields[at ? `${at}.${key}` : key] ??= "Unknown field: remove it.";
      }
      continue;
    }
    fields[at || "_body"] ??= issue.message;
  }
  return fields;
}

/** The largest body the API reads (a create with 20 services is far below it). */
export const API_MAX_BODY_BYTES = 64 * 1024;
