import { describe, expect, it } from "vitest";
import { firstErrorLine, mergeCounts, playwrightSummary, vitestSummary } from "./results";

describe("test reports", () => {
  it("name each failing vitest test with its file and first error line", () => {
    const summary = vitestSummary({
      numPassedTests: 3,
      numFailedTests: 1,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [
        {
          name: `${process.cwd()}/tests/functions/invites.test.ts`,
          assertionResults: [
            { fullName: "invites are created", status: "passed" },
            {
              fullName: "invites refuse a bad id",
              status: "failed",
              failureMessages: [
                "\n\u001b[31mAssertionError: expected 1 to be 2\u001b[39m\n    at x",
              ],
            },
          ],
        },
        {
          name: `${process.cwd()}/tests/functions/broken.test.ts`,
          message: "SyntaxError: Unexpected token",
          assertionResults: [],
        },
      ],
    });
    expect(summary.failures).toEqual([
      "tests/functions/invites.test.ts › invites refuse a bad id: AssertionError: expected 1 to be 2",
      "tests/functions/broken.test.ts: SyntaxError: Unexpected token",
    ]);
    expect(summary).toMatchObject({ passed: 3, failed: 1, skipped: 0 });
  });

  it("name each unexpected Playwright test with its describe titles", () => {
    const summary = playwrightSummary({
      stats: { expected: 5, unexpected: 1, flaky: 1, skipped: 0 },
      suites: [
        {
          title: "team.spec.ts",
          file: "team.spec.ts",
          suites: [
            {
              title: "Team",
              file: "team.spec.ts",
              specs: [
                {
                  title: "owner removes a member",
                  file: "team.spec.ts",
                  tests: [
                    {
                      status: "unexpected",
                      results: [{ error: { message: "Timed out 15000ms" } }],
                    },
                  ],
                },
                {
                  title: "owner invites",
                  file: "team.spec.ts",
                  tests: [{ status: "flaky", results: [{ error: { message: "x" } }, {}] }],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(summary.failures).toEqual([
      "team.spec.ts › Team › owner removes a member: Timed out 15000ms",
    ]);
    expect(summary).toMatchObject({ passed: 6, failed: 1 });
    // A test that passed only on its retry is counted as passed, and named.
    expect(summary.flaky).toEqual(["team.spec.ts › Team › owner invites: x"]);
  });

  it("add up a suite's runs, and count a missing report as a failure", () => {
    const half = (passed: number, failures: string[]) => ({
      passed,
      failed: failures.length,
      skipped: 0,
      failures,
      flaky: [`flaky ${passed}`],
    });
    expect(mergeCounts([half(3, []), half(4, ["a: x"])])).toEqual({
      passed: 7,
      failed: 1,
      skipped: 0,
      failures: ["a: x"],
      flaky: ["flaky 3", "flaky 4"],
    });
    expect(mergeCounts([half(3, []), null])).toBeNull();
    expect(mergeCounts([])).toBeNull();
  });

  it("keep error lines short", () => {
    expect(firstErrorLine("x".repeat(1000))).toHaveLength(300);
    expect(firstErrorLine(undefined)).toBe("(no message)");
  });
});
