import { createHash } from "node:crypto";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { appUrl } from "../../scripts/lib/emulators";
import { admin, closeWebClients, uniqueMarker } from "../support/emulator-clients";
import { type ApiAgency, apiAgency, apiRequest } from "../support/rest-api";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

// What an automation tool does with the REST API beyond clients and invites:
// subscribe a REST hook (Zapier, Make) and get signed events at it, then
// unsubscribe; list the agency's access pages; and what a browser page on
// another site gets when it tries to call the API with a key.

let agency: ApiAgency;
let other: ApiAgency;
let key: string;
let keyId: string;

beforeAll(async () => {
  [agency, other] = await Promise.all([apiAgency("rest-hooks"), apiAgency("rest-hooks-other")]);
  ({ key, keyId } = await agency.newKey(undefined, "Zapier"));
}, 180_000);

const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});
afterAll(closeWebClients);

const endpointCount = async (agencyId: string) =>
  (await admin().db.collection(paths.outgoingWebhooks(agencyId)).count().get()).data().count;

describe("REST hooks", () => {
  it("subscribes an endpoint that gets signed events, then unsubscribes it", async () => {
    const hook = await startWebhookReceiver();
    receivers.push(hook);
    const idempotencyKey = uniqueMarker("subscribe");
    const subscribe = () =>
      apiRequest(key, "POST", "/hooks", {
        body: { url: hook.url, events: ["client.created"] },
        headers: { "idempotency-key": idempotencyKey },
      });
    const subscribed = await subscribe();
    expect(subscribed.status).toBe(201);
    expect(subscribed.json).toMatchObject({
      url: hook.url,
      description: "",
      events: ["client.created"],
      status: "enabled",
    });
    expect(subscribed.json.secret).toMatch(/^whsec_/);
    const hookId = subscribed.json.id as string;
    const endpoint = await admin().db.doc(paths.outgoingWebhook(agency.agencyId, hookId)).get();
    expect(endpoint.get("createdBy.name")).toBe("API key “Zapier”");
    // Zapier's retry subscribes once and gets the same answer, secret too; the
    // kept answer holds no secret (it stays sealed with the endpoint's keys).
    const retried = await subscribe();
    expect(retried.json).toEqual(subscribed.json);
    expect(retried.headers.get("idempotent-replayed")).toBe("true");
    expect(await endpointCount(agency.agencyId)).toBe(1);
    const kept = await admin()
      .db.doc(
        paths.apiIdempotency(
          createHash("sha256").update(`${keyId}\u0000${idempotencyKey}`).digest("hex"),
        ),
      )
      .get();
    expect(kept.get("state")).toBe("done");
    expect(kept.get("body")).not.toContain("whsec_");

    hook.secrets = [subscribed.json.secret];
    const client = await apiRequest(key, "POST", "/clients", {
      body: {
        name: "Juniper & Rowe",
        email: `${uniqueMarker("hooked")}@client.test`,
        type: "client",
        language: "en",
      },
    });
    expect(client.status).toBe(201);
    await vi.waitFor(() => expect(hook.received).toHaveLength(1), { timeout: 60_000 });
    expect(hook.received[0]?.verifiedWith).toEqual([0]);
    expect(hook.received[0]?.payload).toMatchObject({
      type: "client.created",
      data: { id: client.json.id, name: "Juniper & Rowe" },
    });

    const unsubscribed = await apiRequest(key, "DELETE", `/hooks/${hookId}`);
    expect(unsubscribed.status).toBe(200);
    expect(unsubscribed.json).toEqual({ id: hookId, deleted: true });
    expect(
      (await admin().db.doc(paths.outgoingWebhook(agency.agencyId, hookId)).get()).exists,
    ).toBe(false);
    const again = await apiRequest(key, "DELETE", `/hooks/${hookId}`);
    expect(again.status).toBe(404);
    expect(again.json.error.code).toBe("not_found");
  });

  it("refuses what Settings -> Webhooks refuses, a key without the scope and another agency, writing nothing", async () => {
    const before = await endpointCount(agency.agencyId);
    const plainHttp = await apiRequest(key, "POST", "/hooks", {
      body: { url: "http://hooks.example.com/portico", events: ["client.created"] },
    });
    expect(plainHttp.status).toBe(400);
    expect(plainHttp.json.error.fields.url).toBe("Use an https:// URL: plain http is not allowed.");
    const privateAddress = await apiRequest(key, "POST", "/hooks", {
      body: { url: "https://10.1.2.3/hooks", events: ["client.created"] },
    });
    expect(privateAddress.status).toBe(400);
    expect(privateAddress.json.error.fields.url).toMatch(/private or reserved address/);
    const badEvents = await apiRequest(key, "POST", "/hooks", {
      body: { url: "https://10.1.2.3/hooks", events: ["client.deleted"], secret: "mine" },
    });
    expect(badEvents.status).toBe(400);
    expect(badEvents.json.error.fields).toMatchObject({
      "events.0": "Choose events from the list.",
      secret: "Unknown field: remove it.",
    });

    const { key: readOnly } = await agency.newKey(["clients:read"]);
    const noScope = await apiRequest(readOnly, "POST", "/hooks", {
      body: { url: "https://hooks.example.com/portico", events: ["client.created"] },
    });
    expect(noScope.status).toBe(403);
    expect(noScope.json.error.message).toContain("webhooks:write");
    expect(await endpointCount(agency.agencyId)).toBe(before);

    // Another agency's key cannot remove this agency's endpoint: it is not there for it.
    const { endpointId } = await agency.owner.call<{ endpointId: string }>(
      CALLABLES.createWebhookEndpoint,
      { url: "http://127.0.0.1:9/hooks", events: ["client.created"] },
    );
    const { key: otherKey } = await other.newKey();
    const foreign = await apiRequest(otherKey, "DELETE", `/hooks/${endpointId}`);
    expect(foreign.status).toBe(404);
    expect(
      (await admin().db.doc(paths.outgoingWebhook(agency.agencyId, endpointId)).get()).exists,
    ).toBe(true);
  });
});

describe("access pages", () => {
  it("lists the agency's access pages in cursor pages, with their public addresses", async () => {
    const made: string[] = [];
    for (const name of ["Website", "Partners"]) {
      const { pageId } = await agency.owner.call<{ pageId: string }>(
        CALLABLES.createOnboardingPage,
        {
          name,
          slug: uniqueMarker(name).toLowerCase(),
          services: [
            {
              serviceId: "google-ads",
              accessLevel: "standard",
              connectedAccountId: agency.accountId,
            },
          ],
          clientType: "client",
          defaultLanguage: "en",
        },
      );
      made.push(pageId);
    }
    const first = await apiRequest(key, "GET", "/access-pages?limit=1");
    expect(first.status).toBe(200);
    expect(first.json.data).toHaveLength(1);
    expect(first.json.data[0]).toMatchObject({ id: made[1], name: "Partners", paused: false });
    expect(first.json.data[0].url).toBe(
      `${appUrl("test")}/p/${agency.agencyId}/${first.json.data[0].slug}`,
    );
    const second = await apiRequest(
      key,
      "GET",
      `/access-pages?limit=1&cursor=${encodeURIComponent(first.json.nextCursor)}`,
    );
    expect(second.json.data.map((page: { id: string }) => page.id)).toEqual([made[0]]);
    expect(second.json.nextCursor).toBeNull();

    const { key: otherKey } = await other.newKey();
    expect((await apiRequest(otherKey, "GET", "/access-pages")).json.data).toEqual([]);
    const { key: noScope } = await agency.newKey(["clients:read"]);
    expect((await apiRequest(noScope, "GET", "/access-pages")).status).toBe(403);
  });
});

describe("browsers on other sites", () => {
  const elsewhere = "https://crm.example.com";

  it("refuses a preflight and a request from another origin, clearly and without CORS headers", async () => {
    const preflight = await apiRequest(null, "OPTIONS", "/clients", {
      headers: {
        origin: elsewhere,
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization",
      },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.json.error.code).toBe("cross_origin_refused");
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();

    const before = await agency.clientCount();
    const fromPage = await apiRequest(key, "POST", "/clients", {
      body: {
        name: "Ana",
        email: `${uniqueMarker("cors")}@client.test`,
        type: "client",
        language: "en",
      },
      headers: { origin: elsewhere },
    });
    expect(fromPage.status).toBe(403);
    expect(fromPage.json.error.message).toMatch(/for servers/);
    expect(fromPage.headers.get("access-control-allow-origin")).toBeNull();
    expect(await agency.clientCount()).toBe(before);

    // The app's own origin and servers (no Origin at all) go on.
    const sameOrigin = new URL(appUrl("test")).origin;
    expect(
      (await apiRequest(key, "GET", "/clients", { headers: { origin: sameOrigin } })).status,
    ).toBe(200);
  });

  it("lets any site read the OpenAPI document", async () => {
    const preflight = await apiRequest(null, "OPTIONS", "/openapi.json", {
      headers: { origin: elsewhere, "access-control-request-method": "GET" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    const document = await apiRequest(null, "GET", "/openapi.json", {
      headers: { origin: elsewhere },
    });
    expect(document.status).toBe(200);
    expect(document.headers.get("access-control-allow-origin")).toBe("*");
  });
});
