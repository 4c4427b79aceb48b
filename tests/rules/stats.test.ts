import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import type { ClientStats } from "@portico/domain/clients";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import {
  ACTIVE_STAFF,
  AGENCY_ID,
  type Fields,
  OTHER_AGENCY_ID,
  rulesSuite,
} from "../support/rules-grid";

const statsPath = paths.clientStats(AGENCY_ID);
const inviteStatsPath = paths.inviteStats(AGENCY_ID);
const otherStatsPath = paths.clientStats(OTHER_AGENCY_ID);
const counts = (total: number, prospect: number): Fields =>
  ({ total, prospect, client: total - prospect }) satisfies ClientStats;

const suite = rulesSuite("demo-portico-rules-stats", {
  seed: {
    [statsPath]: counts(12, 3),
    [otherStatsPath]: counts(4, 1),
    [inviteStatsPath]: { total: 5, pending: 2, in_progress: 2, complete: 1 },
  },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/stats/{name}",
  subject: { one: "the client counts", new: "a counter document", many: "counter documents" },
  docPath: statsPath,
  collectionPath: `agencies/${AGENCY_ID}/stats`,
  createPath: `agencies/${AGENCY_ID}/stats/another-counter`,
  createData: () => counts(0, 0),
  updateData: { total: 13 },
  expect: { get: ACTIVE_STAFF, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/stats/invites",
  subject: { one: "the invite counts", new: "an invite counter", many: "counter documents" },
  docPath: inviteStatsPath,
  collectionPath: `agencies/${AGENCY_ID}/stats`,
  createPath: `agencies/${AGENCY_ID}/stats/new-counter`,
  createData: () => ({ total: 0, pending: 0, in_progress: 0, complete: 0 }),
  updateData: { complete: 5 },
  expect: { get: ACTIVE_STAFF, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

describe("client counts change only with the clients they count", () => {
  it("should not allow an owner to reset the counts directly", async () => {
    await assertFails(suite.db("owner").doc(statsPath).set(counts(0, 0)));
    expect(await suite.read(statsPath)).toMatchObject({ total: 12 });
  });

  it("should show a viewer this agency's counts but not another agency's", async () => {
    const own = await assertSucceeds(suite.db("viewer").doc(statsPath).get());
    expect(own.data()).toMatchObject({ total: 12, prospect: 3, client: 9 });
    await assertFails(suite.db("viewer").doc(otherStatsPath).get());
  });
});
