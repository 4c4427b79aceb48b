import type { Page } from "@playwright/test";

/**
 * Where the time to a list's first row goes, from the app's User Timing marks
 * (web/src/lib/timing-marks.ts) and the page's resource timings: ms after
 * navigation start (null when the step did not happen).
 */
export interface OpeningSteps {
  /** The HTML's own response ended. */
  htmlMs: number | null;
  /** The app's entry script started running (its code downloaded and parsed). */
  appStartMs: number | null;
  /** Firebase Auth restored the signed-in user. */
  sessionMs: number | null;
  /** The last JavaScript chunk before the first row finished downloading. */
  lastScriptMs: number | null;
  /** The list's first page arrived from Firestore. */
  firstPageMs: number | null;
  /** Auth's account lookup (made on every restore, before Firestore may start) ended. */
  authLookupMs: number | null;
  /** Firestore's first Listen request started. */
  listenStartMs: number | null;
  /** JavaScript chunks loaded before the first row. */
  scripts: number;
}

export function openingSteps(page: Page, firstRowMs: number): Promise<OpeningSteps> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate((rowMs) => {
    const marks = Object.fromEntries(
      performance
        .getEntriesByType("mark")
        .filter((entry) => entry.name.startsWith("portico:"))
        .map((entry) => [entry.name.slice("portico:".length), entry.startTime]),
    );
    const navigation = performance.getEntriesByType("navigation")[0] as
      | PerformanceNavigationTiming
      | undefined;
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    const scripts = resources
      .filter((entry) => entry.name.endsWith(".js") && entry.responseEnd <= rowMs)
      .map((entry) => entry.responseEnd);
    const lookup = resources.find((entry) => entry.name.includes("accounts:lookup"));
    const listen = resources.find((entry) => entry.name.includes("/Listen/channel"));
    return {
      htmlMs: navigation?.responseEnd ?? null,
      appStartMs: marks["app-start"] ?? null,
      sessionMs: marks.session ?? null,
      lastScriptMs: scripts.length > 0 ? Math.max(...scripts) : null,
      firstPageMs: marks["first-page"] ?? null,
      authLookupMs: lookup ? lookup.responseEnd : null,
      listenStartMs: listen ? listen.startTime : null,
      scripts: scripts.length,
    };
  }, firstRowMs);
}

/** The breakdown's rows: label and the step's figure in each sample. */
export function openingStepRows(
  samples: { firstRowMs: number; steps?: OpeningSteps }[],
): [string, number[]][] {
  const of = (pick: (steps: OpeningSteps) => number | null) =>
    samples.map((s) => (s.steps ? (pick(s.steps) ?? Number.NaN) : Number.NaN));
  return [
    ["  where it goes: HTML received, ms", of((s) => s.htmlMs)],
    ["  ... app code running (entry script parsed)", of((s) => s.appStartMs)],
    ["  ... Auth's account lookup answered", of((s) => s.authLookupMs)],
    ["  ... session restored (Firebase Auth)", of((s) => s.sessionMs)],
    ["  ... Firestore's first Listen request sent", of((s) => s.listenStartMs)],
    ["  ... last JavaScript chunk loaded", of((s) => s.lastScriptMs)],
    ["  ... first page from Firestore", of((s) => s.firstPageMs)],
    ["  JavaScript chunks loaded before the first row", of((s) => s.scripts)],
  ];
}

/** One line: when each step of opening a page ended, up to `untilMs` (its LCP or first row). */
export function openingStepsLine(steps: OpeningSteps, untilMs: number): string {
  const at = (ms: number | null) => (ms === null ? "-" : String(Math.round(ms)));
  return [
    `HTML ${at(steps.htmlMs)}`,
    `app code ${at(steps.appStartMs)}`,
    `Auth lookup ${at(steps.authLookupMs)}`,
    `session ${at(steps.sessionMs)}`,
    `first Listen ${at(steps.listenStartMs)}`,
    `last chunk ${at(steps.lastScriptMs)} (${steps.scripts} chunks)`,
    `then ${Math.round(untilMs)} ms`,
  ].join(", ");
}
