import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import {
  ACTIVE_STAFF,
  AGENCY_ID,
  memberDoc,
  rulesSuite,
  uidOf,
  worldDocuments,
} from "../support/rules-grid";

const suite = rulesSuite("demo-portico-rules-agencies");
const agencyPath = paths.agency(AGENCY_ID);

suite.describeAccessGrid({
  title: "agencies/{agencyId}",
  subject: { one: "the agency", new: "an agency", many: "agencies" },
  docPath: agencyPath,
  collectionPath: paths.agencies(),
  createPath: paths.agency("agency-new"),
  createData: (name) => ({
    name: "New Agency",
    createdBy: name === "signedOut" ? "nobody" : uidOf(name),
    createdAt: new Date(),
  }),
  updateData: { name: "Agency A Renamed" },
  expect: {
    get: ACTIVE_STAFF,
    list: [],
    create: [],
    update: ["owner", "admin"],
    delete: [],
  },
});

describe("renaming the agency", () => {
  const rename = (fields: Record<string, unknown>) =>
    suite.db("owner").doc(agencyPath).update(fields);

  it("should store the new name when an owner renames the agency", async () => {
    await assertSucceeds(rename({ name: "Northwind Studio" }));
    expect(await suite.read(agencyPath)).toMatchObject({
      name: "Northwind Studio",
      createdBy: uidOf("owner"),
    });
  });

  it("should allow an owner to use a name of exactly 80 characters", async () => {
    await assertSucceeds(rename({ name: "a".repeat(80) }));
  });

  it("should not allow an owner to use a name over 80 characters", async () => {
    await assertFails(rename({ name: "a".repeat(81) }));
  });

  it("should not allow an owner to empty the name", async () => {
    await assertFails(rename({ name: "" }));
  });

  // The domain schema trims names before its length check; the rules, the
  // boundary for direct writes, should not accept a name the app would refuse.
  it("should not allow an owner to set a name of only spaces", async () => {
    await assertFails(rename({ name: "   " }));
  });

  it("should not allow an owner to set a name that is not a string", async () => {
    await assertFails(rename({ name: 42 }));
  });

  it("should not allow an owner to remove the name", async () => {
    const { name: _removed, ...withoutName } = worldDocuments()[agencyPath] ?? {};
    await assertFails(suite.db("owner").doc(agencyPath).set(withoutName));
  });

  it("should not allow an owner to change createdBy", async () => {
    await assertFails(rename({ createdBy: uidOf("admin") }));
  });

  it("should not allow an owner to change createdBy along with the name", async () => {
    await assertFails(rename({ name: "Northwind Studio", createdBy: uidOf("admin") }));
  });

  it("should not allow an owner to change createdAt", async () => {
    await assertFails(rename({ createdAt: new Date("2020-01-01T00:00:00Z") }));
  });

  it("should not allow an owner to add another field", async () => {
    await assertFails(rename({ name: "Northwind Studio", plan: "enterprise" }));
  });

  it("should not allow an admin to change createdBy", async () => {
    await assertFails(
      suite
        .db("admin")
        .doc(agencyPath)
        .update({ createdBy: uidOf("admin") }),
    );
  });
});

// Claims can be up to an hour old; the member document is what is true now.
describe("staff whose token is out of date", () => {
  it("should not allow a viewer whose token still says owner to rename the agency", async () => {
    await suite.seed({ [paths.member(AGENCY_ID, "demoted-a")]: memberDoc("demoted-a", "viewer") });
    const demoted = suite.dbAs("demoted-a", { agencyId: AGENCY_ID, role: "owner" });
    await assertSucceeds(demoted.doc(agencyPath).get());
    await assertFails(demoted.doc(agencyPath).update({ name: "Taken Over" }));
  });

  it("should allow an admin whose token still says viewer to rename the agency", async () => {
    await suite.seed({ [paths.member(AGENCY_ID, "promoted-a")]: memberDoc("promoted-a", "admin") });
    const promoted = suite.dbAs("promoted-a", { agencyId: AGENCY_ID, role: "viewer" });
    await assertSucceeds(promoted.doc(agencyPath).update({ name: "Promoted Rename" }));
  });

  it("should not allow staff whose membership is not active to get the agency", async () => {
    await suite.seed({
      [paths.member(AGENCY_ID, "suspended-a")]: {
        ...memberDoc("suspended-a", "owner"),
        status: "suspended",
      },
    });
    const suspended = suite.dbAs("suspended-a", { agencyId: AGENCY_ID, role: "owner" });
    await assertFails(suspended.doc(agencyPath).get());
  });

  it("should not allow a member whose token names another agency to get this agency", async () => {
    await suite.seed({ [paths.member(AGENCY_ID, "moved-a")]: memberDoc("moved-a", "owner") });
    const moved = suite.dbAs("moved-a", { agencyId: "agency-b", role: "owner" });
    await assertFails(moved.doc(agencyPath).get());
    const current = suite.dbAs("moved-a", { agencyId: AGENCY_ID, role: "owner" });
    await assertSucceeds(current.doc(agencyPath).get());
  });

  it("should not allow a user with a member document but no agency claims to get the agency", async () => {
    await suite.seed({
      [paths.member(AGENCY_ID, "unclaimed-a")]: memberDoc("unclaimed-a", "owner"),
    });
    await assertFails(suite.dbAs("unclaimed-a", {}).doc(agencyPath).get());
    const claimed = suite.dbAs("unclaimed-a", { agencyId: AGENCY_ID, role: "owner" });
    await assertSucceeds(claimed.doc(agencyPath).get());
  });
});
