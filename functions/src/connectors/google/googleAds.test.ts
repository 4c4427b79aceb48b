import { describe, expect, it } from "vitest";
import type { GrantRequest } from "../connector";
import { bodyOf, rejection, reply } from "../testing/fakeProvider";
import { startFakeGoogle, TOKENS } from "./fakeGoogle";

const { fake, connector } = startFakeGoogle();

describe("google connector: Google Ads", () => {
  const managerGrant: GrantRequest = {
    serviceId: "google-ads",
    account: { id: "1234567890", name: "Client Ads", detail: "" },
    agencyAccount: { kind: "google-ads-manager", value: "987-654-3210", label: "Agency MCC" },
    accessLevel: "standard",
  };
  const search = "/ads/v99/customers/1234567890/googleAds:search";

  function managerLink(status: string) {
    fake.on("POST", search, (request) =>
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
    fake.on("GET", "/ads/v99/customers:listAccessibleCustomers", () =>
      reply(200, { resourceNames: ["customers/1234567890", "customers/1112223333"] }),
    );
    fake.on("POST", search, () =>
      reply(200, {
        results: [
          { customer: { id: "1234567890", descriptiveName: "Acme Shoes", manager: false } },
        ],
      }),
    );
    fake.on("POST", "/ads/v99/customers/1112223333/googleAds:search", () =>
      reply(403, { error: { code: 403, status: "PERMISSION_DENIED" } }),
    );
    const accounts = await connector().listAccounts(TOKENS, "google-ads");
    expect(accounts).toEqual([
      { id: "1234567890", name: "Acme Shoes", detail: "Ad account · 123-456-7890" },
      { id: "1112223333", name: "111-222-3333", detail: "111-222-3333" },
    ]);
    const [list] = fake.requestsTo("GET", "/ads/v99/customers:listAccessibleCustomers");
    expect(list?.headers.authorization).toBe("Bearer access-1");
    expect(list?.headers["developer-token"]).toBe("dev-token-1");
    expect(bodyOf(fake.requestsTo("POST", search)[0])).toEqual({
      query: "SELECT customer.id, customer.descriptive_name, customer.manager FROM customer",
    });
  });

  it("accepts the agency manager's pending link request", async () => {
    managerLink("PENDING");
    fake.on("POST", "/ads/v99/customers/1234567890/customerManagerLinks:mutate", () =>
      reply(200, { result: { resourceName: "x" } }),
    );
    await connector().grantAccess(TOKENS, managerGrant);
    const [mutate] = fake.requestsTo(
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
    expect(
      fake.requestsTo("POST", "/ads/v99/customers/1234567890/customerManagerLinks:mutate"),
    ).toEqual([]);
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
    fake.on("POST", search, () => reply(200, { results: [] }));
    fake.on("POST", "/ads/v99/customers/1234567890/customerUserAccessInvitations:mutate", () =>
      reply(200, { result: { resourceName: "x" } }),
    );
    const grant: GrantRequest = {
      ...managerGrant,
      agencyAccount: { kind: "google-account", value: "PPC@Agency.com", label: "PPC" },
      accessLevel: "read-only",
    };
    await connector().grantAccess(TOKENS, grant);
    const [invite] = fake.requestsTo(
      "POST",
      "/ads/v99/customers/1234567890/customerUserAccessInvitations:mutate",
    );
    expect(bodyOf(invite)).toEqual({
      operation: { create: { emailAddress: "ppc@agency.com", accessRole: "READ_ONLY" } },
    });
  });

  it("reads search rows without the selected resource as 'unavailable' and writes nothing", async () => {
    fake.on("POST", search, () => reply(200, { results: [{ customer: { id: "1234567890" } }] }));
    const error = await rejection(connector().grantAccess(TOKENS, managerGrant));
    expect(error.reason).toBe("unavailable");
    expect(
      fake.requestsTo("POST", "/ads/v99/customers/1234567890/customerManagerLinks:mutate"),
    ).toEqual([]);
  });
});
