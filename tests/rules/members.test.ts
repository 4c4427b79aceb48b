import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import {
  ACTIVE_STAFF,
  AGENCY_ID,
  memberDoc,
  OTHER_AGENCY_ID,
  rulesSuite,
  uidOf,
} from "../support/rules-grid";

const suite = rulesSuite("demo-portico-rules-members");

suite.describeAccessGrid({
  title: "agencies/{agencyId}/members/{uid}",
  subject: { one: "a colleague's membership", new: "a membership", many: "members" },
  docPath: paths.member(AGENCY_ID, uidOf("member")),
  collectionPath: paths.members(AGENCY_ID),
  createPath: paths.member(AGENCY_ID, "new-a"),
  createData: memberDoc("new-a", "member"),
  // A promotion: the write a member would most like to make to their own record.
  updateData: { role: "owner" },
  expect: {
    get: ACTIVE_STAFF,
    list: ACTIVE_STAFF,
    create: [],
    update: [],
    delete: [],
  },
});

describe("membership changes go through functions", () => {
  it("should not allow staff of another agency to add themselves as an owner", async () => {
    const intruder = uidOf("otherAgencyOwner");
    const db = suite.db("otherAgencyOwner");
    await assertFails(db.doc(paths.member(AGENCY_ID, intruder)).set(memberDoc(intruder, "owner")));
  });

  it("should not allow a removed member to add themselves back", async () => {
    const removed = uidOf("removedMember");
    const db = suite.db("removedMember");
    await assertFails(db.doc(paths.member(AGENCY_ID, removed)).set(memberDoc(removed, "admin")));
  });

  it("should not allow a member to promote themselves to owner", async () => {
    const self = paths.member(AGENCY_ID, uidOf("member"));
    await assertFails(suite.db("member").doc(self).update({ role: "owner" }));
    expect(await suite.read(self)).toMatchObject({ role: "member" });
  });

  it("should not allow an owner to remove a member directly", async () => {
    const colleague = paths.member(AGENCY_ID, uidOf("member"));
    await assertFails(suite.db("owner").doc(colleague).delete());
    expect(await suite.read(colleague)).toMatchObject({ status: "active" });
  });
});

// Rules are not filters: a query is allowed only if the rules allow every
// document it could return, so a query must name the agency in its path.
describe("queries without the tenant in their path", () => {
  it("should allow a viewer of this agency to query its members by role", async () => {
    const owners = await assertSucceeds(
      suite.db("viewer").collection(paths.members(AGENCY_ID)).where("role", "==", "owner").get(),
    );
    expect(owners.docs.map((doc) => doc.id)).toEqual([uidOf("owner")]);
  });

  it("should not allow an owner to list members across agencies (collection group)", async () => {
    await assertFails(suite.db("owner").collectionGroup("members").get());
  });

  it("should not allow an owner to find their own membership with a collection-group query", async () => {
    const query = suite.db("owner").collectionGroup("members").where("uid", "==", uidOf("owner"));
    await assertFails(query.get());
  });

  it("should not allow an owner of this agency to list another agency's members", async () => {
    await assertFails(suite.db("owner").collection(paths.members(OTHER_AGENCY_ID)).get());
  });
});
