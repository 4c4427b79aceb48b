import { SILENCE_WARNING_DAYS } from "@portico/domain/voice/connections";
import { describe, expect, it } from "vitest";
import { connectionHealth } from "./connection-health";

const now = new Date("2026-12-07T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe("a connection's health", () => {
  it("says when the last event came", () => {
    const health = connectionHealth(
      { status: "active", lastEventAt: ago(3 * MINUTE), lastRefusalAt: null },
      now,
    );
    expect(health).toMatchObject({ tone: "success", label: "Receiving" });
    expect(health.detail).toBe("Last event 3 minutes ago.");
  });

  it("warns after the silence limit, not before", () => {
    const quiet = connectionHealth(
      {
        status: "active",
        lastEventAt: ago(SILENCE_WARNING_DAYS * DAY + MINUTE),
        lastRefusalAt: null,
      },
      now,
    );
    expect(quiet).toMatchObject({
      tone: "warning",
      label: `Quiet for ${SILENCE_WARNING_DAYS} days`,
    });
    const recent = connectionHealth(
      {
        status: "active",
        lastEventAt: ago(SILENCE_WARNING_DAYS * DAY - MINUTE),
        lastRefusalAt: null,
      },
      now,
    );
    expect(recent.tone).toBe("success");
  });

  it("has no events yet, and points at refusals in the log", () => {
    expect(
      connectionHealth({ status: "active", lastEventAt: null, lastRefusalAt: null }, now),
    ).toMatchObject({ tone: "info", label: "No events yet" });
    const refused = connectionHealth(
      { status: "active", lastEventAt: null, lastRefusalAt: ago(2 * MINUTE) },
      now,
    );
    expect(refused.tone).toBe("danger");
    expect(refused.detail).toMatch(/refused 2 minutes ago/);
  });

  it("is off when turned off", () => {
    expect(
      connectionHealth({ status: "disabled", lastEventAt: ago(MINUTE), lastRefusalAt: null }, now),
    ).toMatchObject({ tone: "neutral", label: "Off" });
  });
});
