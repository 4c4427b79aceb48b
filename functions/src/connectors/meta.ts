import { createHmac } from "node:crypto";
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
  type ProviderRequest,
  type ProviderResponse,
  signInError,
  tokensFromResponse,
  unavailable,
} from "./oauth";

/** Origins the connector reaches; the Graph version is added to each path. Tests point these at a fake. */
export interface MetaEndpoints {
  /** Facebook Login dialog origin: <facebook>/<version>/dialog/oauth. */
  facebook: string;
  /** Graph API origin, also home of the token endpoint. */
  graph: string;
}

const DEFAULT_ENDPOINTS: MetaEndpoints = {
  facebook: "https://www.facebook.com",
  graph: "https://graph.facebook.com",
};

/** Graph versions live about two years; bump it with Meta's changelog. */
const DEFAULT_GRAPH_VERSION = "v25.0";

export interface MetaConnectorOptions {
  appId: string;
  appSecret: string;
  graphVersion?: string;
  endpoints?: Partial<MetaEndpoints>;
  /** For tests: the clock used to turn expires_in into expiresAt. */
  now?: () => Date;
}

const PROVIDER = "Facebook";

/*
 * Both assets here are shared with the agency's Business portfolio as a partner
 * through the asset's `agencies` edge. Not here, so they stay guided:
 * - instagram and meta-catalog: no documented Graph edge lets the owner assign a
 *   partner business to them, so the client shares them in Business settings.
 * - meta-dataset: POST /{pixel-id}/agencies exists but is documented for a system-user
 *   token of the business that owns the pixel, which a client's Facebook Login never
 *   yields.
 */
type MetaServiceId = "meta-ad-account" | "facebook-page";

/** Meta's asset tasks for each catalogue level. MANAGE is full control of the asset. */
const TASKS: Record<MetaServiceId, Record<string, readonly string[]>> = {
  "meta-ad-account": {
    "manage-ad-account": ["MANAGE", "ADVERTISE", "ANALYZE"],
    "manage-campaigns": ["ADVERTISE", "ANALYZE"],
    "view-performance": ["ANALYZE"],
  },
  "facebook-page": {
    "full-control": ["MANAGE", "CREATE_CONTENT", "MODERATE", "MESSAGING", "ADVERTISE", "ANALYZE"],
    content: ["CREATE_CONTENT"],
    messages: ["MESSAGING"],
    "community-activity": ["MODERATE"],
    ads: ["ADVERTISE"],
    insights: ["ANALYZE"],
  },
};

const SCOPES: Record<MetaServiceId, readonly string[]> = {
  "meta-ad-account": ["ads_management", "business_management"],
  // A Page's own token (needed for its agencies edge) comes with pages_show_list.
  "facebook-page": ["pages_show_list", "pages_read_engagement", "business_management"],
};

/** Graph error codes that mean "try again later" although the HTTP status is 400. */
const TRANSIENT_CODES = new Set([1, 2, 4, 17, 32, 341, 613]);

function classifyGraphError(response: ProviderResponse): ConnectorError | null {
  const error = asRecord(asRecord(response.body).error);
  const code = Number(error.code);
  const throttled = code >= 80_000 && code < 80_100; // Marketing API rate limits
  if (error.is_transient === true || TRANSIENT_CODES.has(code) || throttled) {
    return unavailable(PROVIDER);
  }
  return null;
}

export function metaConnector(options: MetaConnectorOptions): Connector {
  const endpoints = { ...DEFAULT_ENDPOINTS, ...options.endpoints };
  const version = options.graphVersion ?? DEFAULT_GRAPH_VERSION;

  const isSupported = (serviceId: ServiceId): serviceId is MetaServiceId =>
    Object.hasOwn(SCOPES, serviceId);
  const scopesFor = (serviceId: ServiceId): readonly string[] => {
    if (!isSupported(serviceId)) {
      throw new ConnectorError("Facebook sign-in is not available for this service.", "refused");
    }
    return SCOPES[serviceId];
  };

  /**
   * One Graph call. The token goes in the Authorization header, and appsecret_proof
   * ties it to this app (required when the app enables "Require App Secret").
   */
  const graph = (
    path: string,
    token: string,
    request: { query?: Record<string, string>; form?: Record<string, string> } = {},
  ): Promise<unknown> => {
    const url = new URL(`${endpoints.graph}/${version}/${path}`);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      url.searchParams.set(name, value);
    }
    url.searchParams.set(
      "appsecret_proof",
      createHmac("sha256", options.appSecret).update(token).digest("hex"),
    );
    const init: ProviderRequest = { accessToken: token };
    if (request.form) {
      init.method = "POST";
      init.form = request.form;
    }
    return call(PROVIDER, url.toString(), init, classifyGraphError);
  };

  /** Every item of a paged edge, following the `after` cursor. */
  const edge = async (path: string, token: string, query: Record<string, string>) => {
    const items: Record<string, unknown>[] = [];
    let after = "";
    do {
      const body = asRecord(
        await graph(path, token, { query: { limit: "100", ...query, ...(after && { after }) } }),
      );
      items.push(...asArray(body.data).map(asRecord));
      const paging = asRecord(body.paging);
      after = paging.next ? asString(asRecord(paging.cursors).after) : "";
    } while (after);
    return items;
  };

  /** The asset's id and the token its agencies edge takes: a Page's own token for Pages. */
  const asset = async (tokens: ConnectorTokens, request: GrantRequest) => {
    const id = request.account.id;
    if (request.serviceId === "meta-ad-account") {
      if (!/^act_\d+$/.test(id)) throw new ConnectorError("Choose an ad account.", "refused");
      return { id, token: tokens.accessToken };
    }
    if (!/^\d+$/.test(id)) throw new ConnectorError("Choose a Facebook Page.", "refused");
    const page = asRecord(
      await graph(id, tokens.accessToken, { query: { fields: "access_token" } }),
    );
    const token = asString(page.access_token);
    if (!token) {
      throw new ConnectorError(
        "Facebook did not let you share this Page. Check that you have full control of it.",
        "refused",
      );
    }
    return { id, token };
  };

  const businessId = (request: GrantRequest) => {
    const value = request.agencyAccount.value.trim();
    if (request.agencyAccount.kind !== "meta-business" || !/^\d+$/.test(value)) {
      throw new ConnectorError("The agency's Meta Business ID is not set up.", "refused");
    }
    return value;
  };

  const tasksFor = (request: GrantRequest): readonly string[] => {
    const serviceId = request.serviceId;
    const tasks = isSupported(serviceId) ? TASKS[serviceId][request.accessLevel] : undefined;
    if (!tasks || !getService(serviceId).accessLevels.some((l) => l.id === request.accessLevel)) {
      throw new ConnectorError("This access level cannot be granted by signing in.", "refused");
    }
    return tasks;
  };

  /** Whether the asset's partners include the business with at least `tasks`. */
  const hasPartner = async (
    assetId: string,
    token: string,
    business: string,
    tasks: readonly string[],
  ) => {
    const partners = await edge(`${assetId}/agencies`, token, {
      fields: "id,name,permitted_tasks,access_status",
    });
    const partner = partners.find((item) => asString(item.id) === business);
    if (!partner) return false;
    // A request the client has not confirmed yet gives no access.
    if (asString(partner.access_status) === "PENDING") return false;
    if (!Array.isArray(partner.permitted_tasks)) return true;
    const granted = new Set(partner.permitted_tasks.map(asString));
    return granted.has("MANAGE") || tasks.every((task) => granted.has(task));
  };

  return {
    id: "meta",
    supports: isSupported,
    authorizationUrl({ serviceId, state, redirectUri }) {
      return buildAuthorizationUrl({
        endpoint: `${endpoints.facebook}/${version}/dialog/oauth`,
        clientId: options.appId,
        redirectUri,
        scopes: scopesFor(serviceId),
        scopeSeparator: ",",
        state,
      });
    },
    async exchangeCode({ serviceId, code, redirectUri }) {
      const requestedScopes = scopesFor(serviceId);
      // Meta's token endpoint is a GET with the secret in the query, as documented;
      // the URL is never logged.
      const url = new URL(`${endpoints.graph}/${version}/oauth/access_token`);
      url.searchParams.set("client_id", options.appId);
      url.searchParams.set("client_secret", options.appSecret);
      url.searchParams.set("redirect_uri", redirectUri);
      url.searchParams.set("code", code);
      const body = await call(
        PROVIDER,
        url.toString(),
        {},
        (response) => classifyGraphError(response) ?? signInError(PROVIDER, response.status),
      );
      const tokens = tokensFromResponse(PROVIDER, body, {
        requestedScopes,
        now: options.now?.(),
      });
      // Facebook Login lets people untick permissions and the token response does not
      // say which; /me/permissions does.
      const permissions = await edge("me/permissions", tokens.accessToken, {});
      return {
        ...tokens,
        scopes: permissions
          .filter((item) => item.status === "granted")
          .map((item) => asString(item.permission)),
      };
    },
    async listAccounts(tokens, serviceId) {
      scopesFor(serviceId);
      if (serviceId === "meta-ad-account") {
        const accounts = await edge("me/adaccounts", tokens.accessToken, {
          fields: "id,name,account_id",
        });
        return accounts.map(
          (item): ConnectorAccount => ({
            id: asString(item.id),
            name: asString(item.name) || asString(item.account_id),
            detail: `Ad account ${asString(item.account_id) || asString(item.id).replace(/^act_/, "")}`,
          }),
        );
      }
      const pages = await edge("me/accounts", tokens.accessToken, { fields: "id,name,category" });
      return pages.map(
        (item): ConnectorAccount => ({
          id: asString(item.id),
          name: asString(item.name) || asString(item.id),
          detail: [asString(item.category), `Page ${asString(item.id)}`]
            .filter(Boolean)
            .join(" · "),
        }),
      );
    },
    async grantAccess(tokens, request) {
      const business = businessId(request);
      const tasks = tasksFor(request);
      const target = await asset(tokens, request);
      try {
        const body = asRecord(
          await graph(`${target.id}/agencies`, target.token, {
            form: { business, permitted_tasks: JSON.stringify(tasks) },
          }),
        );
        if (body.success === false)
          throw new ConnectorError(`${PROVIDER} refused the request.`, "refused");
      } catch (error) {
        // Sharing with a partner that already has this access is refused by Graph
        // (e.g. code 3944, "already has access"); read the partners back instead of
        // trusting one error code.
        if (!(error instanceof ConnectorError) || error.reason !== "refused") throw error;
        if (!(await hasPartner(target.id, target.token, business, tasks))) throw error;
      }
    },
    async verifyAccess(tokens, request) {
      const target = await asset(tokens, request);
      return hasPartner(target.id, target.token, businessId(request), tasksFor(request));
    },
  };
}
