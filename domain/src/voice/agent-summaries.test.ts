import { describe, expect, it } from "vitest";
import {
  type AgentSummaryDoc,
  agentOverviewRow,
  byAttention,
  dayFiguresOf,
  lastDays,
} from "./agent-summaries";

const NOW = new Date("2026-12-07T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

function summary(overrides: Partial<AgentSummaryDoc> = {}): AgentSummaryDoc {
  return {
    clientName: "Bright Smiles",
    timeZone: "UTC",
    hasConnection: true,
    connections: [
      {
        connectionId: "c1",
        platform: "retell",
        label: "Front desk",
        status: "active",
        lastEventAt: daysAgo(0.1),
        lastRefusalAt: null,
      },
    ],
    syncFailed: false,
    days: {},
    updatedAt: NOW,
    ...overrides,
  };
}

describe("the agents overview", () => {
  it("sums the last 7 local days only, and derives the rates", () => {
    const row = agentOverviewRow(
      "client1",
      summary({
        days: {
          "2026-12-07": { calls: 10, answered: 8, bookings: 2 },
          "2026-12-01": { calls: 10, answered: 8, bookings: 2 },
          // Eight days ago: last week.
          "2026-11-30": { calls: 100, answered: 0, bookings: 0 },
        },
      }),
      NOW,
    );
    expect(row).toMatchObject({ callsThisWeek: 20, answeredRate: 0.8, bookingRate: 0.25 });
    expect(row.warnings).toEqual([]);
  });

  it("warns about a silent connection, refused deliveries, no events and a turned-off agent", () => {
    const silent = agentOverviewRow(
      "a",
      summary({
        connections: [
          {
            connectionId: "c1",
            platform: "retell",
            label: "",
            status: "active",
            lastEventAt: daysAgo(4),
            lastRefusalAt: daysAgo(1),
          },
        ],
      }),
      NOW,
    );
    expect(silent.warnings).toEqual(["silent", "refusing"]);
    expect(silent.quietDays).toBe(4);
    const fresh = summary().connections[0];
    if (!fresh) throw new Error("no connection");
    expect(
      agentOverviewRow("b", summary({ connections: [{ ...fresh, lastEventAt: null }] }), NOW)
        .warnings,
    ).toEqual(["noEvents"]);
    expect(
      agentOverviewRow("c", summary({ connections: [{ ...fresh, status: "disabled" }] }), NOW)
        .warnings,
    ).toEqual(["off"]);
  });

  it("warns when FAQs and settings could not reach the agent", () => {
    expect(agentOverviewRow("d", summary({ syncFailed: true }), NOW).warnings).toEqual([
      "syncFailing",
    ]);
  });

  it("lists the clients that need attention first", () => {
    const fine = agentOverviewRow("fine", summary({ clientName: "A" }), NOW);
    const fresh = summary().connections[0];
    if (!fresh) throw new Error("no connection");
    const quiet = agentOverviewRow(
      "quiet",
      summary({ clientName: "Z", connections: [{ ...fresh, lastEventAt: daysAgo(5) }] }),
      NOW,
    );
    expect([fine, quiet].sort(byAttention).map((row) => row.clientId)).toEqual(["quiet", "fine"]);
  });

  it("counts answered and transferred calls as answered, in the client's days", () => {
    expect(
      dayFiguresOf({ calls: 5, bookings: 1, outcomes: { answered: 2, transferred: 1 } }),
    ).toEqual({ calls: 5, answered: 3, bookings: 1 });
    expect(lastDays(new Date("2026-12-07T03:00:00Z"), "America/Los_Angeles", 2)).toEqual([
      "2026-12-05",
      "2026-12-06",
    ]);
  });
});
