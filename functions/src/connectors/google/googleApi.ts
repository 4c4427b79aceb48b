import { getService, type ServiceId } from "@portico/domain/catalogue/services";
import { z } from "zod";
import {
  type ConnectorAccount,
  ConnectorError,
  type ConnectorTokens,
  type GrantRequest,
} from "../connector";
import {
  call,
  errorBody,
  type ProviderRequest,
  type ProviderResponse,
  text,
} from "../providerHttp";

/** What every Google service shares: where the APIs are, how to call them, how levels map. */

export const GOOGLE = "Google";

/** Where the connector reaches Google; tests point these at a local fake. */
export interface GoogleEndpoints {
  authorize: string;
  token: string;
  /** Google Ads API origin; the version is added per call. */
  ads: string;
  analyticsAdmin: string;
  tagManager: string;
}

/** One Google product the connector can grant: its scopes, listing, grant and read-back. */
export interface GoogleService {
  scopes: readonly string[];
  list(tokens: ConnectorTokens): Promise<ConnectorAccount[]>;
  grant(tokens: ConnectorTokens, request: GrantRequest): Promise<void>;
  verify(tokens: ConnectorTokens, request: GrantRequest): Promise<boolean>;
}

export function googleCall<T>(url: string, schema: z.ZodType<T>, request: ProviderRequest = {}) {
  return call(GOOGLE, url, schema, request);
}

/** Google's JSON error body: {"error": {"code", "status": "ALREADY_EXISTS", "message"}}. */
const googleErrorSchema = z.object({ error: z.object({ status: text }) });

export function googleStatus(response: ProviderResponse): string {
  return errorBody(googleErrorSchema, response)?.error.status ?? "";
}

/** A list answer's paging: Google sends nextPageToken until the last page. */
export const pageTokenField = { nextPageToken: text };

/** Every item of a paged list: `page` fetches one page for a token ("" for the first). */
export async function allPages<T>(
  page: (pageToken: string) => Promise<{ items: T[]; nextPageToken: string }>,
): Promise<T[]> {
  const items: T[] = [];
  let pageToken = "";
  do {
    const answer = await page(pageToken);
    items.push(...answer.items);
    pageToken = answer.nextPageToken;
  } while (pageToken);
  return items;
}

/** The agency's email for services shared with a Google account. */
export function agencyEmail(request: GrantRequest): string {
  if (request.agencyAccount.kind !== "google-account") {
    throw new ConnectorError(
      "The agency's Google account is not set up for this service.",
      "refused",
    );
  }
  return request.agencyAccount.value.trim().toLowerCase();
}

/** Maps the catalogue's level id to the provider's value; unknown levels are refused. */
export function mapLevel<T>(serviceId: ServiceId, map: Record<string, T>, levelId: string): T {
  const value = map[levelId];
  if (value === undefined || !getService(serviceId).accessLevels.some((l) => l.id === levelId)) {
    throw new ConnectorError("This access level cannot be granted by signing in.", "refused");
  }
  return value;
}

export function digits(value: string): string {
  return value.replace(/\D/g, "");
}
