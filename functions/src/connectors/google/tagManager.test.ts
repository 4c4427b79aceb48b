import { describe, expect, it } from "vitest";
import type { GrantRequest } from "../connector";
import { bodyOf, rejection, reply } from "../testing/fakeProvider";
import { startFakeGoogle, TOKENS } from "./fakeGoogle";

const { fake, connector } = startFakeGoogle();

describe("google connector: Google Tag Manager", () => {
  const grant: GrantRequest = {
    serviceId: "google-tag-manager",
    account: { id: "accounts/11/containers/22", name: "Acme", detail: "" },
    agencyAccount: { kind: "google-account", value: "tags@agency.com", label: "Agency" },
    accessLevel: "edit",
  };
  const permissions = "/gtm/tagmanager/v2/accounts/11/user_permissions";

  it("lists containers of every account", async () => {
    fake.on("GET", "/gtm/tagmanager/v2/accounts", () =>
      reply(200, { account: [{ accountId: "11", name: "Acme account", path: "accounts/11" }] }),
    );
    fake.on("GET", "/gtm/tagmanager/v2/accounts/11/containers", () =>
      reply(200, { container: [{ containerId: "22", name: "acme.com", publicId: "GTM-ABC123" }] }),
    );
    expect(await connector().listAccounts(TOKENS, "google-tag-manager")).toEqual([
      { id: "accounts/11/containers/22", name: "acme.com", detail: "GTM-ABC123 · Acme account" },
    ]);
  });

  it("creates a user permission for the container, or adds the container to an existing user", async () => {
    fake.on("GET", permissions, () => reply(200, { userPermission: [] }));
    fake.on("POST", permissions, () => reply(200, {}));
    await connector().grantAccess(TOKENS, grant);
    expect(bodyOf(fake.requestsTo("POST", permissions)[0])).toEqual({
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
    fake.on("GET", permissions, () => reply(200, { userPermission: [existing] }));
    fake.on("PUT", "/gtm/tagmanager/v2/accounts/11/user_permissions/5", () => reply(200, {}));
    await connector().grantAccess(TOKENS, grant);
    expect(
      bodyOf(fake.requestsTo("PUT", "/gtm/tagmanager/v2/accounts/11/user_permissions/5")[0]),
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
    fake.on("GET", permissions, () =>
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
    expect(fake.seen.filter((request) => request.method !== "GET")).toEqual([]);
    expect(await connector().verifyAccess(TOKENS, grant)).toBe(true);
  });

  it("follows the pages of the account's users to find the agency", async () => {
    fake.on("GET", permissions, (request) =>
      request.query.get("pageToken") === "next-1"
        ? reply(200, {
            userPermission: [
              {
                path: "accounts/11/user_permissions/8",
                emailAddress: "tags@agency.com",
                containerAccess: [{ containerId: "22", permission: "edit" }],
              },
            ],
          })
        : reply(200, {
            userPermission: [{ path: "accounts/11/user_permissions/1", emailAddress: "a@b.com" }],
            nextPageToken: "next-1",
          }),
    );
    expect(await connector().verifyAccess(TOKENS, grant)).toBe(true);
    expect(fake.requestsTo("GET", permissions)).toHaveLength(2);
  });

  it("reads a malformed answer as 'unavailable' and writes nothing", async () => {
    fake.on("GET", permissions, () => reply(200, { userPermission: { emailAddress: "x" } }));
    const error = await rejection(connector().grantAccess(TOKENS, grant));
    expect(error.reason).toBe("unavailable");
    expect(fake.seen.filter((request) => request.method !== "GET")).toEqual([]);
  });
});
