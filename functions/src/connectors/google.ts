import type { ServiceId } from "@portico/domain/catalogue/services";
import { type Connector, ConnectorError } from "./connector";
import { googleAds } from "./google/googleAds";
import { googleAnalytics } from "./google/googleAnalytics";
import { GOOGLE, type GoogleEndpoints, type GoogleService } from "./google/googleApi";
import { tagManager } from "./google/tagManager";
import { buildAuthorizationUrl, exchangeAuthorizationCode } from "./oauth";

/** Sign in with Google: one OAuth client, one service module per Google product. */

const DEFAULT_ENDPOINTS: GoogleEndpoints = {
  authorize: "https://accounts.google.com/o/oauth2/v2/auth",
  token: "https://oauth2.googleapis.com/token",
  ads: "https://googleads.googleapis.com",
  analyticsAdmin: "https://analyticsadmin.googleapis.com",
  tagManager: "https://tagmanager.googleapis.com",
};

export interface GoogleConnectorOptions {
  clientId: string;
  clientSecret: string;
  /** Google Ads API developer token; without it Google Ads is left to the guided steps. */
  developerToken?: string;
  adsApiVersion?: string;
  endpoints?: Partial<GoogleEndpoints>;
  /** For tests: the clock used to turn expires_in into expiresAt. */
  now?: () => Date;
}

/*
 * Services not here stay guided:
 * - google-search-console and youtube: their APIs cannot add users (the catalogue
 *   marks them guided).
 * - google-business-profile: the Business Profile account management API is granted
 *   to approved projects only, so a general OAuth client cannot call it.
 * - google-merchant-center: the Merchant API can add users but has no "Email only"
 *   access right matching the catalogue; left for later.
 * - google-looker-studio: no public API for report sharing.
 */
type GoogleServiceId = "google-ads" | "google-analytics-4" | "google-tag-manager";

export function googleConnector(options: GoogleConnectorOptions): Connector {
  const endpoints = { ...DEFAULT_ENDPOINTS, ...options.endpoints };
  const services: Record<GoogleServiceId, GoogleService> = {
    "google-ads": googleAds(endpoints, options),
    "google-analytics-4": googleAnalytics(endpoints),
    "google-tag-manager": tagManager(endpoints),
  };
  const service = (serviceId: ServiceId): GoogleService => {
    if (!isSupported(serviceId)) {
      throw new ConnectorError("Google sign-in is not available for this service.", "refused");
    }
    return services[serviceId];
  };
  const isSupported = (serviceId: ServiceId): serviceId is GoogleServiceId =>
    Object.hasOwn(services, serviceId) &&
    // Every Google Ads API call needs the developer token.
    (serviceId !== "google-ads" || Boolean(options.developerToken));

  return {
    id: "google",
    supports: isSupported,
    authorizationUrl({ serviceId, state, redirectUri }) {
      return buildAuthorizationUrl({
        endpoint: endpoints.authorize,
        clientId: options.clientId,
        redirectUri,
        scopes: service(serviceId).scopes,
        state,
        // A refresh token lets a later retry or verification run without the client.
        extra: { access_type: "offline", prompt: "consent" },
      });
    },
    exchangeCode({ serviceId, code, redirectUri }) {
      return exchangeAuthorizationCode({
        provider: GOOGLE,
        tokenEndpoint: endpoints.token,
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        code,
        redirectUri,
        requestedScopes: service(serviceId).scopes,
        now: options.now?.(),
      });
    },
    listAccounts: (tokens, serviceId) => service(serviceId).list(tokens),
    grantAccess: (tokens, request) => service(request.serviceId).grant(tokens, request),
    verifyAccess: (tokens, request) => service(request.serviceId).verify(tokens, request),
  };
}
