import { ConnectorError, type ConnectorTokens } from "./connector";

/**
 * OAuth 2.0 authorization-code helpers and one way to call a provider's API, shared
 * by the Google and Meta connectors. Errors become ConnectorError with messages safe
 * to show the client: never a token, a secret or the provider's raw error text.
 */

/** How long one provider call may take before the client is told to try again. */
const TIMEOUT_MS = 15_000;

export interface AuthorizationUrlInput {
  endpoint: string;
  clientId: string;
  redirectUri: string;
  scopes: readonly string[];
  state: string;
  /** Google joins scopes with spaces (RFC 6749); Facebook Login documents commas. */
  scopeSeparator?: " " | ",";
  /** Provider extras, e.g. Google's access_type=offline and prompt=consent. */
  extra?: Record<string, string>;
}

export function buildAuthorizationUrl(input: AuthorizationUrlInput): string {
  const url = new URL(input.endpoint);
  url.searchParams.set("client_id", input.clientId);
  url.searchParams.set("redirect_uri", input.redirectUri);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("scope", input.scopes.join(input.scopeSeparator ?? " "));
  url.searchParams.set("state", input.state);
  for (const [name, value] of Object.entries(input.extra ?? {})) url.searchParams.set(name, value);
  return url.toString();
}

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
  method?: "GET" | "POST" | "PUT" | "PATCH";
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

/**
 * Calls the provider and returns the JSON body, throwing ConnectorError on any
 * error status. `classify` lets a provider read its own error body first (e.g.
 * Graph's transient error codes arrive as HTTP 400).
 */
export async function call(
  provider: ProviderName,
  url: string,
  request: ProviderRequest = {},
  classify?: (response: ProviderResponse) => ConnectorError | null,
): Promise<unknown> {
  const response = await send(provider, url, request);
  if (response.ok) return response.body;
  throw classify?.(response) ?? errorForStatus(provider, response.status);
}

/** Maps an OAuth token response to ConnectorTokens. */
export function tokensFromResponse(
  provider: ProviderName,
  body: unknown,
  options: { requestedScopes: readonly string[]; now?: Date },
): ConnectorTokens {
  const json = asRecord(body);
  const accessToken = json.access_token;
  if (typeof accessToken !== "string" || accessToken === "") {
    throw new ConnectorError(`${provider} did not complete the sign-in.`, "refused");
  }
  const refreshToken =
    typeof json.refresh_token === "string" && json.refresh_token ? json.refresh_token : null;
  const expiresIn = Number(json.expires_in);
  const now = options.now ?? new Date();
  const expiresAt =
    Number.isFinite(expiresIn) && expiresIn > 0 ? new Date(now.getTime() + expiresIn * 1000) : null;
  // The scope field holds what the client actually granted (RFC 6749 §5.1); when the
  // provider leaves it out, it granted what was requested.
  const scopes =
    typeof json.scope === "string"
      ? json.scope.split(/[\s,]+/).filter(Boolean)
      : [...options.requestedScopes];
  return { accessToken, refreshToken, scopes, expiresAt };
}

/**
 * Trades an authorization code for tokens at a standard token endpoint: a form
 * POST with the client secret in the body, never in the URL.
 */
export async function exchangeAuthorizationCode(input: {
  provider: ProviderName;
  tokenEndpoint: string;
  clientId: string;
  clientSecret: string;
  code: string;
  redirectUri: string;
  requestedScopes: readonly string[];
  now?: Date;
}): Promise<ConnectorTokens> {
  const body = await call(
    input.provider,
    input.tokenEndpoint,
    {
      method: "POST",
      form: {
        grant_type: "authorization_code",
        code: input.code,
        client_id: input.clientId,
        client_secret: input.clientSecret,
        redirect_uri: input.redirectUri,
      },
    },
    (response) => signInError(input.provider, response.status),
  );
  return tokensFromResponse(input.provider, body, input);
}

/** A token endpoint's refusal (e.g. invalid_grant: the code expired or was used). */
export function signInError(provider: ProviderName, status: number): ConnectorError {
  if (status >= 500 || status === 408 || status === 429) return unavailable(provider);
  return new ConnectorError(
    `${provider} did not accept the sign-in. Please sign in again.`,
    "refused",
  );
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}
