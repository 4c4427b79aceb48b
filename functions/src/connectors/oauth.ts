import { z } from "zod";
import { ConnectorError, type ConnectorTokens } from "./connector";
import { anyAnswer, call, type ProviderName, unavailable } from "./providerHttp";

/**
 * OAuth 2.0 authorization-code helpers shared by the Google and Meta connectors.
 * Errors become ConnectorError with messages safe to show the client.
 */

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

/**
 * A token endpoint's successful answer (RFC 6749 §5.1; Google's and Meta's follow
 * it). Only access_token is required; the others may be left out.
 */
const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().nullish(),
  refresh_token: z.string().nullish(),
  /** Seconds the access token lives (a number; some providers have sent it as text). */
  expires_in: z.union([z.number(), z.string()]).nullish(),
  /** What the client actually granted, space-separated (Meta: commas); absent = as requested. */
  scope: z.string().nullish(),
});

/** Maps an OAuth token response to ConnectorTokens; a malformed one is an unfinished sign-in. */
export function tokensFromResponse(
  provider: ProviderName,
  body: unknown,
  options: { requestedScopes: readonly string[]; now?: Date },
): ConnectorTokens {
  const read = tokenResponseSchema.safeParse(body);
  if (!read.success) {
    throw new ConnectorError(`${provider} did not complete the sign-in.`, "refused");
  }
  const json = read.data;
  const now = options.now ?? new Date();
  const expiresIn = Number(json.expires_in ?? 0);
  return {
    accessToken: json.access_token,
    refreshToken: json.refresh_token || null,
    scopes:
      typeof json.scope === "string"
        ? json.scope.split(/[\s,]+/).filter(Boolean)
        : [...options.requestedScopes],
    expiresAt:
      Number.isFinite(expiresIn) && expiresIn > 0
        ? new Date(now.getTime() + expiresIn * 1000)
        : null,
  };
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
    anyAnswer,
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
