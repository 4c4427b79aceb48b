import { describe, expect, it } from "vitest";
import { splitEmulatorLog, suiteMarker } from "./suite-logs";

describe("emulator log per suite", () => {
  it("cuts the log at the suite markers", () => {
    const log = [
      "i  emulators: Starting",
      "✔  All emulators ready",
      suiteMarker("rules"),
      "rules line",
      suiteMarker("integration"),
      ">  function log 1",
      ">  function log 2",
      "",
    ].join("\n");
    const { startup, suites } = splitEmulatorLog(log);
    expect(startup).toBe("i  emulators: Starting\n✔  All emulators ready\n");
    expect([...suites.keys()]).toEqual(["rules", "integration"]);
    expect(suites.get("rules")).toBe("rules line\n");
    expect(suites.get("integration")).toBe(">  function log 1\n>  function log 2\n");
  });

  it("keeps a log without markers (the emulators did not start) as startup", () => {
    const { startup, suites } = splitEmulatorLog("Error: port taken\n");
    expect(startup).toBe("Error: port taken\n");
    expect(suites.size).toBe(0);
  });
});
