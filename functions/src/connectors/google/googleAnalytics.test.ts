import { describe, expect, it } from "vitest";
import type { GrantRequest } from "../connector";
import { bodyOf, rejection, reply } from "../testing/fakeProvider";
import { startFakeGoogle, TOKENS } from "./fakeGoogle";

const { fake, connector } = startFakeGoogle();

describe("google connector: Google Analytics 4", () => {
  const grant: GrantRequest = {
    serviceId: "google-analytics-4",
    account: { id: "properties/456", name: "Acme web", detail: "" },
    agencyAccount: { kind: "google-account", value: "Analytics@Agency.com", label: "Agency" },
    accessLevel: "marketer",
  };
  const bindings = "/ga/v1alpha/properties/456/accessBindings";

  it("lists properties from account summaries across pages", async () => {
    fake.on("GET", "/ga/v1beta/accountSummaries", (request) =>
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
    expect(fake.requestsTo("GET", "/ga/v1beta/accountSummaries")[0]?.headers.authorization).toBe(
      "Bearer access-1",
    );
  });

  it("creates an access binding for the agency email with the mapped role", async () => {
    fake.on("POST", bindings, () => reply(200, { name: "properties/456/accessBindings/1" }));
    await connector().grantAccess(TOKENS, grant);
    expect(bodyOf(fake.requestsTo("POST", bindings)[0])).toEqual({
      user: "analytics@agency.com",
      roles: ["predefinedRoles/marketer"],
    });

    await connector().grantAccess(TOKENS, { ...grant, accessLevel: "administrator" });
    expect(bodyOf(fake.requestsTo("POST", bindings)[1])).toEqual({
      user: "analytics@agency.com",
      roles: ["predefinedRoles/admin"],
    });
  });

  it("succeeds when the binding already exists with this role or more", async () => {
    fake.on("POST", bindings, () =>
      reply(409, { error: { code: 409, status: "ALREADY_EXISTS", message: "exists" } }),
    );
    fake.on("GET", bindings, () =>
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
    expect(fake.seen.filter((request) => request.method === "PATCH")).toEqual([]);
  });

  it("raises an existing lower binding instead of failing", async () => {
    fake.on("POST", bindings, () => reply(409, { error: { code: 409, status: "ALREADY_EXISTS" } }));
    fake.on("GET", bindings, () =>
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
    fake.on("PATCH", "/ga/v1alpha/properties/456/accessBindings/9", () => reply(200, {}));
    await connector().grantAccess(TOKENS, grant);
    expect(
      bodyOf(fake.requestsTo("PATCH", "/ga/v1alpha/properties/456/accessBindings/9")[0]),
    ).toEqual({
      name: "properties/456/accessBindings/9",
      user: "analytics@agency.com",
      roles: ["predefinedRoles/marketer"],
    });
  });

  it("maps a permission error to 'refused'", async () => {
    fake.on("POST", bindings, () =>
      reply(403, { error: { code: 403, status: "PERMISSION_DENIED" } }),
    );
    const error = await rejection(connector().grantAccess(TOKENS, grant));
    expect(error.reason).toBe("refused");
  });

  it("maps an API 503 or 429 to 'unavailable'", async () => {
    fake.on("GET", "/ga/v1beta/accountSummaries", () =>
      reply(503, { error: { code: 503, status: "UNAVAILABLE" } }),
    );
    const down = await rejection(connector().listAccounts(TOKENS, "google-analytics-4"));
    expect(down.reason).toBe("unavailable");
    fake.on("POST", bindings, () =>
      reply(429, { error: { code: 429, status: "RESOURCE_EXHAUSTED" } }),
    );
    const throttled = await rejection(connector().grantAccess(TOKENS, grant));
    expect(throttled.reason).toBe("unavailable");
  });

  it("verifies from the property's access bindings", async () => {
    let roles = ["predefinedRoles/analyst"];
    fake.on("GET", bindings, () =>
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

  it("reads a listing without the documented shape as 'unavailable'", async () => {
    fake.on("GET", "/ga/v1beta/accountSummaries", () =>
      reply(200, { accountSummaries: [{ displayName: "Acme", propertySummaries: "none" }] }),
    );
    const error = await rejection(connector().listAccounts(TOKENS, "google-analytics-4"));
    expect(error.reason).toBe("unavailable");
    expect(error.message).toBe(
      "Google is not responding right now. Please try again in a few minutes.",
    );
  });
});
