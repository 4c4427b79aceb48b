import { describe, expect, it } from "vitest";
import { fetchBlockedPorts, parseTestArgs, SUITES } from "./test-args";

describe("npm test arguments", () => {
  it("runs every suite by default", () => {
    expect(parseTestArgs([])).toEqual({ suites: [...SUITES], fileFilters: [] });
  });

  it("runs the suites named by --only, in the runner's order, with file filters", () => {
    expect(parseTestArgs(["--only=e2e,rules", "invites"])).toEqual({
      suites: ["rules", "e2e"],
      fileFilters: ["invites"],
    });
  });

  it("refuses an unknown suite name instead of running nothing", () => {
    expect(() => parseTestArgs(["--only=integraton"])).toThrow(
      'Unknown suite "integraton" in --only=integraton. Suites: static, unit, rules, integration, components, e2e.',
    );
    expect(() => parseTestArgs(["--only=rules,"])).toThrow('Unknown suite ""');
  });

  it("refuses an unknown option", () => {
    expect(() => parseTestArgs(["--onyl=rules"])).toThrow("Unknown option --onyl=rules");
  });
});

describe("test ports", () => {
  it("names an emulator that would sit on a port fetch refuses", () => {
    expect(fetchBlockedPorts({ functions: 5061, hosting: 5060, auth: 9159 })).toEqual([
      "functions on 5061",
      "hosting on 5060",
    ]);
    expect(fetchBlockedPorts({ functions: 5011, hosting: 5010 })).toEqual([]);
  });
});
