import { z } from "zod";
import { ConnectorError } from "./connector";

/**
 * One way to call a provider's API and read its answer, shared by the Google and
 * Meta connectors. Errors become ConnectorError with messages safe to show the
 * client: never a token, a secret or the provider's raw error text.
 */

/** How long one provider call may take before the client is told to try again. */
const TIMEOUT_MS = 15_000;

/** A provider's name as the client knows it, for messages: "Google", "Facebook". */
export type ProviderName = string;

/** Client-safe error for a provider's HTTP status. */
export function errorForStatus(provider: ProviderName, status: number): ConnectorError {
  // 408 and 429 are "try later", like a server error; every other 4xx is a refusal.
  if (status >= 500 || status === 408 || status === 429) return unavailable(provider);
  return new ConnectorError(`${provider} refused the request.`, "refused");
}

export function unavailable(provider: ProviderName): ConnectorError {
  return new ConnectorError(
    `${provider} is not responding right now. Please try again in a few minutes.`,
    "unavailable",
  );
}

export interface ProviderRequest {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as a Bearer token; kept out of URLs so it never lands in request logs. */
  accessToken?: string;
  headers?: Record<string, string>;
  /** A JSON body, or form fields sent as application/x-www-form-urlencoded. */
  json?: unknown;
  form?: Record<string, string>;
}

export interface ProviderResponse {
  status: number;
  ok: boolean;
  /** The parsed JSON body, or null when there was none or it was not JSON. */
  body: unknown;
}

/** One HTTP call; network failures and timeouts become "unavailable", nothing else is judged. */
export async function send(
  provider: ProviderName,
  url: string,
  request: ProviderRequest = {},
): Promise<ProviderResponse> {
  const headers: Record<string, string> = { accept: "application/json", ...request.headers };
  if (request.accessToken) headers.authorization = `Bearer ${request.accessToken}`;
  let body: string | undefined;
  if (request.form) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(request.form).toString();
  } else if (request.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(request.json);
  }
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: request.method ?? (body === undefined ? "GET" : "POST"),
      headers,
      body,
      redirect: "error",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    text = await response.text();
  } catch {
    // The cause may quote the URL; the client only needs to know to retry.
    throw unavailable(provider);
  }
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  return { status: response.status, ok: response.ok, body: parsed };
}

/** Reads a provider's error body when it has a known shape, else null. */
export function errorBody<T>(schema: z.ZodType<T>, response: ProviderResponse): T | null {
  const read = schema.safeParse(response.body);
  return read.success ? read.data : null;
}

/**
 * Calls the provider and reads its answer with `schema`, throwing ConnectorError on
 * any error status. An answer that does not have the documented shape is the
 * provider's fault, so the client is told to try again later, like a server error.
 * `classify` lets a provider read its own error body first (e.g. Graph's transient
 * error codes arrive as HTTP 400).
 */
export async function call<T>(
  provider: ProviderName,
  url: string,
  schema: z.ZodType<T>,
  request: ProviderRequest = {},
  classify?: (response: ProviderResponse) => ConnectorError | null,
): Promise<T> {
  const response = await send(provider, url, request);
  if (!response.ok) throw classify?.(response) ?? errorForStatus(provider, response.status);
  const read = schema.safeParse(response.body);
  if (!read.success) throw unavailable(provider);
  return read.data;
}

// ---- Pieces of response schemas ------------------------------------------------

/**
 * A text field. Absent (providers leave out empty fields) reads as "", and a number
 * as its decimal text: ids arrive as either, depending on the API.
 */
export const text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? "" : String(value)));

/** A repeated field; absent reads as an empty list. */
export function list<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((items): z.output<T>[] => items ?? []);
}

/**
 * Any answer: for writes that only need to succeed, and for token endpoints, whose
 * answer tokensFromResponse reads (a malformed one is a sign-in that did not finish).
 */
export const anyAnswer = z.unknown();
