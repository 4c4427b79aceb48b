import type { ServiceId } from "@portico/domain/catalogue/services";

/**
 * A platform connector: how a client gives the agency access by signing in
 * with the platform. The flow is start -> the provider's consent screen ->
 * callback with a code -> the client's accounts -> the client picks one ->
 * grant to the agency's receiving account at the requested level -> verify.
 * The sandbox connector plays every platform locally; real providers
 * (Google, Meta) implement the same interface.
 */

/** What the provider returned for the client's sign-in. Secrets never leave functions. */
export interface ConnectorTokens {
  accessToken: string;
  refreshToken: string | null;
  /** Scopes the client actually granted. */
  scopes: string[];
  expiresAt: Date | null;
}

/** One of the client's accounts on the platform. */
export interface ConnectorAccount {
  id: string;
  name: string;
  /** A second line, e.g. the account number. */
  detail: string;
}

export interface GrantRequest {
  serviceId: ServiceId;
  /** The client's account chosen on the page. */
  account: ConnectorAccount;
  /** The agency's receiving account, as saved in Settings -> Connected accounts. */
  agencyAccount: { kind: string; value: string; label: string };
  /** The access level's id in the catalogue. */
  accessLevel: string;
}

export interface Connector {
  /** "sandbox", "google", "meta". */
  readonly id: string;
  /** Whether this connector can grant `serviceId`; other services show their guided steps. */
  supports(serviceId: ServiceId): boolean;
  /** The provider's consent screen for this service; `state` comes back on the callback. */
  authorizationUrl(input: { serviceId: ServiceId; state: string; redirectUri: string }): string;
  /** Trades the callback's code for tokens. Throws ConnectorError when the code is refused. */
  exchangeCode(input: {
    serviceId: ServiceId;
    code: string;
    redirectUri: string;
  }): Promise<ConnectorTokens>;
  listAccounts(tokens: ConnectorTokens, serviceId: ServiceId): Promise<ConnectorAccount[]>;
  /** Gives the agency access. Safe to repeat: granting what exists already succeeds. */
  grantAccess(tokens: ConnectorTokens, request: GrantRequest): Promise<void>;
  /** Reads back the account's users/partners to confirm the grant took effect. */
  verifyAccess(tokens: ConnectorTokens, request: GrantRequest): Promise<boolean>;
}

/** A provider refused or failed; `message` is safe to show the client. */
export class ConnectorError extends Error {
  constructor(
    message: string,
    readonly reason: "refused" | "unavailable",
  ) {
    super(message);
  }
}
