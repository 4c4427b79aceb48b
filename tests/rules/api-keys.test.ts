import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import { AGENCY_ID, type Fields, OTHER_AGENCY_ID, rulesSuite } from "../support/rules-grid";

// The REST API's keys: owners and admins see their agency's keys (name,
// scopes, last characters, last used); the key hashes and the idempotency
// records are for functions alone. Only callables and functions write any of it.

const AT = new Date("2026-11-20T15:04:00Z");

const keyDoc = (status: "active" | "revoked"): Fields => ({
  name: "Zapier",
  scopes: ["clients:read", "invites:write"],
  hint: "OtQr",
  status,
  createdAt: AT,
  createdBy: { uid: "owner-a", name: "Olga" },
  lastUsedAt: null,
  revokedAt: null,
  revokedBy: null,
});

const secretDoc = (agencyId: string): Fields => ({
  agencyId,
  name: "Zapier",
  hash: "a".repeat(64),
  scopes: ["clients:read"],
  status: "active",
  lastUsedAt: null,
  createdAt: AT,
});

const idempotencyDoc: Fields = {
  keyId: "KeyA1",
  requestHash: "b".repeat(64),
  state: "done",
  leaseUntil: null,
  status: 201,
  body: '{"id":"C1"}',
  createdAt: AT,
  expiresAt: AT,
};

const keyPath = paths.apiKey(AGENCY_ID, "KeyA1");
const otherAgencyKeyPath = paths.apiKey(OTHER_AGENCY_ID, "KeyB1");
const secretPath = paths.apiKeySecret("KeyA1");
const idempotencyPath = paths.apiIdempotency("c".repeat(64));

const suite = rulesSuite("demo-portico-rules-api-keys", {
  seed: {
    [keyPath]: keyDoc("active"),
    [otherAgencyKeyPath]: keyDoc("active"),
    [secretPath]: secretDoc(AGENCY_ID),
    [idempotencyPath]: idempotencyDoc,
  },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/apiKeys/{keyId}",
  subject: { one: "an API key", new: "an API key", many: "the agency's API keys" },
  docPath: keyPath,
  collectionPath: paths.apiKeys(AGENCY_ID),
  createPath: paths.apiKey(AGENCY_ID, "KeyNew"),
  createData: keyDoc("active"),
  // Bringing a revoked key back, or widening its scopes, without the callables.
  updateData: { status: "active", scopes: ["clients:write"] },
  expect: { get: ["owner", "admin"], list: ["owner", "admin"], create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "apiKeySecrets/{keyId}",
  subject: { one: "a key's hash", new: "a key's hash", many: "key hashes" },
  docPath: secretPath,
  collectionPath: "apiKeySecrets",
  createPath: paths.apiKeySecret("KeyNew"),
  createData: secretDoc(AGENCY_ID),
  // Planting a hash one knows the key of, or moving a key to another agency.
  updateData: { agencyId: OTHER_AGENCY_ID },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "apiIdempotency/{recordId}",
  subject: {
    one: "an idempotency record",
    new: "an idempotency record",
    many: "idempotency records",
  },
  docPath: idempotencyPath,
  collectionPath: "apiIdempotency",
  createPath: paths.apiIdempotency("d".repeat(64)),
  createData: idempotencyDoc,
  // Changing what a retried request is answered.
  updateData: { body: '{"id":"C2"}' },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

describe("API keys stay within their agency", () => {
  it("should not allow an owner to read another agency's keys", async () => {
    await assertFails(suite.db("otherAgencyOwner").doc(keyPath).get());
    await assertFails(suite.db("owner").doc(otherAgencyKeyPath).get());
    await assertFails(suite.db("owner").collection(paths.apiKeys(OTHER_AGENCY_ID)).get());
  });

  it("should give an admin the key's name and last characters, and no hash", async () => {
    const key = await assertSucceeds(suite.db("admin").doc(keyPath).get());
    expect(key.get("hint")).toBe("OtQr");
    expect(key.data()).not.toHaveProperty("hash");
  });

  it("should not allow a member to list keys through a collection group query", async () => {
    await assertFails(suite.db("member").collectionGroup("apiKeys").get());
    await assertFails(suite.db("owner").collectionGroup("apiKeys").get());
  });
});
