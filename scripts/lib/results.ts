import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CACHE_DIR, TEST_RUN_SUFFIX } from "./emulators";

export const RESULTS_DIR = path.join(CACHE_DIR, `test-results${TEST_RUN_SUFFIX}`);

export interface SuiteCount {
  passed: number;
  failed: number;
  skipped: number;
}

/** Counts from a vitest JSON report (jest-compatible shape). */
export function vitestCounts(file: string): SuiteCount | null {
  const full = path.join(RESULTS_DIR, file);
  if (!existsSync(full)) return null;
  const report = JSON.parse(readFileSync(full, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/** Counts from a Playwright JSON report. */
export function playwrightCounts(file: string): SuiteCount | null {
  const full = path.join(RESULTS_DIR, file);
  if (!existsSync(full)) return null;
  const report = JSON.parse(readFileSync(full, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
  };
}
