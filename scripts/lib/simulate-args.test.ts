import { describe, expect, it } from "vitest";
import { parseSimulateArgs } from "./simulate-args";

describe("parseSimulateArgs", () => {
  it("sends a Retell call with its Cal.com booking every 10 s, ten times, by default", () => {
    expect(parseSimulateArgs([])).toEqual({
      intervalMs: 10_000,
      count: 10,
      platforms: ["retell", "calcom"],
    });
  });

  it("reads rates per second, minute and hour", () => {
    expect(parseSimulateArgs(["--rate=30/min"]).intervalMs).toBe(2000);
    expect(parseSimulateArgs(["--rate=2/s"]).intervalMs).toBe(500);
    expect(parseSimulateArgs(["--rate=120/h"]).intervalMs).toBe(30_000);
    expect(parseSimulateArgs(["--rate=1.5/min"]).intervalMs).toBe(40_000);
  });

  it("reads a count (0: until stopped) and one platform or a pair", () => {
    expect(parseSimulateArgs(["--count=0"]).count).toBe(0);
    expect(parseSimulateArgs(["--count=25", "--platform=vapi"])).toMatchObject({
      count: 25,
      platforms: ["vapi"],
    });
    expect(parseSimulateArgs(["--platform=portico"]).platforms).toEqual(["portico"]);
    expect(parseSimulateArgs(["--platform=vapi,calendly"]).platforms).toEqual(["vapi", "calendly"]);
  });

  it("refuses what it cannot do, saying why", () => {
    expect(() => parseSimulateArgs(["--rate=fast"])).toThrow(/--rate=6\/min/);
    expect(() => parseSimulateArgs(["--rate=0/min"])).toThrow(/--rate/);
    expect(() => parseSimulateArgs(["--count=-1"])).toThrow(/whole number/);
    expect(() => parseSimulateArgs(["--count=ten"])).toThrow(/whole number/);
    expect(() => parseSimulateArgs(["--platform=bland"])).toThrow(/retell, vapi, calcom/);
    expect(() => parseSimulateArgs(["--platform="])).toThrow(/--platform/);
    expect(() => parseSimulateArgs(["--platform=retell,vapi"])).toThrow(/one call platform/);
    expect(() => parseSimulateArgs(["--platform=calcom,calendly"])).toThrow(/one booking platform/);
    expect(() => parseSimulateArgs(["--speed=9"])).toThrow(/Unknown option/);
  });
});
