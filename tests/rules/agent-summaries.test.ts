import { assertFails } from "@firebase/rules-unit-testing";
import { paths } from "@portico/domain/paths";
import { describe, it } from "vitest";
import {
  ACTIVE_STAFF,
  AGENCY_ID,
  type Fields,
  PORTAL_CLIENT_ID,
  rulesSuite,
} from "../support/rules-grid";

// The agency's overview of all agents reads one summary per client: staff
// only (it holds the connections' health and every client's figures), kept by
// functions; no browser writes it.

const AT = new Date("2026-11-20T15:04:00Z");

const summaryDoc = (calls: number): Fields => ({
  clientName: "Client",
  timeZone: "UTC",
  hasConnection: true,
  connections: [
    {
      connectionId: "connection-1",
      platform: "retell",
      label: "Front desk",
      status: "active",
      lastEventAt: AT,
      lastRefusalAt: null,
    },
  ],
  days: { "2026-11-20": { calls, answered: calls, bookings: 1 } },
  updatedAt: AT,
});

const summaryPath = paths.agentSummary(AGENCY_ID, PORTAL_CLIENT_ID);

const suite = rulesSuite("demo-portico-rules-agent-summaries", {
  seed: { [summaryPath]: summaryDoc(4) },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/agentSummaries/{clientId}",
  subject: {
    one: "client-1's agent summary",
    new: "an agent summary",
    many: "the agency's agent summaries",
  },
  docPath: summaryPath,
  collectionPath: paths.agentSummaries(AGENCY_ID),
  createPath: paths.agentSummary(AGENCY_ID, "client-new"),
  createData: summaryDoc(1),
  // Hiding a silent connection from the overview.
  updateData: { hasConnection: false },
  expect: { get: ACTIVE_STAFF, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

describe("a portal user and the agent overview", () => {
  it("should not allow a portal user to read their own client's summary", async () => {
    await assertFails(suite.db("portal").doc(summaryPath).get());
  });
});
