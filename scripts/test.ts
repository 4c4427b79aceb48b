/**
 * `npm test`: every check, in the order that fails fastest.
 *   static:      type-check (tests included), lint and format, knip
 *   unit:        vitest, no emulators
 *   rules, integration, components, e2e: inside `firebase emulators:exec` on
 *                the test profile's ports (Auth, Firestore, Functions, Hosting),
 *                e2e in a fresh emulator session of its own;
 *                components are React hooks and views in a DOM (happy-dom) on
 *                the real emulators; with e2e,
 *                the web build is also checked against the invite page's
 *                JavaScript budgets (scripts/check-bundle-budgets.ts)
 * Ends with a summary and a closing `N passed, N failed` line.
 *
 * Flags: --only=<static,unit,rules,integration,components,e2e> runs a subset; other
 * arguments filter the emulated suites' test files (`--only=e2e invites`).
 * An unknown suite or option is refused.
 *
 * The emulators' output (function logs) goes to <results>/emulators.log, not
 * the console; a failing suite's part of it is printed before the summary.
 */
import { closeSync, mkdirSync, openSync, rmSync } from "node:fs";
import path from "node:path";
import {
  assertJava,
  emulatorPorts,
  emulatorProcessEnv,
  FIREBASE_BIN,
  firebaseConfigPath,
  functionsBuildEnv,
  mailCapturePorts,
  PROJECT_IDS,
  TEST_FUNCTIONS_DIR,
  TEST_WEB_DIR,
  webEmulatorEnv,
  writeFunctionsEnv,
} from "./lib/emulators";
import { startMailCapture } from "./lib/mail-capture";
import {
  mergeCounts,
  playwrightCounts,
  RESULTS_DIR,
  type SuiteCount,
  vitestCounts,
} from "./lib/results";
import { bin, run } from "./lib/run";
import { followFile, readLog, splitEmulatorLog } from "./lib/suite-logs";
import { fetchBlockedPorts, parseTestArgs, type Suite, type TestArgs } from "./lib/test-args";

let args: TestArgs;
try {
  args = parseTestArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const selected = new Set<Suite>(args.suites);
const { fileFilters } = args;
const emulated = (["rules", "integration", "components", "e2e"] as const).filter((s) =>
  selected.has(s),
);

/** isSuite: a test runner, whose counts are read from its report instead. */
const outcomes: { name: string; ok: boolean; isSuite: boolean; seconds: number }[] = [];
const since = (start: number) => Math.round((performance.now() - start) / 1000);

async function step(
  name: string,
  command: string,
  args: string[],
  env?: NodeJS.ProcessEnv,
  isSuite = false,
) {
  console.log(`\n▶ ${name}`);
  const start = performance.now();
  const code = await run(command, args, { env });
  outcomes.push({ name, ok: code === 0, isSuite, seconds: since(start) });
  return code === 0;
}

/**
 * The emulator sessions the emulated suites run in, each on freshly started
 * emulators: the browser journeys in one of their own, so they start with no
 * Functions workers and no data left by the integration tests (see also
 * scripts/lib/function-workers.ts).
 */
function emulatorSessions(): Suite[][] {
  const beforeJourneys = emulated.filter((suite) => suite !== "e2e");
  const journeys = emulated.filter((suite) => suite === "e2e");
  return [beforeJourneys, journeys].filter((session) => session.length > 0);
}

rmSync(RESULTS_DIR, { recursive: true, force: true });
mkdirSync(RESULTS_DIR, { recursive: true });
const EMULATOR_LOG = path.join(RESULTS_DIR, "emulators.log");

if (selected.has("static")) {
  await step("type-check", bin("tsc"), ["-b"]);
  await step("lint and format", bin("biome"), ["ci", "."]);
  await step("unused files, exports and dependencies", bin("knip"), ["--no-progress"]);
}

if (selected.has("unit")) {
  await step(
    "unit tests",
    bin("vitest"),
    [
      "run",
      "--project=unit",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${RESULTS_DIR}/unit.json`,
    ],
    undefined,
    true,
  );
}

if (emulated.length > 0) {
  assertJava();
  const blocked = fetchBlockedPorts({ ...emulatorPorts("test"), ...mailCapturePorts("test") });
  if (blocked.length > 0) {
    console.error(
      `PORTICO_TEST_PORT_OFFSET puts ${blocked.join(", ")}, a port fetch refuses ("bad port"): choose another offset.`,
    );
    process.exit(2);
  }
  const buildOk =
    (await step(
      "build functions",
      "npm",
      ["run", "build", "-w", "functions"],
      functionsBuildEnv("test"),
    )) &&
    (!selected.has("e2e") ||
      (await step(
        "build web (test emulators)",
        "npm",
        [
          "run",
          "build",
          "-w",
          "web",
          "--",
          "--mode",
          "test",
          "--outDir",
          TEST_WEB_DIR,
          "--emptyOutDir",
        ],
        { ...process.env, ...webEmulatorEnv("test") },
      )));
  // Production runs the functions on Node 22 while tests run on this machine's Node.
  if (buildOk) {
    await step("functions bundle loads on production Node", bin("tsx"), [
      "scripts/check-functions-runtime.ts",
      path.join(TEST_FUNCTIONS_DIR, "lib"),
    ]);
  }
  // First loads: the invite page at most 100 KB gzipped without Firestore or Auth, the
  // sign-in page at most 200 KB without Firestore. Checked on the build the browser
  // tests use; a failure does not stop the suites.
  if (buildOk && selected.has("e2e")) {
    await step("JavaScript budgets (invite page, sign-in page)", bin("tsx"), [
      "scripts/check-bundle-budgets.ts",
      TEST_WEB_DIR,
    ]);
  }
  if (buildOk) {
    writeFunctionsEnv("test");
    const capture = await startMailCapture({
      smtpPort: mailCapturePorts("test").smtp,
      httpPort: mailCapturePorts("test").http,
    });
    const consolePath = path.join(RESULTS_DIR, "console.log");
    const stopFollowing = followFile(consolePath, (text) => process.stdout.write(text));
    const logFd = openSync(EMULATOR_LOG, "w");
    console.log(`\n▶ emulated suites (${emulated.join(", ")}); emulator log: ${EMULATOR_LOG}`);
    const start = performance.now();
    let code = 0;
    for (const suites of emulatorSessions()) {
      const inner = [bin("tsx"), "scripts/test-emulated.ts", suites.join(","), ...fileFilters].join(
        " ",
      );
      const sessionCode = await run(
        FIREBASE_BIN,
        [
          "emulators:exec",
          "--config",
          firebaseConfigPath("test"),
          "--project",
          PROJECT_IDS.test,
          "--only",
          `auth,firestore,functions${suites.includes("e2e") ? ",hosting" : ""}`,
          inner,
        ],
        {
          env: {
            ...emulatorProcessEnv(),
            PORTICO_TEST_CONSOLE: consolePath,
            ...(process.stdout.isTTY ? { FORCE_COLOR: "1" } : {}),
          },
          stdout: logFd,
        },
      );
      code ||= sessionCode;
    }
    closeSync(logFd);
    stopFollowing();
    outcomes.push({
      name: "emulated suites",
      ok: code === 0,
      isSuite: true,
      seconds: since(start),
    });
    await capture.stop();
  }
}

// ---- Summary -------------------------------------------------------------
// Every non-test step that failed counts as one failure; a suite that did not
// run, or ran no test, counts as one too, so the closing line never hides it.
const suiteCounts: [string, SuiteCount | null][] = [];
if (selected.has("unit")) suiteCounts.push(["unit", vitestCounts("unit.json")]);
for (const suite of emulated) {
  suiteCounts.push([
    suite,
    suite === "e2e"
      ? playwrightCounts("e2e.json")
      : suite === "integration"
        ? mergeCounts([
            vitestCounts("integration.json"),
            vitestCounts("integration-smtp-outage.json"),
          ])
        : vitestCounts(`${suite}.json`),
  ]);
}

// The emulator log of each failing suite (its startup part when no suite got to
// run); its last lines when the run failed without a failing suite to blame.
const failedEmulated = suiteCounts.filter(
  ([suite, counts]) =>
    (emulated as readonly string[]).includes(suite) &&
    (!counts || counts.failed > 0 || counts.passed === 0),
);
const emulatedRun = outcomes.find((o) => o.name === "emulated suites");
if (failedEmulated.length > 0 || (emulatedRun && !emulatedRun.ok)) {
  const log = readLog(EMULATOR_LOG);
  const { startup, suites } = splitEmulatorLog(log);
  const printLog = (title: string, text: string) =>
    console.log(`\n──────── Emulator log: ${title} ────────\n${text}`);
  // Suites that ran side by side share one part of the log ("rules,components,integration").
  const partOf = (suite: string) =>
    [...suites.entries()].find(([stage]) => stage.split(",").includes(suite));
  if (failedEmulated.some(([suite]) => !partOf(suite))) printLog("startup", startup);
  const printed = new Set<string>();
  for (const [suite] of failedEmulated) {
    const [stage, part] = partOf(suite) ?? [];
    if (stage === undefined || part === undefined || printed.has(stage)) continue;
    printed.add(stage);
    printLog(stage, part);
  }
  if (failedEmulated.length === 0) {
    printLog("last 100 lines", log.split("\n").slice(-100).join("\n"));
  }
  console.log(`(whole log: ${EMULATOR_LOG})`);
}
console.log("\n──────── Summary ────────");
let passed = 0;
let failed = 0;
for (const outcome of outcomes.filter((o) => !o.isSuite)) {
  console.log(`${outcome.ok ? "✔" : "✘"} ${outcome.name} (${outcome.seconds} s)`);
  if (!outcome.ok) failed += 1;
}
for (const [suite, counts] of suiteCounts) {
  if (!counts || counts.passed + counts.failed === 0) {
    console.log(`✘ ${suite}: ran no test`);
    failed += 1;
    continue;
  }
  passed += counts.passed;
  failed += counts.failed;
  const mark = counts.failed === 0 ? "✔" : "✘";
  console.log(
    `${mark} ${suite}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
  // Named here, at the end, because CI shows only the tail of a long run.
  for (const failure of counts.failures) console.log(`    ✘ ${failure}`);
  for (const flake of counts.flaky ?? []) console.log(`    ⚠ passed on its retry: ${flake}`);
}
// A suite runner that crashed (e.g. the emulators died) without a failing count.
if (failed === 0 && outcomes.some((o) => !o.ok)) failed += 1;
if (emulatedRun) console.log(`emulated suites took ${emulatedRun.seconds} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
