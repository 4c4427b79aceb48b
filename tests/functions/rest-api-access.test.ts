import { createHash } from "node:crypto";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { RATE_LIMITS, rateWindow } from "@portico/domain/rate-limits";
import type { Timestamp } from "firebase-admin/firestore";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, closeWebClients, uniqueMarker } from "../support/emulator-clients";
import { type ApiAgency, apiAgency, apiRequest } from "../support/rest-api";

// Who may use the REST API and how much: keys (unknown, revoked, another
// agency's, missing a scope), the rate limit per key, idempotent creates and
// the refusals of bad input, each with its status, one JSON error shape, and
// nothing written.

let agency: ApiAgency;
let other: ApiAgency;
let key: string;

beforeAll(async () => {
  [agency, other] = await Promise.all([apiAgency("rest-access"), apiAgency("rest-access-other")]);
  ({ key } = await agency.newKey());
}, 180_000);

afterAll(closeWebClients);

const newClientBody = () => ({
  name: "Juniper & Rowe",
  email: `${uniqueMarker("juniper")}@client.test`,
  type: "client",
  language: "en",
});

describe("API keys", () => {
  it("refuses a missing, malformed, unknown or tampered key with the same 401", async () => {
    const { key: real } = await agency.newKey(["clients:read"]);
    const tampered = `${real.slice(0, -1)}${real.endsWith("A") ? "B" : "A"}`;
    const unknown = `ptk_${"Z".repeat(20)}_${"q".repeat(43)}`;
    const answers = await Promise.all(
      [null, "not-a-key", unknown, tampered].map((sent) => apiRequest(sent, "GET", "/clients")),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.json.error.code).toBe("unauthorized");
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer.json))).size).toBe(1);
    expect((await apiRequest(real, "GET", "/clients")).status).toBe(200);
  });

  it("refuses a revoked key at once, and records when a key was last used", async () => {
    const { keyId, key: doomed } = await agency.newKey(["clients:read"]);
    expect((await apiRequest(doomed, "GET", "/clients")).status).toBe(200);
    const shownRef = admin().db.doc(paths.apiKey(agency.agencyId, keyId));
    const shown = await shownRef.get();
    expect(shown.get("lastUsedAt")).not.toBeNull();
    // Within the minute, using it again writes nothing (no hot spot on a busy key).
    expect((await apiRequest(doomed, "GET", "/clients")).status).toBe(200);
    expect((await shownRef.get()).updateTime?.isEqual(shown.updateTime as Timestamp)).toBe(true);

    await agency.owner.call(CALLABLES.revokeApiKey, { keyId });
    const refused = await apiRequest(doomed, "GET", "/clients");
    expect(refused.status).toBe(401);
    expect(refused.json.error.code).toBe("unauthorized");
    expect((await admin().db.doc(paths.apiKey(agency.agencyId, keyId)).get()).get("status")).toBe(
      "revoked",
    );
  });

  it("refuses what a key's scopes do not cover, writing nothing", async () => {
    const { key: readOnly } = await agency.newKey(["clients:read"]);
    const before = await agency.clientCount();
    const create = await apiRequest(readOnly, "POST", "/clients", { body: newClientBody() });
    expect(create.status).toBe(403);
    expect(create.json.error).toMatchObject({ code: "missing_scope" });
    expect(create.json.error.message).toContain("clients:write");
    expect((await apiRequest(readOnly, "GET", "/invites")).status).toBe(403);
    expect((await apiRequest(readOnly, "GET", "/clients")).status).toBe(200);
    expect(await agency.clientCount()).toBe(before);
  });

  it("never reaches another agency's data: its clients are simply not there", async () => {
    const clientId = await agency.newClient({ company: "Agency A's own" });
    const { key: otherKey } = await other.newKey();
    const read = await apiRequest(otherKey, "GET", `/clients/${clientId}`);
    expect(read.status).toBe(404);
    expect(read.json.error.code).toBe("not_found");
    const update = await apiRequest(otherKey, "PATCH", `/clients/${clientId}`, {
      body: { company: "Taken over" },
    });
    expect(update.status).toBe(404);
    expect((await apiRequest(otherKey, "GET", `/clients/${clientId}/calls`)).status).toBe(404);
    const listed = await apiRequest(otherKey, "GET", "/clients?limit=100");
    expect(listed.json.data.map((client: { id: string }) => client.id)).not.toContain(clientId);
    const stored = await admin().db.doc(paths.client(agency.agencyId, clientId)).get();
    expect(stored.get("company")).toBe("Agency A's own");
  });

  it("lets owners and admins only make and revoke keys, within their own agency", async () => {
    const { keyId } = await agency.newKey(["calls:read"]);
    await expect(other.owner.call(CALLABLES.revokeApiKey, { keyId })).rejects.toMatchObject({
      code: "functions/not-found",
    });
    const secret = await admin().db.doc(paths.apiKeySecret(keyId)).get();
    expect(secret.get("status")).toBe("active");
    expect(secret.get("hash")).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("the rate limit per key", () => {
  it("answers 429 with Retry-After once a key's window is used up, and other keys go on", async () => {
    const { keyId, key: busy } = await agency.newKey(["clients:read"]);
    const limit = RATE_LIMITS.apiPerKey;
    // The window's count as if the key had made every request it may (this
    // window and the next, so a window ending mid-test changes nothing).
    const now = Date.now();
    for (const at of [now, now + limit.windowSeconds * 1000]) {
      const window = rateWindow(limit, at);
      const id = createHash("sha256")
        .update(`apiPerKey\u0000${keyId}\u0000${window.start}`)
        .digest("hex");
      await admin()
        .db.doc(paths.rateLimit(id))
        .set({ name: "apiPerKey", count: limit.limit, expiresAt: new Date(window.end) });
    }
    const refused = await apiRequest(busy, "GET", "/clients");
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe("rate_limited");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(limit.windowSeconds);
    expect((await apiRequest(key, "GET", "/clients")).status).toBe(200);
  });
});

describe("idempotent creates", () => {
  it("creates once for the same Idempotency-Key, answering the retry with the first answer", async () => {
    const body = newClientBody();
    const headers = { "idempotency-key": uniqueMarker("create-client") };
    const first = await apiRequest(key, "POST", "/clients", { body, headers });
    expect(first.status).toBe(201);
    const retry = await apiRequest(key, "POST", "/clients", { body, headers });
    expect(retry.status).toBe(201);
    expect(retry.json).toEqual(first.json);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    const same = await admin()
      .db.collection(paths.clients(agency.agencyId))
      .where("email", "==", body.email)
      .get();
    expect(same.size).toBe(1);

    const reused = await apiRequest(key, "POST", "/clients", {
      body: { ...body, name: "Someone else" },
      headers,
    });
    expect(reused.status).toBe(422);
    expect(reused.json.error.code).toBe("idempotency_key_reused");
  });

  it("lets only one of several simultaneous requests with the same key create", async () => {
    const body = newClientBody();
    const headers = { "idempotency-key": uniqueMarker("race") };
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => apiRequest(key, "POST", "/clients", { body, headers })),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    const created = answers.filter((answer) => answer.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((answer) => answer.json.id)).size).toBe(1);
    const same = await admin()
      .db.collection(paths.clients(agency.agencyId))
      .where("email", "==", body.email)
      .get();
    expect(same.size).toBe(1);
  });
});

describe("bad input", () => {
  it("answers each kind of bad request with its status and one error shape, writing nothing", async () => {
    const before = await agency.clientCount();
    const unknownField = await apiRequest(key, "POST", "/clients", {
      body: { ...newClientBody(), nickname: "JR", role: "owner" },
    });
    expect(unknownField.status).toBe(400);
    expect(unknownField.json.error).toMatchObject({
      code: "invalid_request",
      fields: { nickname: "Unknown field: remove it.", role: "Unknown field: remove it." },
    });
    const invalid = await apiRequest(key, "POST", "/clients", {
      body: { ...newClientBody(), type: "partner", name: "" },
    });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.json.error.fields).sort()).toEqual(["name", "type"]);
    expect(invalid.json.error.fields.name).toBe("Enter the client's name.");

    // Malformed JSON is refused by the platform's parser before the API runs.
    const malformed = await apiRequest(key, "POST", "/clients", { body: '{"name": "Ana",' });
    expect(malformed.status).toBe(400);
    const notJson = await apiRequest(key, "POST", "/clients", {
      body: "name=Ana",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(notJson.status).toBe(415);
    expect(notJson.json.error.code).toBe("unsupported_media_type");
    const huge = await apiRequest(key, "POST", "/clients", {
      body: { ...newClientBody(), company: "x".repeat(70 * 1024) },
    });
    expect(huge.status).toBe(413);
    expect(huge.json.error.code).toBe("payload_too_large");
    const deep = await apiRequest(key, "POST", "/clients", {
      body: `{"name":${'{"a":'.repeat(40)}1${"}".repeat(40)}}`,
    });
    expect(deep.status).toBe(400);

    const badLimit = await apiRequest(key, "GET", "/clients?limit=500");
    expect(badLimit.status).toBe(400);
    expect(badLimit.json.error.fields.limit).toMatch(/1 to 100/);
    const badCursor = await apiRequest(key, "GET", "/clients?cursor=not-ours");
    expect(badCursor.json.error.code).toBe("invalid_cursor");
    const unknownParameter = await apiRequest(key, "GET", "/clients?sort=name");
    expect(unknownParameter.json.error.fields.sort).toBe("Unknown field: remove it.");
    const badId = await apiRequest(key, "GET", "/clients/..%2Fx");
    expect(badId.status).toBe(404);
    const nowhere = await apiRequest(key, "GET", "/webhooks");
    expect(nowhere.status).toBe(404);
    expect(nowhere.json.error.code).toBe("not_found");
    const wrongMethod = await apiRequest(key, "DELETE", "/clients/abc");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, PATCH");
    const badIdempotencyKey = await apiRequest(key, "POST", "/clients", {
      body: newClientBody(),
      headers: { "idempotency-key": "x".repeat(300) },
    });
    expect(badIdempotencyKey.json.error.code).toBe("invalid_idempotency_key");

    expect(await agency.clientCount()).toBe(before);
  });
});
