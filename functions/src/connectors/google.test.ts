import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type Connector,
  ConnectorError,
  type ConnectorTokens,
  type GrantRequest,
} from "./connector";
import { googleConnector } from "./google";

// A local fake of Google's OAuth and API endpoints on 127.0.0.1; nothing reaches Google.

interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: string;
}

type Reply = { status: number; json?: unknown };
type Route = (request: Seen) => Reply | undefined;

let server: Server;
let origin = "";
let seen: Seen[] = [];
let routes: Route[] = [];

function reply(status: number, json?: unknown): Reply {
  return { status, json };
}

function on(method: string, path: string, answer: (request: Seen) => Reply | undefined) {
  routes.push((request) =>
    request.method === method && request.path === path ? answer(request) : undefined,
  );
}

function handle(req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const url = new URL(req.url ?? "/", origin);
    const request: Seen = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    seen.push(request);
    // Later routes win, so a test can override the defaults.
    const answer = routes
      .slice()
      .reverse()
      .map((route) => route(request))
      .find(Boolean) ?? { status: 404, json: { error: { code: 404, status: "NOT_FOUND" } } };
    res.writeHead(answer.status, { "content-type": "application/json" });
    res.end(answer.json === undefined ? "" : JSON.stringify(answer.json));
  });
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
  routes = [];
});

const NOW = new Date("2025-03-01T10:00:00Z");
const REDIRECT = "https://portico.example/access/callback";

function connector(developerToken = "dev-token-1"): Connector {
  return googleConnector({
    clientId: "client-id-1.apps.googleusercontent.com",
    clientSecret: "client-secret-1",
    developerToken,
    adsApiVersion: "v99",
    now: () => NOW,
    endpoints: {
      authorize: `${origin}/o/oauth2/v2/auth`,
      token: `${origin}/token`,
      ads: `${origin}/ads`,
      analyticsAdmin: `${origin}/ga`,
      tagManager: `${origin}/gtm`,
    },
  });
}

const TOKENS: ConnectorTokens = {
  accessToken: "access-1",
  refreshToken: "refresh-1",
  scopes: [],
  expiresAt: null,
};

function bodyOf(request: Seen | undefined): unknown {
  return request ? JSON.parse(request.body) : undefined;
}

function requestsTo(method: string, path: string): Seen[] {
  return seen.filter((request) => request.method === method && request.path === path);
}

async function rejection(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a ConnectorError");
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe("google connector: sign-in", () => {
  it("supports the services its APIs can grant, Google Ads only with a developer token", () => {
    const google = connector();
    expect(google.id).toBe("google");
    expect(google.supports("google-ads")).toBe(true);
    expect(google.supports("google-analytics-4")).toBe(true);
    expect(google.supports("google-tag-manager")).toBe(true);
    expect(google.supports("google-search-console")).toBe(false);
    expect(google.supports("youtube")).toBe(false);
    expect(google.supports("meta-ad-account")).toBe(false);
    expect(connector("").supports("google-ads")).toBe(false);
  });

  it("builds the consent URL with the service's scopes, state and offline access", () => {
    const url = new URL(
      connector().authorizationUrl({
        serviceId: "google-analytics-4",
        state: "state-abc",
        redirectUri: REDIRECT,
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe(`${origin}/o/oauth2/v2/auth`);
    expect(url.searchParams.get("client_id")).toBe("client-id-1.apps.googleusercontent.com");
    expect(url.searchParams.get("redirect_uri")).toBe(REDIRECT);
    expect(url.searchParams.get("response_type")).toBe("code");
    expect(url.searchParams.get("state")).toBe("state-abc");
    expect(url.searchParams.get("access_type")).toBe("offline");
    expect(url.searchParams.get("prompt")).toBe("consent");
    expect(url.searchParams.get("scope")?.split(" ")).toEqual([
      "https://www.googleapis.com/auth/analytics.readonly",
      "https://www.googleapis.com/auth/analytics.manage.users",
    ]);
    expect(url.searchParams.has("client_secret")).toBe(false);

    const ads = new URL(
      connector().authorizationUrl({ serviceId: "google-ads", state: "s", redirectUri: REDIRECT }),
    );
    expect(ads.searchParams.get("scope")).toBe("https://www.googleapis.com/auth/adwords");
  });

  it("exchanges the code with a form post carrying the secret, and maps expiry and scopes", async () => {
    on("POST", "/token", () =>
      reply(200, {
        access_token: "access-xyz",
        refresh_token: "refresh-xyz",
        expires_in: 3599,
        scope:
          "https://www.googleapis.com/auth/analytics.readonly https://www.googleapis.com/auth/analytics.manage.users",
        token_type: "Bearer",
      }),
    );
    const tokens = await connector().exchangeCode({
      serviceId: "google-analytics-4",
      code: "code-123",
      redirectUri: REDIRECT,
    });
    expect(tokens).toEqual({
      accessToken: "access-xyz",
      refreshToken: "refresh-xyz",
      scopes: [
        "https://www.googleapis.com/auth/analytics.readonly",
        "https://www.googleapis.com/auth/analytics.manage.users",
      ],
      expiresAt: new Date(NOW.getTime() + 3599 * 1000),
    });
    const [post] = requestsTo("POST", "/token");
    expect(post?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect([...(post?.query.keys() ?? [])]).toEqual([]);
    expect(Object.fromEntries(new URLSearchParams(post?.body))).toEqual({
      grant_type: "authorization_code",
      code: "code-123",
      client_id: "client-id-1.apps.googleusercontent.com",
      client_secret: "client-secret-1",
      redirect_uri: REDIRECT,
    });
  });

  it("keeps only the scopes the client granted", async () => {
    on("POST", "/token", () =>
      reply(200, {
        access_token: "a",
        expires_in: 10,
        scope: "https://www.googleapis.com/auth/analytics.readonly",
      }),
    );
    const tokens = await connector().exchangeCode({
      serviceId: "google-analytics-4",
      code: "c",
      redirectUri: REDIRECT,
    });
    expect(tokens.scopes).toEqual(["https://www.googleapis.com/auth/analytics.readonly"]);
    expect(tokens.refreshToken).toBeNull();
  });

  it("turns a refused code into a 'refused' error without leaking secrets", async () => {
    on("POST", "/token", () =>
      reply(400, { error: "invalid_grant", error_description: "Bad Request client-secret-1" }),
    );
    const error = await rejection(
      connector().exchangeCode({ serviceId: "google-ads", code: "used", redirectUri: REDIRECT }),
    );
    expect(error.reason).toBe("refused");
    expect(error.message).not.toMatch(/secret|used|invalid_grant/);
  });

  it("turns a 503 or an unreachable server into 'unavailable'", async () => {
    on("POST", "/token", () => reply(503, { error: "backend" }));
    const error = await rejection(
      connector().exchangeCode({ serviceId: "google-ads", code: "c", redirectUri: REDIRECT }),
    );
    expect(error.reason).toBe("unavailable");

    const offline = googleConnector({
      clientId: "id",
      clientSecret: "secret",
      endpoints: { token: "http://127.0.0.1:9/token" },
    });
    const network = await rejection(
      offline.exchangeCode({ serviceId: "google-analytics-4", code: "c", redirectUri: REDIRECT }),
    );
    expect(network.reason).toBe("unavailable");
    expect(network.message).not.toContain("127.0.0.1");
  });
});

describe("google connector: Google Ads", () => {
  const managerGrant: GrantRequest = {
    serviceId: "google-ads",
    account: { id: "1234567890", name: "Client Ads", detail: "" },
    agencyAccount: { kind: "google-ads-manager", value: "987-654-3210", label: "Agency MCC" },
    accessLevel: "standard",
  };
  const search = "/ads/v99/customers/1234567890/googleAds:search";

  function managerLink(status: string) {
    on("POST", search, (request) =>
      (bodyOf(request) as { query: string }).query.includes("FROM customer_manager_link")
        ? reply(200, {
            results: [
              {
                customerManagerLink: {
                  resourceName: "customers/1234567890/customerManagerLinks/5555555555~42",
                  managerCustomer: "customers/5555555555",
                  status: "ACTIVE",
                },
              },
              {
                customerManagerLink: {
                  resourceName: "customers/1234567890/customerManagerLinks/9876543210~77",
                  managerCustomer: "customers/9876543210",
                  status,
                },
              },
            ],
          })
        : undefined,
    );
  }

  it("lists accessible customers with their names, sending the developer token", async () => {
    on("GET", "/ads/v99/customers:listAccessibleCustomers", () =>
      reply(200, { resourceNames: ["customers/1234567890", "customers/1112223333"] }),
    );
    on("POST", search, () =>
      reply(200, {
        results: [
          { customer: { id: "1234567890", descriptiveName: "Acme Shoes", manager: false } },
        ],
      }),
    );
    on("POST", "/ads/v99/customers/1112223333/googleAds:search", () =>
      reply(403, { error: { code: 403, status: "PERMISSION_DENIED" } }),
    );
    const accounts = await connector().listAccounts(TOKENS, "google-ads");
    expect(accounts).toEqual([
      { id: "1234567890", name: "Acme Shoes", detail: "Ad account · 123-456-7890" },
      { id: "1112223333", name: "111-222-3333", detail: "111-222-3333" },
    ]);
    const [list] = requestsTo("GET", "/ads/v99/customers:listAccessibleCustomers");
    expect(list?.headers.authorization).toBe("Bearer access-1");
    expect(list?.headers["developer-token"]).toBe("dev-token-1");
    expect(bodyOf(requestsTo("POST", search)[0])).toEqual({
      query: "SELECT customer.id, customer.descriptive_name, customer.manager FROM customer",
    });
  });

  it("accepts the agency manager's pending link request", async () => {
    managerLink("PENDING");
    on("POST", "/ads/v99/customers/1234567890/customerManagerLinks:mutate", () =>
      reply(200, { result: { resourceName: "x" } }),
    );
    await connector().grantAccess(TOKENS, managerGrant);
    const [mutate] = requestsTo(
      "POST",
      "/ads/v99/customers/1234567890/customerManagerLinks:mutate",
    );
    expect(bodyOf(mutate)).toEqual({
      operations: [
        {
          updateMask: "status",
          update: {
            resourceName: "customers/1234567890/customerManagerLinks/9876543210~77",
            status: "ACTIVE",
          },
        },
      ],
    });
    expect(mutate?.headers["developer-token"]).toBe("dev-token-1");
  });

  it("succeeds without a change when the link is already active, and verifies it", async () => {
    managerLink("ACTIVE");
    await connector().grantAccess(TOKENS, managerGrant);
    expect(requestsTo("POST", "/ads/v99/customers/1234567890/customerManagerLinks:mutate")).toEqual(
      [],
    );
    expect(await connector().verifyAccess(TOKENS, managerGrant)).toBe(true);
  });

  it("refuses when the manager has sent no request, and verify is false", async () => {
    managerLink("REFUSED");
    const error = await rejection(connector().grantAccess(TOKENS, managerGrant));
    expect(error.reason).toBe("refused");
    expect(error.message).toContain("link request");
    expect(await connector().verifyAccess(TOKENS, managerGrant)).toBe(false);
  });

  it("invites a Google account email with the role mapped from the level", async () => {
    on("POST", search, () => reply(200, { results: [] }));
    on("POST", "/ads/v99/customers/1234567890/customerUserAccessInvitations:mutate", () =>
      reply(200, { result: { resourceName: "x" } }),
    );
    const grant: GrantRequest = {
      ...managerGrant,
      agencyAccount: { kind: "google-account", value: "PPC@Agency.com", label: "PPC" },
      accessLevel: "read-only",
    };
    await connector().grantAccess(TOKENS, grant);
    const [invite] = requestsTo(
      "POST",
      "/ads/v99/customers/1234567890/customerUserAccessInvitations:mutate",
    );
    expect(bodyOf(invite)).toEqual({
      operation: { create: { emailAddress: "ppc@agency.com", accessRole: "READ_ONLY" } },
    });
  });
});

describe("google connector: Google Analytics 4", () => {
  const grant: GrantRequest = {
    serviceId: "google-analytics-4",
    account: { id: "properties/456", name: "Acme web", detail: "" },
    agencyAccount: { kind: "google-account", value: "Analytics@Agency.com", label: "Agency" },
    accessLevel: "marketer",
  };
  const bindings = "/ga/v1alpha/properties/456/accessBindings";

  it("lists properties from account summaries across pages", async () => {
    on("GET", "/ga/v1beta/accountSummaries", (request) =>
      request.query.get("pageToken") === "p2"
        ? reply(200, {
            accountSummaries: [
              {
                account: "accounts/2",
                displayName: "Beta",
                propertySummaries: [{ property: "properties/789", displayName: "Beta app" }],
              },
            ],
          })
        : reply(200, {
            accountSummaries: [
              {
                account: "accounts/1",
                displayName: "Acme",
                propertySummaries: [{ property: "properties/456", displayName: "Acme web" }],
              },
            ],
            nextPageToken: "p2",
          }),
    );
    expect(await connector().listAccounts(TOKENS, "google-analytics-4")).toEqual([
      { id: "properties/456", name: "Acme web", detail: "Acme · 456" },
      { id: "properties/789", name: "Beta app", detail: "Beta · 789" },
    ]);
    expect(requestsTo("GET", "/ga/v1beta/accountSummaries")[0]?.headers.authorization).toBe(
      "Bearer access-1",
    );
  });

  it("creates an access binding for the agency email with the mapped role", async () => {
    on("POST", bindings, () => reply(200, { name: "properties/456/accessBindings/1" }));
    await connector().grantAccess(TOKENS, grant);
    expect(bodyOf(requestsTo("POST", bindings)[0])).toEqual({
      user: "analytics@agency.com",
      roles: ["predefinedRoles/marketer"],
    });

    await connector().grantAccess(TOKENS, { ...grant, accessLevel: "administrator" });
    expect(bodyOf(requestsTo("POST", bindings)[1])).toEqual({
      user: "analytics@agency.com",
      roles: ["predefinedRoles/admin"],
    });
  });

  it("succeeds when the binding already exists with this role or more", async () => {
    on("POST", bindings, () =>
      reply(409, { error: { code: 409, status: "ALREADY_EXISTS", message: "exists" } }),
    );
    on("GET", bindings, () =>
      reply(200, {
        accessBindings: [
          {
            name: "properties/456/accessBindings/9",
            user: "analytics@agency.com",
            roles: ["predefinedRoles/editor"],
          },
        ],
      }),
    );
    await connector().grantAccess(TOKENS, grant);
    expect(seen.filter((request) => request.method === "PATCH")).toEqual([]);
  });

  it("raises an existing lower binding instead of failing", async () => {
    on("POST", bindings, () => reply(409, { error: { code: 409, status: "ALREADY_EXISTS" } }));
    on("GET", bindings, () =>
      reply(200, {
        accessBindings: [
          {
            name: "properties/456/accessBindings/9",
            user: "analytics@agency.com",
            roles: ["predefinedRoles/viewer"],
          },
        ],
      }),
    );
    on("PATCH", "/ga/v1alpha/properties/456/accessBindings/9", () => reply(200, {}));
    await connector().grantAccess(TOKENS, grant);
    expect(bodyOf(requestsTo("PATCH", "/ga/v1alpha/properties/456/accessBindings/9")[0])).toEqual({
      name: "properties/456/accessBindings/9",
      user: "analytics@agency.com",
      roles: ["predefinedRoles/marketer"],
    });
  });

  it("maps a permission error to 'refused'", async () => {
    on("POST", bindings, () => reply(403, { error: { code: 403, status: "PERMISSION_DENIED" } }));
    const error = await rejection(connector().grantAccess(TOKENS, grant));
    expect(error.reason).toBe("refused");
  });

  it("maps an API 503 or 429 to 'unavailable'", async () => {
    on("GET", "/ga/v1beta/accountSummaries", () =>
      reply(503, { error: { code: 503, status: "UNAVAILABLE" } }),
    );
    const down = await rejection(connector().listAccounts(TOKENS, "google-analytics-4"));
    expect(down.reason).toBe("unavailable");
    on("POST", bindings, () => reply(429, { error: { code: 429, status: "RESOURCE_EXHAUSTED" } }));
    const throttled = await rejection(connector().grantAccess(TOKENS, grant));
    expect(throttled.reason).toBe("unavailable");
  });

  it("verifies from the property's access bindings", async () => {
    let roles = ["predefinedRoles/analyst"];
    on("GET", bindings, () =>
      reply(200, {
        accessBindings: [
          {
            name: "properties/456/accessBindings/3",
            user: "someone@else.com",
            roles: ["predefinedRoles/admin"],
          },
          { name: "properties/456/accessBindings/9", user: "analytics@agency.com", roles },
        ],
      }),
    );
    expect(await connector().verifyAccess(TOKENS, grant)).toBe(false);
    roles = ["predefinedRoles/marketer"];
    expect(await connector().verifyAccess(TOKENS, grant)).toBe(true);
    expect(await connector().verifyAccess(TOKENS, { ...grant, accessLevel: "viewer" })).toBe(true);
  });
});

describe("google connector: Google Tag Manager", () => {
  const grant: GrantRequest = {
    serviceId: "google-tag-manager",
    account: { id: "accounts/11/containers/22", name: "Acme", detail: "" },
    agencyAccount: { kind: "google-account", value: "tags@agency.com", label: "Agency" },
    accessLevel: "edit",
  };
  const permissions = "/gtm/tagmanager/v2/accounts/11/user_permissions";

  it("lists containers of every account", async () => {
    on("GET", "/gtm/tagmanager/v2/accounts", () =>
      reply(200, { account: [{ accountId: "11", name: "Acme account", path: "accounts/11" }] }),
    );
    on("GET", "/gtm/tagmanager/v2/accounts/11/containers", () =>
      reply(200, { container: [{ containerId: "22", name: "acme.com", publicId: "GTM-ABC123" }] }),
    );
    expect(await connector().listAccounts(TOKENS, "google-tag-manager")).toEqual([
      { id: "accounts/11/containers/22", name: "acme.com", detail: "GTM-ABC123 · Acme account" },
    ]);
  });

  it("creates a user permission for the container, or adds the container to an existing user", async () => {
    on("GET", permissions, () => reply(200, { userPermission: [] }));
    on("POST", permissions, () => reply(200, {}));
    await connector().grantAccess(TOKENS, grant);
    expect(bodyOf(requestsTo("POST", permissions)[0])).toEqual({
      accountId: "11",
      emailAddress: "tags@agency.com",
      accountAccess: { permission: "user" },
      containerAccess: [{ containerId: "22", permission: "edit" }],
    });

    const existing = {
      path: "accounts/11/user_permissions/5",
      accountId: "11",
      emailAddress: "tags@agency.com",
      accountAccess: { permission: "user" },
      containerAccess: [
        { containerId: "33", permission: "publish" },
        { containerId: "22", permission: "read" },
      ],
    };
    on("GET", permissions, () => reply(200, { userPermission: [existing] }));
    on("PUT", "/gtm/tagmanager/v2/accounts/11/user_permissions/5", () => reply(200, {}));
    await connector().grantAccess(TOKENS, grant);
    expect(
      bodyOf(requestsTo("PUT", "/gtm/tagmanager/v2/accounts/11/user_permissions/5")[0]),
    ).toEqual({
      ...existing,
      containerAccess: [
        { containerId: "33", permission: "publish" },
        { containerId: "22", permission: "edit" },
      ],
    });
    expect(await connector().verifyAccess(TOKENS, grant)).toBe(false);
  });

  it("succeeds without writing when the agency already has this access, and verifies it", async () => {
    on("GET", permissions, () =>
      reply(200, {
        userPermission: [
          {
            path: "accounts/11/user_permissions/5",
            emailAddress: "TAGS@agency.com",
            containerAccess: [{ containerId: "22", permission: "publish" }],
          },
        ],
      }),
    );
    await connector().grantAccess(TOKENS, grant);
    expect(seen.filter((request) => request.method !== "GET")).toEqual([]);
    expect(await connector().verifyAccess(TOKENS, grant)).toBe(true);
  });
});
