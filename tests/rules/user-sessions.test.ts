import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import {
  type ActorName,
  AGENCY_ID,
  OTHER_AGENCY_ID,
  rulesSuite,
  SIGNED_IN,
  sessionDoc,
  uidOf,
} from "../support/rules-grid";

const suite = rulesSuite("demo-portico-rules-user-sessions");

/** The actor's own session; a signed-out visitor has none, so they try the owner's. */
const ownSession = (name: ActorName) =>
  paths.userSession(uidOf(name === "signedOut" ? "owner" : name));

suite.describeAccessGrid({
  title: "userSessions/{uid} (their own)",
  subject: { one: "their own session", new: "their own session", many: "sessions" },
  docPath: ownSession,
  collectionPath: "userSessions",
  createPath: ownSession,
  createData: sessionDoc(AGENCY_ID),
  updateData: { claimsUpdatedAt: new Date() },
  expect: { get: SIGNED_IN, list: [], create: [], update: [], delete: [] },
});

const someoneElse = "someone-else";

suite.describeAccessGrid({
  title: "userSessions/{uid} (another user's)",
  subject: {
    one: "another user's session",
    new: "a session for another user",
    many: "sessions",
  },
  docPath: paths.userSession(someoneElse),
  collectionPath: "userSessions",
  createPath: paths.userSession("someone-new"),
  createData: sessionDoc(AGENCY_ID),
  updateData: { agencyId: OTHER_AGENCY_ID },
  seed: { [paths.userSession(someoneElse)]: sessionDoc(AGENCY_ID) },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

describe("reading sessions", () => {
  it("should show the user their own agency in their session", async () => {
    const session = await assertSucceeds(suite.db("viewer").doc(ownSession("viewer")).get());
    expect(session.data()).toMatchObject({ agencyId: AGENCY_ID });
  });

  it("should not allow an owner to get the session of a member of their agency", async () => {
    await assertFails(suite.db("owner").doc(ownSession("member")).get());
  });

  it("should not allow an owner to query the sessions of their agency", async () => {
    const query = suite.db("owner").collection("userSessions").where("agencyId", "==", AGENCY_ID);
    await assertFails(query.get());
  });
});
