import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import { paths } from "@portico/domain/paths";
import { describe, it } from "vitest";
import {
  AGENCY_ID,
  type Fields,
  OTHER_PORTAL_CLIENT_ID,
  PORTAL_CLIENT_ID,
  rulesSuite,
  STAFF_AND_PORTAL,
} from "../support/rules-grid";

// The day counters behind the portal's Overview and Analytics: read by the
// same people as the calls (the client's portal users, the agency's staff),
// written by no one but functions. Each call's and booking's mark (what it
// last added to the counters) is functions-only.

const AT = new Date("2026-11-20T15:04:00Z");
const own = PORTAL_CLIENT_ID;

const dayDoc = (calls: number): Fields => ({
  day: "2026-11-20",
  timeZone: "America/Los_Angeles",
  calls,
  outcomes: { answered: calls },
  minutes: calls * 2,
  callsByHour: { h07: calls },
  updatedAt: AT,
});

const markDoc: Fields = {
  contribution: { day: "2026-11-20", timeZone: "America/Los_Angeles", counts: { calls: 1 } },
  updatedAt: AT,
};

const dayPath = paths.callDay(AGENCY_ID, own, "2026-11-20");
const callMarkPath = paths.callRollupMark(AGENCY_ID, own, "call-1");
const bookingMarkPath = paths.bookingRollupMark(AGENCY_ID, own, "booking-1");
const otherClientDayPath = paths.callDay(AGENCY_ID, OTHER_PORTAL_CLIENT_ID, "2026-11-20");

const suite = rulesSuite("demo-portico-rules-voice-rollups", {
  seed: {
    [dayPath]: dayDoc(3),
    [callMarkPath]: markDoc,
    [bookingMarkPath]: markDoc,
    [otherClientDayPath]: dayDoc(9),
  },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/callDays/{day}",
  subject: { one: "a day of client-1's calls", new: "a day's counts", many: "client-1's days" },
  docPath: dayPath,
  collectionPath: paths.callDays(AGENCY_ID, own),
  createPath: paths.callDay(AGENCY_ID, own, "2026-11-21"),
  createData: dayDoc(1),
  // Inflating the figures the client sees (or bills by).
  updateData: { calls: 300 },
  expect: { get: STAFF_AND_PORTAL, list: STAFF_AND_PORTAL, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/callRollupMarks/{callId}",
  subject: {
    one: "what a call added to the counters",
    new: "a call's mark",
    many: "client-1's call marks",
  },
  docPath: callMarkPath,
  collectionPath: `${paths.client(AGENCY_ID, own)}/callRollupMarks`,
  createPath: paths.callRollupMark(AGENCY_ID, own, "call-new"),
  createData: markDoc,
  // Making the next report count twice.
  updateData: { contribution: null },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/bookingRollupMarks/{bookingId}",
  subject: {
    one: "what a booking added to the counters",
    new: "a booking's mark",
    many: "client-1's booking marks",
  },
  docPath: bookingMarkPath,
  collectionPath: `${paths.client(AGENCY_ID, own)}/bookingRollupMarks`,
  createPath: paths.bookingRollupMark(AGENCY_ID, own, "booking-new"),
  createData: markDoc,
  updateData: { contribution: null },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

describe("a portal user reads only their own client's days", () => {
  it("should give a portal user their client's days and not another client's", async () => {
    const portal = suite.db("portal");
    await assertSucceeds(portal.collection(paths.callDays(AGENCY_ID, own)).get());
    await assertFails(portal.doc(otherClientDayPath).get());
    await assertFails(portal.collectionGroup("callDays").get());
  });
});
