import { getService, type ServiceId } from "@portico/domain/catalogue/services";
import {
  type Connector,
  type ConnectorAccount,
  ConnectorError,
  type ConnectorTokens,
  type GrantRequest,
} from "./connector";
import {
  asArray,
  asRecord,
  asString,
  buildAuthorizationUrl,
  call,
  errorForStatus,
  exchangeAuthorizationCode,
  type ProviderRequest,
  type ProviderResponse,
  send,
} from "./oauth";

/** Where the connector reaches Google; tests point these at a local fake. */
export interface GoogleEndpoints {
  authorize: string;
  token: string;
  /** Google Ads API origin; the version is added per call. */
  ads: string;
  analyticsAdmin: string;
  tagManager: string;
}

const DEFAULT_ENDPOINTS: GoogleEndpoints = {
  authorize: "https://accounts.google.com/o/oauth2/v2/auth",
  token: "https://oauth2.googleapis.com/token",
  ads: "https://googleads.googleapis.com",
  analyticsAdmin: "https://analyticsadmin.googleapis.com",
  tagManager: "https://tagmanager.googleapis.com",
};

/** Google retires each Ads API version about a year after release; bump it with the calendar. */
const DEFAULT_ADS_API_VERSION = "v26";

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

const PROVIDER = "Google";

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

interface GoogleService {
  scopes: readonly string[];
  list(tokens: ConnectorTokens): Promise<ConnectorAccount[]>;
  grant(tokens: ConnectorTokens, request: GrantRequest): Promise<void>;
  verify(tokens: ConnectorTokens, request: GrantRequest): Promise<boolean>;
}

export function googleConnector(options: GoogleConnectorOptions): Connector {
  const endpoints = { ...DEFAULT_ENDPOINTS, ...options.endpoints };
  const services: Record<GoogleServiceId, GoogleService> = {
    "google-ads": googleAds(endpoints, options),
    "google-analytics-4": analytics(endpoints),
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
        provider: PROVIDER,
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

/** Google's JSON error body: {"error": {"code", "status": "ALREADY_EXISTS", ...}}. */
function googleStatus(response: ProviderResponse): string {
  return asString(asRecord(asRecord(response.body).error).status);
}

function googleCall(url: string, request: ProviderRequest): Promise<unknown> {
  return call(PROVIDER, url, request);
}

/** The agency's email for services shared with a Google account. */
function agencyEmail(request: GrantRequest): string {
  if (request.agencyAccount.kind !== "google-account") {
    throw new ConnectorError(
      "The agency's Google account is not set up for this service.",
      "refused",
    );
  }
  return request.agencyAccount.value.trim().toLowerCase();
}

/** Maps the catalogue's level id to the provider's value; unknown levels are refused. */
function mapLevel<T>(serviceId: ServiceId, map: Record<string, T>, levelId: string): T {
  const value = map[levelId];
  if (value === undefined || !getService(serviceId).accessLevels.some((l) => l.id === levelId)) {
    throw new ConnectorError("This access level cannot be granted by signing in.", "refused");
  }
  return value;
}

// --- Google Ads -----------------------------------------------------------------

const ACCESS_ROLES: Record<string, string> = {
  admin: "ADMIN",
  standard: "STANDARD",
  "read-only": "READ_ONLY",
  "email-only": "EMAIL_ONLY",
};

function digits(value: string): string {
  return value.replace(/\D/g, "");
}

function dashed(customerId: string): string {
  return `${customerId.slice(0, 3)}-${customerId.slice(3, 6)}-${customerId.slice(6)}`;
}

function googleAds(endpoints: GoogleEndpoints, options: GoogleConnectorOptions): GoogleService {
  const version = options.adsApiVersion ?? DEFAULT_ADS_API_VERSION;
  const base = `${endpoints.ads}/${version}`;
  const request = (tokens: ConnectorTokens, extra: ProviderRequest = {}): ProviderRequest => ({
    ...extra,
    accessToken: tokens.accessToken,
    headers: { "developer-token": options.developerToken ?? "" },
  });
  /** One GAQL query in the client's own account (no login-customer-id: the client signs in directly). */
  const search = async (tokens: ConnectorTokens, customerId: string, query: string) => {
    const rows: Record<string, unknown>[] = [];
    let pageToken = "";
    do {
      const body = asRecord(
        await googleCall(
          `${base}/customers/${customerId}/googleAds:search`,
          request(tokens, { json: pageToken ? { query, pageToken } : { query } }),
        ),
      );
      rows.push(...asArray(body.results).map(asRecord));
      pageToken = asString(body.nextPageToken);
    } while (pageToken);
    return rows;
  };

  const customerId = (account: ConnectorAccount) => {
    const id = digits(account.id);
    if (id.length !== 10) throw new ConnectorError("Choose a Google Ads account.", "refused");
    return id;
  };

  /** The link between the client's account and the agency's manager, as seen from the client. */
  const managerLinks = async (tokens: ConnectorTokens, request: GrantRequest) => {
    const managerId = digits(request.agencyAccount.value);
    const rows = await search(
      tokens,
      customerId(request.account),
      "SELECT customer_manager_link.resource_name, customer_manager_link.manager_customer, customer_manager_link.status FROM customer_manager_link",
    );
    return rows
      .map((row) => asRecord(row.customerManagerLink))
      .filter((link) => asString(link.managerCustomer) === `customers/${managerId}`);
  };

  /** Existing user access and pending invitations for the agency's email. */
  const userAccess = async (tokens: ConnectorTokens, request: GrantRequest) => {
    const email = agencyEmail(request);
    const id = customerId(request.account);
    const users = await search(
      tokens,
      id,
      "SELECT customer_user_access.email_address, customer_user_access.access_role FROM customer_user_access",
    );
    const invitations = await search(
      tokens,
      id,
      "SELECT customer_user_access_invitation.email_address, customer_user_access_invitation.access_role, customer_user_access_invitation.invitation_status FROM customer_user_access_invitation WHERE customer_user_access_invitation.invitation_status = 'PENDING'",
    );
    const matches = (record: Record<string, unknown>) =>
      asString(record.emailAddress).toLowerCase() === email;
    return {
      email,
      user: users.map((row) => asRecord(row.customerUserAccess)).find(matches),
      invitation: invitations
        .map((row) => asRecord(row.customerUserAccessInvitation))
        .find(matches),
    };
  };

  return {
    scopes: ["https://www.googleapis.com/auth/adwords"],
    async list(tokens) {
      const body = asRecord(
        await googleCall(`${base}/customers:listAccessibleCustomers`, request(tokens)),
      );
      const ids = asArray(body.resourceNames)
        .map((name) => digits(asString(name)))
        .filter((id) => id.length === 10);
      return Promise.all(
        ids.map(async (id): Promise<ConnectorAccount> => {
          try {
            const [row] = await search(
              tokens,
              id,
              "SELECT customer.id, customer.descriptive_name, customer.manager FROM customer",
            );
            const customer = asRecord(row?.customer);
            const name = asString(customer.descriptiveName) || dashed(id);
            const kind = customer.manager === true ? "Manager account" : "Ad account";
            return { id, name, detail: `${kind} · ${dashed(id)}` };
          } catch (error) {
            // A cancelled or suspended account refuses queries but can still be shown by number.
            if (error instanceof ConnectorError && error.reason === "refused") {
              return { id, name: dashed(id), detail: dashed(id) };
            }
            throw error;
          }
        }),
      );
    },
    async grant(tokens, grant) {
      if (grant.agencyAccount.kind === "google-account") {
        // User invitation: the agency accepts it from the email Google sends.
        const accessRole = mapLevel(grant.serviceId, ACCESS_ROLES, grant.accessLevel);
        const access = await userAccess(tokens, grant);
        if (access.user || access.invitation) return;
        await googleCall(
          `${base}/customers/${customerId(grant.account)}/customerUserAccessInvitations:mutate`,
          request(tokens, {
            json: {
              operation: {
                create: { emailAddress: access.email, accessRole },
              },
            },
          }),
        );
        return;
      }
      if (grant.agencyAccount.kind !== "google-ads-manager") {
        throw new ConnectorError("The agency's Google Ads account is not set up.", "refused");
      }
      // A manager link can only be started by the manager (CustomerClientLink, with
      // the agency's credentials); the client's side can only accept it. So this
      // accepts the agency's pending request, and succeeds when the link is active.
      // The access level does not apply: a manager's users keep their own roles.
      const links = await managerLinks(tokens, grant);
      if (links.some((link) => link.status === "ACTIVE")) return;
      const pending = links.find((link) => link.status === "PENDING");
      if (!pending) {
        throw new ConnectorError(
          "The agency's Google Ads manager account has not sent a link request to this account yet.",
          "refused",
        );
      }
      await googleCall(
        `${base}/customers/${customerId(grant.account)}/customerManagerLinks:mutate`,
        request(tokens, {
          json: {
            operations: [
              {
                updateMask: "status",
                update: { resourceName: asString(pending.resourceName), status: "ACTIVE" },
              },
            ],
          },
        }),
      );
    },
    async verify(tokens, grant) {
      if (grant.agencyAccount.kind === "google-account") {
        // A pending invitation has not taken effect until the agency accepts it.
        return Boolean((await userAccess(tokens, grant)).user);
      }
      return (await managerLinks(tokens, grant)).some((link) => link.status === "ACTIVE");
    },
  };
}

// --- Google Analytics 4 ----------------------------------------------------------

/** Most privileged first, so a higher index is less access. */
const GA_ROLES = [
  "predefinedRoles/admin",
  "predefinedRoles/editor",
  // The Admin API reference lists admin, editor, analyst and viewer; Marketer is the
  // newer property role between Editor and Analyst, sent under the same naming.
  "predefinedRoles/marketer",
  "predefinedRoles/analyst",
  "predefinedRoles/viewer",
] as const;

const GA_LEVELS: Record<string, (typeof GA_ROLES)[number]> = {
  administrator: "predefinedRoles/admin",
  editor: "predefinedRoles/editor",
  marketer: "predefinedRoles/marketer",
  analyst: "predefinedRoles/analyst",
  viewer: "predefinedRoles/viewer",
};

/** True when `roles` include `wanted` or a role above it. */
function gaCovers(roles: readonly string[], wanted: string): boolean {
  const rank = GA_ROLES.indexOf(wanted as (typeof GA_ROLES)[number]);
  return roles.some((role) => {
    const index = GA_ROLES.indexOf(role as (typeof GA_ROLES)[number]);
    return index !== -1 && index <= rank;
  });
}

function analytics(endpoints: GoogleEndpoints): GoogleService {
  const admin = endpoints.analyticsAdmin;
  const property = (account: ConnectorAccount) => {
    const id = digits(account.id);
    if (!id) throw new ConnectorError("Choose a Google Analytics property.", "refused");
    return `properties/${id}`;
  };
  const bindings = async (tokens: ConnectorTokens, account: ConnectorAccount) => {
    const found: Record<string, unknown>[] = [];
    let pageToken = "";
    do {
      const url = new URL(`${admin}/v1alpha/${property(account)}/accessBindings`);
      url.searchParams.set("pageSize", "500");
      if (pageToken) url.searchParams.set("pageToken", pageToken);
      const body = asRecord(await googleCall(url.toString(), { accessToken: tokens.accessToken }));
      found.push(...asArray(body.accessBindings).map(asRecord));
      pageToken = asString(body.nextPageToken);
    } while (pageToken);
    return found;
  };
  const bindingFor = async (tokens: ConnectorTokens, request: GrantRequest) => {
    const email = agencyEmail(request);
    return (await bindings(tokens, request.account)).find(
      (binding) => asString(binding.user).toLowerCase() === email,
    );
  };
  const rolesOf = (binding: Record<string, unknown>) => asArray(binding.roles).map(asString);

  return {
    // Listing properties needs read access; access bindings need manage.users.
    scopes: [
      "https://www.googleapis.com/auth/analytics.readonly",
      "https://www.googleapis.com/auth/analytics.manage.users",
    ],
    async list(tokens) {
      const accounts: ConnectorAccount[] = [];
      let pageToken = "";
      do {
        const url = new URL(`${admin}/v1beta/accountSummaries`);
        url.searchParams.set("pageSize", "200");
        if (pageToken) url.searchParams.set("pageToken", pageToken);
        const body = asRecord(
          await googleCall(url.toString(), { accessToken: tokens.accessToken }),
        );
        for (const summary of asArray(body.accountSummaries).map(asRecord)) {
          for (const item of asArray(summary.propertySummaries).map(asRecord)) {
            const id = digits(asString(item.property));
            if (!id) continue;
            const accountName = asString(summary.displayName);
            accounts.push({
              id: `properties/${id}`,
              name: asString(item.displayName) || id,
              detail: accountName ? `${accountName} · ${id}` : id,
            });
          }
        }
        pageToken = asString(body.nextPageToken);
      } while (pageToken);
      return accounts;
    },
    async grant(tokens, grant) {
      const email = agencyEmail(grant);
      const role = mapLevel(grant.serviceId, GA_LEVELS, grant.accessLevel);
      const url = `${admin}/v1alpha/${property(grant.account)}/accessBindings`;
      const response = await send(PROVIDER, url, {
        accessToken: tokens.accessToken,
        json: { user: email, roles: [role] },
      });
      if (response.ok) return;
      if (response.status !== 409 && googleStatus(response) !== "ALREADY_EXISTS") {
        throw errorForStatus(PROVIDER, response.status);
      }
      // The agency already has a binding: keep it when it gives at least this role,
      // otherwise raise it. Never lower what the client gave before.
      const existing = await bindingFor(tokens, grant);
      if (!existing) throw errorForStatus(PROVIDER, response.status);
      if (gaCovers(rolesOf(existing), role)) return;
      await googleCall(`${admin}/v1alpha/${asString(existing.name)}`, {
        method: "PATCH",
        accessToken: tokens.accessToken,
        json: { name: asString(existing.name), user: email, roles: [role] },
      });
    },
    async verify(tokens, grant) {
      const role = mapLevel(grant.serviceId, GA_LEVELS, grant.accessLevel);
      const existing = await bindingFor(tokens, grant);
      return existing !== undefined && gaCovers(rolesOf(existing), role);
    },
  };
}

// --- Google Tag Manager ----------------------------------------------------------

/** Container permissions, most privileged first. */
const GTM_PERMISSIONS = ["publish", "approve", "edit", "read"] as const;
const GTM_LEVELS: Record<string, (typeof GTM_PERMISSIONS)[number]> = {
  publish: "publish",
  approve: "approve",
  edit: "edit",
  read: "read",
};

function gtmCovers(permission: string, wanted: string): boolean {
  const have = GTM_PERMISSIONS.indexOf(permission as (typeof GTM_PERMISSIONS)[number]);
  return have !== -1 && have <= GTM_PERMISSIONS.indexOf(wanted as (typeof GTM_PERMISSIONS)[number]);
}

function tagManager(endpoints: GoogleEndpoints): GoogleService {
  const api = `${endpoints.tagManager}/tagmanager/v2`;
  /** Account ids are "accounts/{a}/containers/{c}", the container's path in the API. */
  const container = (account: ConnectorAccount) => {
    const match = /^accounts\/(\d+)\/containers\/(\d+)$/.exec(account.id);
    if (!match?.[1] || !match[2]) {
      throw new ConnectorError("Choose a Google Tag Manager container.", "refused");
    }
    return { accountId: match[1], containerId: match[2] };
  };
  const permissionFor = async (tokens: ConnectorTokens, request: GrantRequest) => {
    const email = agencyEmail(request);
    const { accountId, containerId } = container(request.account);
    const body = asRecord(
      await googleCall(`${api}/accounts/${accountId}/user_permissions`, {
        accessToken: tokens.accessToken,
      }),
    );
    const permission = asArray(body.userPermission)
      .map(asRecord)
      .find((item) => asString(item.emailAddress).toLowerCase() === email);
    const access = asArray(permission?.containerAccess)
      .map(asRecord)
      .find((item) => asString(item.containerId) === containerId);
    return { email, accountId, containerId, permission, current: asString(access?.permission) };
  };

  return {
    scopes: [
      "https://www.googleapis.com/auth/tagmanager.readonly",
      "https://www.googleapis.com/auth/tagmanager.manage.users",
    ],
    async list(tokens) {
      const auth = { accessToken: tokens.accessToken };
      const body = asRecord(await googleCall(`${api}/accounts`, auth));
      const perAccount = await Promise.all(
        asArray(body.account)
          .map(asRecord)
          .map(async (account) => {
            const accountId = asString(account.accountId);
            const containers = asRecord(
              await googleCall(`${api}/accounts/${accountId}/containers`, auth),
            );
            return asArray(containers.container)
              .map(asRecord)
              .map(
                (item): ConnectorAccount => ({
                  id: `accounts/${accountId}/containers/${asString(item.containerId)}`,
                  name: asString(item.name) || asString(item.publicId),
                  detail: [asString(item.publicId), asString(account.name)]
                    .filter(Boolean)
                    .join(" · "),
                }),
              );
          }),
      );
      return perAccount.flat();
    },
    async grant(tokens, grant) {
      const wanted = mapLevel(grant.serviceId, GTM_LEVELS, grant.accessLevel);
      const found = await permissionFor(tokens, grant);
      if (gtmCovers(found.current, wanted)) return;
      const containerAccess = { containerId: found.containerId, permission: wanted };
      if (found.permission) {
        // The agency is already a user of the account: add or raise this container only.
        const others = asArray(found.permission.containerAccess)
          .map(asRecord)
          .filter((item) => asString(item.containerId) !== found.containerId);
        await googleCall(`${api}/${asString(found.permission.path)}`, {
          method: "PUT",
          accessToken: tokens.accessToken,
          json: { ...found.permission, containerAccess: [...others, containerAccess] },
        });
        return;
      }
      await googleCall(`${api}/accounts/${found.accountId}/user_permissions`, {
        accessToken: tokens.accessToken,
        json: {
          accountId: found.accountId,
          emailAddress: found.email,
          // Account-level "user" only: the level is for the container, not the account.
          accountAccess: { permission: "user" },
          containerAccess: [containerAccess],
        },
      });
    },
    async verify(tokens, grant) {
      const wanted = mapLevel(grant.serviceId, GTM_LEVELS, grant.accessLevel);
      return gtmCovers((await permissionFor(tokens, grant)).current, wanted);
    },
  };
}
