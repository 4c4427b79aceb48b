import { getService, type ServiceId } from "@portico/domain/catalogue/services";
import { z } from "zod";
import {
  type Connector,
  type ConnectorAccount,
  ConnectorError,
  type ConnectorTokens,
  type GrantRequest,
} from "./connector";
import { classifyGraphError, FACEBOOK, graphClient } from "./meta/graphApi";
import { buildAuthorizationUrl, signInError, tokensFromResponse } from "./oauth";
import { anyAnswer, call, text } from "./providerHttp";

/** Origins the connector reaches; the Graph version is added to each path. Tests point these at a fake. */
interface MetaEndpoints {
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

// Graph answers, as documented for each node and edge. Only the fields read.

/** /me/permissions: each permission the person was asked for, "granted" or "declined". */
const permissionItem = z.object({ permission: text, status: text });
/** /me/adaccounts with fields=id,name,account_id ("act_<id>" and the bare number). */
const adAccountItem = z.object({ id: text, name: text, account_id: text });
/** /me/accounts with fields=id,name,category: the Pages the person can manage. */
const pageItem = z.object({ id: text, name: text, category: text });
/** /{asset}/agencies: partner businesses, with their tasks and whether they confirmed. */
const partnerItem = z.object({
  id: text,
  access_status: text,
  permitted_tasks: z.array(z.string()).nullish(),
});
/** /{page-id}?fields=access_token: the Page's own token, absent without full control. */
const pageTokenSchema = z.object({ access_token: text });
/** POST /{asset}/agencies: {"success": true}; a refusal comes back as an error status. */
const writeResultSchema = z.object({ success: z.boolean().nullish() }).nullable();

export function metaConnector(options: MetaConnectorOptions): Connector {
  const endpoints = { ...DEFAULT_ENDPOINTS, ...options.endpoints };
  const version = options.graphVersion ?? DEFAULT_GRAPH_VERSION;
  const graph = graphClient({
    graphOrigin: endpoints.graph,
    version,
    appSecret: options.appSecret,
  });

  const isSupported = (serviceId: ServiceId): serviceId is MetaServiceId =>
    Object.hasOwn(SCOPES, serviceId);
  const scopesFor = (serviceId: ServiceId): readonly string[] => {
    if (!isSupported(serviceId)) {
      throw new ConnectorError("Facebook sign-in is not available for this service.", "refused");
    }
    return SCOPES[serviceId];
  };

  /** The asset's id and the token its agencies edge takes: a Page's own token for Pages. */
  const asset = async (tokens: ConnectorTokens, request: GrantRequest) => {
    const id = request.account.id;
    if (request.serviceId === "meta-ad-account") {
      if (!/^act_\d+$/.test(id)) throw new ConnectorError("Choose an ad account.", "refused");
      return { id, token: tokens.accessToken };
    }
    if (!/^\d+$/.test(id)) throw new ConnectorError("Choose a Facebook Page.", "refused");
    const page = await graph.call(id, tokens.accessToken, pageTokenSchema, {
      query: { fields: "access_token" },
    });
    if (!page.access_token) {
      throw new ConnectorError(
        "Facebook did not let you share this Page. Check that you have full control of it.",
        "refused",
      );
    }
    return { id, token: page.access_token };
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
    const partners = await graph.edge(
      `${assetId}/agencies`,
      token,
      { fields: "id,name,permitted_tasks,access_status" },
      partnerItem,
    );
    const partner = partners.find((item) => item.id === business);
    if (!partner) return false;
    // A request the client has not confirmed yet gives no access.
    if (partner.access_status === "PENDING") return false;
    if (!partner.permitted_tasks) return true;
    const granted = new Set(partner.permitted_tasks);
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
        FACEBOOK,
        url.toString(),
        anyAnswer,
        {},
        (response) => classifyGraphError(response) ?? signInError(FACEBOOK, response.status),
      );
      const tokens = tokensFromResponse(FACEBOOK, body, {
        requestedScopes,
        now: options.now?.(),
      });
      // Facebook Login lets people untick permissions and the token response does not
      // say which; /me/permissions does.
      const permissions = await graph.edge(
        "me/permissions",
        tokens.accessToken,
        {},
        permissionItem,
      );
      return {
        ...tokens,
        scopes: permissions
          .filter((item) => item.status === "granted")
          .map((item) => item.permission),
      };
    },
    async listAccounts(tokens, serviceId) {
      scopesFor(serviceId);
      if (serviceId === "meta-ad-account") {
        const accounts = await graph.edge(
          "me/adaccounts",
          tokens.accessToken,
          { fields: "id,name,account_id" },
          adAccountItem,
        );
        return accounts.map(
          (item): ConnectorAccount => ({
            id: item.id,
            name: item.name || item.account_id,
            detail: `Ad account ${item.account_id || item.id.replace(/^act_/, "")}`,
          }),
        );
      }
      const pages = await graph.edge(
        "me/accounts",
        tokens.accessToken,
        { fields: "id,name,category" },
        pageItem,
      );
      return pages.map(
        (item): ConnectorAccount => ({
          id: item.id,
          name: item.name || item.id,
          detail: [item.category, `Page ${item.id}`].filter(Boolean).join(" · "),
        }),
      );
    },
    async grantAccess(tokens, request) {
      const business = businessId(request);
      const tasks = tasksFor(request);
      const target = await asset(tokens, request);
      try {
        const result = await graph.call(`${target.id}/agencies`, target.token, writeResultSchema, {
          form: { business, permitted_tasks: JSON.stringify(tasks) },
        });
        if (result?.success === false) {
          throw new ConnectorError(`${FACEBOOK} refused the request.`, "refused");
        }
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
