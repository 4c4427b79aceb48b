import { describe, expect, it } from "vitest";
import { googleConnector } from "./google";
import { NOW, REDIRECT, startFakeGoogle } from "./google/fakeGoogle";
import { rejection, reply } from "./testing/fakeProvider";

// Sign-in with Google, against a local fake of Google's OAuth endpoints.

const { fake, connector } = startFakeGoogle();

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
    expect(`${url.origin}${url.pathname}`).toBe(`${fake.origin}/o/oauth2/v2/auth`);
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
    fake.on("POST", "/token", () =>
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
    const [post] = fake.requestsTo("POST", "/token");
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
    fake.on("POST", "/token", () =>
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
    fake.on("POST", "/token", () =>
      reply(400, { error: "invalid_grant", error_description: "Bad Request client-secret-1" }),
    );
    const error = await rejection(
      connector().exchangeCode({ serviceId: "google-ads", code: "used", redirectUri: REDIRECT }),
    );
    expect(error.reason).toBe("refused");
    expect(error.message).not.toMatch(/secret|used|invalid_grant/);
  });

  it("turns a 503 or an unreachable server into 'unavailable'", async () => {
    fake.on("POST", "/token", () => reply(503, { error: "backend" }));
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

  it("reads a token answer without a usable access token as an unfinished sign-in", async () => {
    for (const answer of [
      { token_type: "Bearer", expires_in: 3599 },
      { access_token: "", token_type: "Bearer" },
      { access_token: 42, token_type: "Bearer" },
      { access_token: "a", expires_in: { seconds: 10 } },
    ]) {
      fake.on("POST", "/token", () => reply(200, answer));
      const error = await rejection(
        connector().exchangeCode({ serviceId: "google-ads", code: "c", redirectUri: REDIRECT }),
      );
      expect(error.reason).toBe("refused");
      expect(error.message).toBe("Google did not complete the sign-in.");
    }
  });
});
