import { createHash } from "node:crypto";
import { assertFails } from "@firebase/rules-unit-testing";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import {
  AGENCY_ID,
  type Fields,
  OTHER_AGENCY_ID,
  rulesSuite,
  STAFF_AND_PORTAL,
} from "../support/rules-grid";

// What the client's invite page leaves behind: intake answers (staff read
// them), sign-in sessions and retained platform tokens (functions only).

const AT = new Date("2026-11-20T09:00:00Z");
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

const responseDoc = (inviteId: string): Fields => ({
  inviteId,
  clientId: "client-1",
  questions: [{ id: "goals", label: "Your goals?", type: "long_text" }],
  answers: { goals: "More leads" },
  status: "submitted",
  updatedAt: AT,
  submittedAt: AT,
});
const sessionDoc: Fields = {
  agencyId: AGENCY_ID,
  invitePath: paths.invite(AGENCY_ID, "invite-1"),
  serviceId: "google-ads",
  connectorId: "sandbox",
  stage: "authorized",
  codeHash: sha256("code"),
  sealedTokens: "v1.aaaa.bbbb.cccc",
  tokenScopes: ["ads"],
  tokenExpiresAt: AT,
  accounts: [{ id: "acct-1", name: "Acme", detail: "" }],
  accountId: null,
  expiresAt: AT,
};
const retainedDoc: Fields = {
  agencyId: AGENCY_ID,
  inviteId: "invite-1",
  clientId: "client-1",
  serviceId: "google-ads",
  platform: "google",
  connectorId: "sandbox",
  accountId: "acct-1",
  sealed: "v1.aaaa.bbbb.cccc",
  scopes: ["ads"],
  expiresAt: AT,
  retainedAt: AT,
};

const responsePath = paths.intakeResponse(AGENCY_ID, "client-1", "invite-1");
const otherResponsePath = paths.intakeResponse(OTHER_AGENCY_ID, "client-b", "invite-b");
const sessionPath = paths.connectorSession(sha256("state-1"));
const retainedPath = paths.retainedToken(AGENCY_ID, "invite-1", "google-ads");
const revealPath = `${retainedPath}/reveals/reveal-1`;
const invitePath = paths.invite(AGENCY_ID, "invite-1");
const invitationTokenPath = paths.invitationToken(sha256("link-token"));

const suite = rulesSuite("demo-portico-rules-client-page", {
  seed: {
    [responsePath]: responseDoc("invite-1"),
    [otherResponsePath]: responseDoc("invite-b"),
    [sessionPath]: sessionDoc,
    [retainedPath]: retainedDoc,
    [revealPath]: { uid: "owner-a", name: "Olga", at: AT },
    [invitePath]: {
      clientId: "client-1",
      status: "pending",
      services: [],
      intake: { requested: true, status: "pending" },
    },
    [invitationTokenPath]: {
      kind: "invite",
      agencyId: AGENCY_ID,
      subjectPath: invitePath,
      clientId: "client-1",
      expiresAt: AT,
      usedAt: null,
      revokedAt: null,
    },
  },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/intakeResponses/{inviteId}",
  subject: { one: "an intake response", new: "an intake response", many: "intake responses" },
  docPath: responsePath,
  collectionPath: paths.intakeResponses(AGENCY_ID, "client-1"),
  createPath: paths.intakeResponse(AGENCY_ID, "client-1", "invite-new"),
  createData: () => responseDoc("invite-new"),
  // Answering for the client, or rewriting what they said.
  updateData: { answers: { goals: "Whatever the agency prefers" } },
  // client-1's portal users read its answers on the portal home.
  expect: { get: STAFF_AND_PORTAL, list: STAFF_AND_PORTAL, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "connectorSessions/{stateHash}",
  subject: { one: "a sign-in session", new: "a sign-in session", many: "sign-in sessions" },
  docPath: sessionPath,
  collectionPath: "connectorSessions",
  createPath: paths.connectorSession(sha256("state-forged")),
  // A session forged for a state the attacker chose (CSRF).
  createData: { ...sessionDoc, stage: "started" },
  // Choosing another account than the client picked.
  updateData: { accounts: [{ id: "attacker-account", name: "Mine", detail: "" }] },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "retainedTokens/{tokenId}",
  subject: { one: "a retained token", new: "a retained token", many: "retained tokens" },
  docPath: retainedPath,
  collectionPath: paths.retainedTokens(),
  createPath: paths.retainedToken(AGENCY_ID, "invite-1", "meta-ad-account"),
  createData: retainedDoc,
  updateData: { sealed: "v1.replaced" },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "retainedTokens/{tokenId}/reveals/{revealId}",
  subject: { one: "a reveal record", new: "a reveal record", many: "reveal records" },
  docPath: revealPath,
  collectionPath: `${retainedPath}/reveals`,
  createPath: `${retainedPath}/reveals/reveal-new`,
  createData: { uid: "owner-a", name: "Olga", at: AT },
  // Erasing who looked at the token.
  updateData: { name: "Nobody" },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

describe("a client holding only the invite link", () => {
  const visitor = () => suite.db("signedOut");

  it("should not allow a signed-out visitor to read the invite, its token or its retained tokens", async () => {
    await assertFails(visitor().doc(invitePath).get());
    await assertFails(visitor().doc(invitationTokenPath).get());
    await assertFails(visitor().doc(retainedPath).get());
    await assertFails(visitor().collection(paths.retainedTokens()).get());
    await assertFails(visitor().doc(sessionPath).get());
  });

  it("should not allow a signed-out visitor to mark a service granted or the intake done", async () => {
    await assertFails(visitor().doc(invitePath).update({ "intake.status": "done" }));
    await assertFails(visitor().doc(responsePath).set(responseDoc("invite-1")));
    expect(await suite.read(invitePath)).toMatchObject({ intake: { status: "pending" } });
  });

  it("should not allow an owner to read retained tokens of their own agency directly", async () => {
    await assertFails(
      suite.db("owner").collection(paths.retainedTokens()).where("agencyId", "==", AGENCY_ID).get(),
    );
  });
});
