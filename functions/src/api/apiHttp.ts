import { API_ERRORS, type ApiErrorBody, type ApiErrorCode } from "@portico/domain/api/errors";
import { isInvalidArgumentDetails } from "@portico/domain/validation";
import { HttpsError, type Response } from "firebase-functions/v2/https";

/** What a handler answers: the status, the JSON body and any extra headers. */
export interface ApiAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A refusal in the API's one error shape; thrown by any step, answered by the entry point. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string = API_ERRORS[code].message,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  answer(): ApiAnswer {
    const body: ApiErrorBody = {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields ? { fields: this.fields } : {}),
      },
    };
    return {
      status: API_ERRORS[this.code].status,
      body,
      ...(this.headers ? { headers: this.headers } : {}),
    };
  }
}

/**
 * The shared logic's refusals (the callables' HttpsErrors) in the API's
 * words: field messages stay field messages, "not found" stays 404.
 */
function fromHttpsError(error: HttpsError): ApiError {
  switch (error.code) {
    case "invalid-argument": {
      const fields = isInvalidArgumentDetails(error.details) ? error.details.fields : undefined;
      return new ApiError("invalid_request", error.message, fields);
    }
    case "not-found":
      return new ApiError("not_found", error.message);
    case "failed-precondition":
    case "already-exists":
    case "aborted":
      return new ApiError("conflict", error.message);
    case "resource-exhausted": {
      // The agency's mail quota: answered like a rate limit, with when it resets.
      const details = error.details as { resetsAt?: unknown; retryAt?: unknown } | undefined;
      const at = Date.parse(String(details?.resetsAt ?? details?.retryAt ?? ""));
      const seconds = Number.isFinite(at) ? Math.max(1, Math.ceil((at - Date.now()) / 1000)) : 60;
      return new ApiError("rate_limited", error.message, undefined, {
        "Retry-After": String(seconds),
      });
    }
    default:
      return new ApiError("internal");
  }
}

export function send(response: Response, answer: ApiAnswer): void {
  response.status(answer.status).set("Cache-Control", "no-store");
  for (const [name, value] of Object.entries(answer.headers ?? {})) response.set(name, value);
  response.json(answer.body);
}

/** An unexpected failure (or a known refusal) as the answer to send. */
export function answerOf(error: unknown): ApiAnswer | null {
  if (error instanceof ApiError) return error.answer();
  if (error instanceof HttpsError) return fromHttpsError(error).answer();
  return null;
}
