import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  admin,
  callableError,
  closeWebClients,
  fieldErrors,
  uniqueMarker,
} from "../support/emulator-clients";
import { type ApiAgency, apiAgency, apiRequest, storeCallAndBooking } from "../support/rest-api";

// The REST API's operations against the emulators: clients, invites (with
// exactly Create Invite's checks), calls and bookings, cursor pages; then the
// OpenAPI document it serves: valid OpenAPI 3.1, and every operation in it
// (REST hooks and the access pages list too) called with its own example and
// answered as its schema says.

let agency: ApiAgency;
let key: string;
let clientId: string;

beforeAll(async () => {
  agency = await apiAgency("rest-operations");
  ({ key } = await agency.newKey());
  clientId = await agency.newClient({ name: "Bright Smiles Dental" });
}, 180_000);

afterAll(closeWebClients);

const googleAds = (accessLevel = "standard") => ({
  serviceId: "google-ads",
  accessLevel,
  connectedAccountId: agency.accountId,
});

describe("clients", () => {
  it("creates, reads and updates a client, keeping the fields an update leaves out", async () => {
    const email = `${uniqueMarker("api")}@client.test`;
    const created = await apiRequest(key, "POST", "/clients", {
      body: {
        name: "  Acme Dental ",
        email,
        website: "acme.example",
        type: "prospect",
        language: "nl",
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: "Acme Dental",
      email,
      website: "https://acme.example/",
      type: "prospect",
      language: "nl",
      metadata: {},
    });
    const id = created.json.id as string;
    const stored = await admin().db.doc(paths.client(agency.agencyId, id)).get();
    expect(stored.get("createdBy")).toMatch(/^apiKey:/);

    const updated = await apiRequest(key, "PATCH", `/clients/${id}`, {
      body: { company: "Acme Group", metadata: { crmId: "HS-1" } },
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      name: "Acme Dental",
      company: "Acme Group",
      type: "prospect",
      metadata: { crmId: "HS-1" },
    });
    expect((await apiRequest(key, "GET", `/clients/${id}`)).json).toEqual(updated.json);

    // Create Client's own check: one email per client.
    const duplicate = await apiRequest(key, "POST", "/clients", {
      body: { name: "Copy", email, type: "client", language: "en" },
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.json.error.fields.email).toBe("Acme Dental already has this email.");
  });

  it("pages through every client with cursors, newest first, each once", async () => {
    const made = [await agency.newClient(), await agency.newClient(), await agency.newClient()];
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : "?limit=2";
      const page = await apiRequest(key, "GET", `/clients${query}`);
      expect(page.status).toBe(200);
      expect(page.json.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.json.data.map((client: { id: string }) => client.id));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await agency.clientCount());
    // Newest first: the three just made lead, the last one first.
    expect(seen.slice(0, 3)).toEqual([...made].reverse());
  });
});

describe("invites", () => {
  it("refuses what Create Invite refuses, with the same field messages", async () => {
    const prospect = await agency.newClient({ type: "prospect" });
    const input = { clientId: prospect, services: [googleAds("admin")], sendEmail: false };
    const viaApp = fieldErrors(
      await callableError(agency.owner.call(CALLABLES.createInvite, input)),
    );
    const viaApi = await apiRequest(key, "POST", "/invites", { body: input });
    expect(viaApi.status).toBe(400);
    expect(viaApi.json.error.fields).toEqual(viaApp);
    expect(viaApi.json.error.fields["services.0.accessLevel"]).toMatch(/read-only/);

    const noClient = await apiRequest(key, "POST", "/invites", {
      body: { clientId: "Nope1234567890123456", services: [googleAds()] },
    });
    expect(noClient.json.error.fields.clientId).toBe("Choose or create a client first.");
    // A typo inside a service is named, not dropped.
    const typo = await apiRequest(key, "POST", "/invites", {
      body: { clientId, services: [{ ...googleAds(), acessLevel: "admin" }], sendEmail: false },
    });
    expect(typo.status).toBe(400);
    expect(typo.json.error.fields["services.0.acessLevel"]).toBe("Unknown field: remove it.");
    const invites = await admin().db.collection(paths.invites(agency.agencyId)).count().get();
    expect(invites.data().count).toBe(0);
  });

  it("creates an invite with its link, lists it by client and copies its link", async () => {
    const created = await apiRequest(key, "POST", "/invites", {
      body: { clientId, services: [googleAds()], sendEmail: false },
      headers: { "idempotency-key": uniqueMarker("invite") },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ clientId, status: "pending" });
    expect(created.json.url).toMatch(/\/i\/[A-Za-z0-9_-]{43}$/);
    const inviteId = created.json.id as string;

    const link = await apiRequest(key, "GET", `/invites/${inviteId}/link`);
    expect(link.json).toEqual({ inviteId, url: created.json.url });
    const listed = await apiRequest(key, "GET", `/invites?clientId=${clientId}`);
    expect(listed.json.data.map((invite: { id: string }) => invite.id)).toEqual([inviteId]);
    const { url, ...invite } = created.json;
    expect((await apiRequest(key, "GET", `/invites/${inviteId}`)).json).toEqual(invite);
    const activity = await admin()
      .db.collection(paths.activity(agency.agencyId))
      .where("inviteId", "==", inviteId)
      .get();
    expect(activity.docs.map((entry) => entry.get("actor"))).toEqual(["API key “Integration”"]);
  });
});

describe("calls and bookings", () => {
  it("lists and reads a client's calls and bookings without what only Portico keeps", async () => {
    const { callId, bookingId } = await storeCallAndBooking(agency.agencyId, clientId);
    const calls = await apiRequest(key, "GET", `/clients/${clientId}/calls`);
    expect(calls.json.data.map((call: { id: string }) => call.id)).toEqual([callId]);
    const call = await apiRequest(key, "GET", `/clients/${clientId}/calls/${callId}`);
    expect(call.json).toMatchObject({ id: callId, clientId, summary: "Booked a cleaning" });
    expect(call.json).not.toHaveProperty("searchTokens");
    expect(call.json).not.toHaveProperty("platformCostCents");
    const bookings = await apiRequest(key, "GET", `/clients/${clientId}/bookings`);
    expect(bookings.json.data[0]).toMatchObject({ id: bookingId, callId });
    expect((await apiRequest(key, "GET", `/clients/${clientId}/calls/nope`)).status).toBe(404);
  });
});

// ---- The OpenAPI document -----------------------------------------------------

type Json = Record<string, unknown>;

/** The document's local references resolved in place (it has no cycles). */
function resolveRefs(value: unknown, document: Json): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveRefs(item, document));
  if (!value || typeof value !== "object") return value;
  const ref = (value as { $ref?: unknown }).$ref;
  if (typeof ref === "string" && ref.startsWith("#/")) {
    const target = ref
      .slice(2)
      .split("/")
      .reduce<unknown>((node, part) => (node as Json)[part], document);
    return resolveRefs(target, document);
  }
  return Object.fromEntries(
    Object.entries(value).map(([name, item]) => [name, resolveRefs(item, document)]),
  );
}

describe("the OpenAPI document", () => {
  it("is served without a key and is a valid OpenAPI 3.1 document", async () => {
    const served = await apiRequest(null, "GET", "/openapi.json");
    expect(served.status).toBe(200);
    expect(served.json.openapi).toBe("3.1.0");
    const result = await new Validator().validate(served.json);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("answers every documented operation, called with its example, as its schema says", async () => {
    const document = (await apiRequest(null, "GET", "/openapi.json")).json as Json;
    const { callId, bookingId } = await storeCallAndBooking(agency.agencyId, clientId);
    const invite = await apiRequest(key, "POST", "/invites", {
      body: { clientId, services: [googleAds()], sendEmail: false },
      headers: { "idempotency-key": uniqueMarker("invite") },
    });
    // The examples' IDs stand for documents of some agency: here, this one's.
    const ids: Record<string, string> = { clientId, inviteId: invite.json.id, callId, bookingId };
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);

    const operations = Object.entries(
      document.paths as Record<string, Record<string, Json>>,
    ).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(12);
    for (const { path, method, operation } of operations) {
      const resolved = resolveRefs(operation, document) as Json;
      const parameters = (resolved.parameters ?? []) as Json[];
      let url = path;
      const query = new URLSearchParams();
      for (const parameter of parameters) {
        const name = parameter.name as string;
        if (parameter.in === "path") url = url.replace(`{${name}}`, ids[name] ?? "");
        if (parameter.in === "query" && parameter.example !== undefined) {
          query.set(name, String(parameter.example));
        }
      }
      const content = (resolved.requestBody as Json | undefined)?.content as
        | Record<string, Json>
        | undefined;
      const example = content?.["application/json"]?.example as Json | undefined;
      const body = example && {
        ...example,
        ...("clientId" in example ? { clientId } : {}),
        ...("email" in example ? { email: `${uniqueMarker("example")}@client.test` } : {}),
        ...("services" in example ? { services: [googleAds()] } : {}),
        // A hook subscription's receiver: the emulator takes loopback receivers only.
        ...("events" in example ? { url: "http://127.0.0.1:9/portico" } : {}),
      };
      const headers: Record<string, string> =
        method === "post" ? { "idempotency-key": uniqueMarker(String(resolved.operationId)) } : {};
      const answer = await apiRequest(
        key,
        method.toUpperCase(),
        `${url}${query.size > 0 ? `?${query}` : ""}`,
        body ? { body, headers } : { headers },
      );
      const [status, success] = Object.entries(resolved.responses as Record<string, Json>)[0] as [
        string,
        Json,
      ];
      const label = `${method.toUpperCase()} ${path} (${String(resolved.operationId)})`;
      // The hook it subscribed is the one the next operation unsubscribes.
      if (resolved.operationId === "createHook") ids.hookId = answer.json.id;
      expect(answer.status, `${label}: ${JSON.stringify(answer.json)}`).toBe(Number(status));
      const schema = (success.content as Record<string, Json>)["application/json"]?.schema;
      const validate = ajv.compile(schema as Json);
      expect(validate(answer.json) ? [] : validate.errors, label).toEqual([]);
    }
  });
});
