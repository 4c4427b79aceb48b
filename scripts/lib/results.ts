import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CACHE_DIR, TEST_RUN_SUFFIX } from "./emulators";

export const RESULTS_DIR = path.join(CACHE_DIR, `test-results${TEST_RUN_SUFFIX}`);

export interface SuiteCount {
  passed: number;
  failed: number;
  skipped: number;
  /** "file › test: first line of the error", so the summary names what failed. */
  failures: string[];
  /** Tests that failed, then passed on their retry: named, so flakiness stays visible. */
  flaky?: string[];
}

const FAILURE_LINE_MAX = 300;

/** The first meaningful line of an error message, without colour codes. */
export function firstErrorLine(message: string | undefined): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
  const plain = (message ?? "").replace(/\u001b\[[0-9;]*m/g, "");
  const line = plain.split("\n").find((l) => l.trim() !== "") ?? "(no message)";
  return line.trim().slice(0, FAILURE_LINE_MAX);
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: {
    name: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

/** Counts and failures from a vitest JSON report (jest-compatible shape). */
export function vitestSummary(report: VitestReport): SuiteCount {
  const failures: string[] = [];
  for (const file of report.testResults ?? []) {
    const where = path.relative(process.cwd(), file.name);
    const failed = file.assertionResults.filter((a) => a.status === "failed");
    for (const assertion of failed) {
      failures.push(
        `${where} › ${assertion.fullName}: ${firstErrorLine(assertion.failureMessages?.[0])}`,
      );
    }
    // A file that failed to load has no assertion results, only a message.
    if (failed.length === 0 && file.message) {
      failures.push(`${where}: ${firstErrorLine(file.message)}`);
    }
  }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    failures,
  };
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: {
    title: string;
    file: string;
    tests: { status: string; results: { error?: { message?: string } }[] }[];
  }[];
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites?: PlaywrightSuite[];
}

/** Counts and failures from a Playwright JSON report. */
export function playwrightSummary(report: PlaywrightReport): SuiteCount {
  const failures: string[] = [];
  const flaky: string[] = [];
  // Top-level suites are the files (their title is the path); nested ones are describes.
  const visit = (suite: PlaywrightSuite, titles: string[] | null) => {
    const here = titles === null ? [] : [...titles, suite.title];
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== "unexpected" && test.status !== "flaky") continue;
        const error = test.results.find((r) => r.error)?.error?.message;
        const line = `${spec.file} › ${[...here, spec.title].join(" › ")}: ${firstErrorLine(error)}`;
        (test.status === "flaky" ? flaky : failures).push(line);
      }
    }
    for (const child of suite.suites ?? []) visit(child, here);
  };
  for (const suite of report.suites ?? []) visit(suite, null);
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
    failures,
    flaky,
  };
}

function readReport<T>(file: string): T | null {
  const full = path.join(RESULTS_DIR, file);
  if (!existsSync(full)) return null;
  return JSON.parse(readFileSync(full, "utf8")) as T;
}

export function vitestCounts(file: string): SuiteCount | null {
  const report = readReport<VitestReport>(file);
  return report && vitestSummary(report);
}

export function playwrightCounts(file: string): SuiteCount | null {
  const report = readReport<PlaywrightReport>(file);
  return report && playwrightSummary(report);
}

/** Several runs' counts as one suite's; null (counted as a failure) when any wrote no report. */
export function mergeCounts(counts: (SuiteCount | null)[]): SuiteCount | null {
  if (counts.length === 0 || counts.some((count) => !count)) return null;
  return (counts as SuiteCount[]).reduce((a, b) => ({
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
    failures: [...a.failures, ...b.failures],
    flaky: [...(a.flaky ?? []), ...(b.flaky ?? [])],
  }));
}
