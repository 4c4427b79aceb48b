import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Connector, ConnectorTokens, GrantRequest } from "./connector";
import { metaConnector } from "./meta";
import { formOf, type Reply, rejection, reply, startFakeProvider } from "./testing/fakeProvider";

// Facebook Login and the Graph API, against a local fake on 127.0.0.1; nothing reaches Meta.

function graphError(code: number, extra: Record<string, unknown> = {}): Reply {
  return reply(400, { error: { message: "x", type: "OAuthException", code, ...extra } });
}

const fake = startFakeProvider(graphError(803));

const NOW = new Date("2025-03-01T10:00:00Z");
const REDIRECT = "https://portico.example/access/callback";
const SECRET = "app-secret-1";
const BUSINESS = "1234567890123456";

function connector(): Connector {
  return metaConnector({
    appId: "app-1",
    appSecret: SECRET,
    graphVersion: "v99.0",
    now: () => NOW,
    endpoints: { facebook: fake.origin, graph: fake.origin },
  });
}

const TOKENS: ConnectorTokens = {
  accessToken: "user-token",
  refreshToken: null,
  scopes: [],
  expiresAt: null,
};

const proof = (token: string) => createHmac("sha256", SECRET).update(token).digest("hex");

describe("meta connector: sign-in", () => {
  it("supports ad accounts and Pages", () => {
    const meta = connector();
    expect(meta.id).toBe("meta");
    expect(meta.supports("meta-ad-account")).toBe(true);
    expect(meta.supports("facebook-page")).toBe(true);
    expect(meta.supports("instagram")).toBe(false);
    expect(meta.supports("google-ads")).toBe(false);
  });

  it("builds the Facebook Login dialog URL", () => {
    const url = new URL(
      connector().authorizationUrl({
        serviceId: "meta-ad-account",
        state: "state-1",
        redirectUri: REDIRECT,
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe(`${fake.origin}/v99.0/dialog/oauth`);
    expect(url.searchParams.get("client_id")).toBe("app-1");
    expect(url.searchParams.get("redirect_uri")).toBe(REDIRECT);
    expect(url.searchParams.get("response_type")).toBe("code");
    expect(url.searchParams.get("state")).toBe("state-1");
    expect(url.searchParams.get("scope")).toBe("ads_management,business_management");
    expect(url.searchParams.has("client_secret")).toBe(false);
  });

  it("exchanges the code and reads the permissions the client granted", async () => {
    fake.on("GET", "/v99.0/oauth/access_token", () =>
      reply(200, { access_token: "user-token-2", token_type: "bearer", expires_in: 5183944 }),
    );
    fake.on("GET", "/v99.0/me/permissions", () =>
      reply(200, {
        data: [
          { permission: "ads_management", status: "granted" },
          { permission: "business_management", status: "declined" },
          { permission: "public_profile", status: "granted" },
        ],
      }),
    );
    const tokens = await connector().exchangeCode({
      serviceId: "meta-ad-account",
      code: "code-1",
      redirectUri: REDIRECT,
    });
    expect(tokens).toEqual({
      accessToken: "user-token-2",
      refreshToken: null,
      scopes: ["ads_management", "public_profile"],
      expiresAt: new Date(NOW.getTime() + 5183944 * 1000),
    });
    const [exchange] = fake.requestsTo("GET", "/v99.0/oauth/access_token");
    expect(Object.fromEntries(exchange?.query ?? [])).toEqual({
      client_id: "app-1",
      client_secret: SECRET,
      redirect_uri: REDIRECT,
      code: "code-1",
    });
    const [permissions] = fake.requestsTo("GET", "/v99.0/me/permissions");
    expect(permissions?.headers.authorization).toBe("Bearer user-token-2");
    expect(permissions?.query.get("appsecret_proof")).toBe(proof("user-token-2"));
    expect(permissions?.query.has("access_token")).toBe(false);
  });

  it("turns a refused code into 'refused' and a 503 or a transient error into 'unavailable'", async () => {
    fake.on("GET", "/v99.0/oauth/access_token", () =>
      graphError(100, { error_subcode: 36009, message: "This authorization code has been used" }),
    );
    const refused = await rejection(
      connector().exchangeCode({ serviceId: "facebook-page", code: "c", redirectUri: REDIRECT }),
    );
    expect(refused.reason).toBe("refused");
    expect(refused.message).not.toContain(SECRET);

    fake.on("GET", "/v99.0/oauth/access_token", () => reply(503));
    const down = await rejection(
      connector().exchangeCode({ serviceId: "facebook-page", code: "c", redirectUri: REDIRECT }),
    );
    expect(down.reason).toBe("unavailable");

    fake.on("GET", "/v99.0/oauth/access_token", () => graphError(2, { is_transient: true }));
    const transient = await rejection(
      connector().exchangeCode({ serviceId: "facebook-page", code: "c", redirectUri: REDIRECT }),
    );
    expect(transient.reason).toBe("unavailable");
  });
});

describe("meta connector: ad accounts", () => {
  const grant: GrantRequest = {
    serviceId: "meta-ad-account",
    account: { id: "act_555", name: "Acme ads", detail: "" },
    agencyAccount: { kind: "meta-business", value: BUSINESS, label: "Agency BM" },
    accessLevel: "manage-campaigns",
  };
  const agencies = "/v99.0/act_555/agencies";

  it("lists ad accounts across pages", async () => {
    fake.on("GET", "/v99.0/me/adaccounts", (request) =>
      request.query.get("after") === "c2"
        ? reply(200, { data: [{ id: "act_777", name: "Beta", account_id: "777" }], paging: {} })
        : reply(200, {
            data: [{ id: "act_555", name: "Acme ads", account_id: "555" }],
            paging: { cursors: { after: "c2" }, next: "https://graph.example/next" },
          }),
    );
    expect(await connector().listAccounts(TOKENS, "meta-ad-account")).toEqual([
      { id: "act_555", name: "Acme ads", detail: "Ad account 555" },
      { id: "act_777", name: "Beta", detail: "Ad account 777" },
    ]);
    const [first] = fake.requestsTo("GET", "/v99.0/me/adaccounts");
    expect(first?.query.get("fields")).toBe("id,name,account_id");
    expect(first?.headers.authorization).toBe("Bearer user-token");
  });

  it("assigns the agency's business as a partner with the mapped tasks", async () => {
    fake.on("POST", agencies, () => reply(200, { success: true }));
    await connector().grantAccess(TOKENS, grant);
    const [post] = fake.requestsTo("POST", agencies);
    expect(post?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(formOf(post)).toEqual({
      business: BUSINESS,
      permitted_tasks: '["ADVERTISE","ANALYZE"]',
    });
    expect(post?.query.get("appsecret_proof")).toBe(proof("user-token"));

    await connector().grantAccess(TOKENS, { ...grant, accessLevel: "view-performance" });
    expect(formOf(fake.requestsTo("POST", agencies)[1]).permitted_tasks).toBe('["ANALYZE"]');
  });

  it("succeeds when the business is already a partner", async () => {
    fake.on("POST", agencies, () => graphError(3944, { message: "already has access" }));
    fake.on("GET", agencies, () =>
      reply(200, {
        data: [
          { id: BUSINESS, name: "Agency", permitted_tasks: ["ADVERTISE", "ANALYZE", "DRAFT"] },
        ],
      }),
    );
    await connector().grantAccess(TOKENS, grant);
    expect(fake.requestsTo("GET", agencies)).toHaveLength(1);
  });

  it("passes on a refusal when the business is not a partner after all", async () => {
    fake.on("POST", agencies, () => graphError(200, { message: "Permissions error" }));
    fake.on("GET", agencies, () => reply(200, { data: [] }));
    const error = await rejection(connector().grantAccess(TOKENS, grant));
    expect(error.reason).toBe("refused");
  });

  it("verifies the partner and its tasks", async () => {
    let partners: unknown[] = [{ id: "999", permitted_tasks: ["MANAGE"] }];
    fake.on("GET", agencies, () => reply(200, { data: partners }));
    expect(await connector().verifyAccess(TOKENS, grant)).toBe(false);
    partners = [{ id: BUSINESS, permitted_tasks: ["ANALYZE"] }];
    expect(await connector().verifyAccess(TOKENS, grant)).toBe(false);
    partners = [{ id: BUSINESS, permitted_tasks: ["ADVERTISE", "ANALYZE"] }];
    expect(await connector().verifyAccess(TOKENS, grant)).toBe(true);
    partners = [
      { id: BUSINESS, permitted_tasks: ["ADVERTISE", "ANALYZE"], access_status: "PENDING" },
    ];
    expect(await connector().verifyAccess(TOKENS, grant)).toBe(false);
    expect(fake.requestsTo("GET", agencies)[0]?.query.get("fields")).toContain("permitted_tasks");
  });

  it("refuses a receiving account that is not a Meta Business", async () => {
    const error = await rejection(
      connector().grantAccess(TOKENS, {
        ...grant,
        agencyAccount: { kind: "google-account", value: "a@b.com", label: "" },
      }),
    );
    expect(error.reason).toBe("refused");
    expect(fake.seen).toEqual([]);
  });
});

describe("meta connector: Pages", () => {
  const grant: GrantRequest = {
    serviceId: "facebook-page",
    account: { id: "4242", name: "Acme", detail: "" },
    agencyAccount: { kind: "meta-business", value: BUSINESS, label: "Agency BM" },
    accessLevel: "full-control",
  };
  const agencies = "/v99.0/4242/agencies";

  function pageToken() {
    fake.on("GET", "/v99.0/4242", (request) =>
      request.query.get("fields") === "access_token"
        ? reply(200, { id: "4242", access_token: "page-token" })
        : graphError(100),
    );
  }

  it("lists Pages", async () => {
    fake.on("GET", "/v99.0/me/accounts", () =>
      reply(200, { data: [{ id: "4242", name: "Acme", category: "Shoe store" }] }),
    );
    expect(await connector().listAccounts(TOKENS, "facebook-page")).toEqual([
      { id: "4242", name: "Acme", detail: "Shoe store · Page 4242" },
    ]);
  });

  it("assigns the business on the Page with the Page's own token", async () => {
    pageToken();
    fake.on("POST", agencies, () => reply(200, { success: true }));
    await connector().grantAccess(TOKENS, grant);
    const [post] = fake.requestsTo("POST", agencies);
    expect(post?.headers.authorization).toBe("Bearer page-token");
    expect(post?.query.get("appsecret_proof")).toBe(proof("page-token"));
    expect(formOf(post)).toEqual({
      business: BUSINESS,
      permitted_tasks: '["MANAGE","CREATE_CONTENT","MODERATE","MESSAGING","ADVERTISE","ANALYZE"]',
    });

    await connector().grantAccess(TOKENS, { ...grant, accessLevel: "community-activity" });
    expect(formOf(fake.requestsTo("POST", agencies)[1]).permitted_tasks).toBe('["MODERATE"]');
  });

  it("verifies from the Page's partners", async () => {
    pageToken();
    fake.on("GET", agencies, () =>
      reply(200, { data: [{ id: BUSINESS, permitted_tasks: ["MANAGE"] }] }),
    );
    expect(await connector().verifyAccess(TOKENS, grant)).toBe(true);
    expect(fake.requestsTo("GET", agencies)[0]?.headers.authorization).toBe("Bearer page-token");
  });

  it("refuses when Facebook gives no Page token", async () => {
    fake.on("GET", "/v99.0/4242", () => reply(200, { id: "4242" }));
    const error = await rejection(connector().grantAccess(TOKENS, grant));
    expect(error.reason).toBe("refused");
    expect(fake.requestsTo("POST", agencies)).toEqual([]);
  });

  it("maps a Graph 5xx to 'unavailable'", async () => {
    pageToken();
    fake.on("POST", agencies, () => reply(500, { error: { code: 1, message: "unknown" } }));
    const error = await rejection(connector().grantAccess(TOKENS, grant));
    expect(error.reason).toBe("unavailable");
  });

  it("reads an edge answer without a data list as 'unavailable'", async () => {
    pageToken();
    fake.on("GET", agencies, () => reply(200, { data: { id: BUSINESS } }));
    const error = await rejection(connector().verifyAccess(TOKENS, grant));
    expect(error.reason).toBe("unavailable");
  });
});
