/**
 * `npm test`: every check, in the order that fails fastest.
 *   static:      type-check (tests included), lint and format
 *   unit:        vitest, no emulators
 *   rules, integration, e2e: inside `firebase emulators:exec` on the test
 *                profile's ports (Auth, Firestore, Functions, Hosting); with e2e,
 *                the web build is also checked against the invite page's
 *                JavaScript budget (scripts/check-invite-budget.ts)
 * Ends with a summary and a closing `N passed, N failed` line.
 *
 * Flags: --only=<static,unit,rules,integration,e2e> runs a subset; other
 * arguments filter the emulated suites' test files (`--only=e2e invites`).
 */
import { rmSync } from "node:fs";
import {
  assertJava,
  emulatorProcessEnv,
  FIREBASE_BIN,
  firebaseConfigPath,
  functionsBuildEnv,
  mailCapturePorts,
  PROJECT_IDS,
  TEST_WEB_DIR,
  webEmulatorEnv,
  writeFunctionsEnv,
} from "./lib/emulators";
import { startMailCapture } from "./lib/mail-capture";
import { playwrightCounts, RESULTS_DIR, type SuiteCount, vitestCounts } from "./lib/results";
import { bin, run } from "./lib/run";

const SUITES = ["static", "unit", "rules", "integration", "e2e"] as const;
type Suite = (typeof SUITES)[number];

const onlyArg = process.argv.find((arg) => arg.startsWith("--only="));
const selected = new Set<Suite>(
  onlyArg ? (onlyArg.slice("--only=".length).split(",") as Suite[]) : SUITES,
);
/** Any other argument narrows the emulated suites to matching test files (vitest and Playwright filters). */
const fileFilters = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const emulated = (["rules", "integration", "e2e"] as const).filter((s) => selected.has(s));

/** isSuite: a test runner, whose counts are read from its report instead. */
const outcomes: { name: string; ok: boolean; isSuite: boolean }[] = [];

async function step(
  name: string,
  command: string,
  args: string[],
  env?: NodeJS.ProcessEnv,
  isSuite = false,
) {
  console.log(`\n▶ ${name}`);
  const code = await run(command, args, { env });
  outcomes.push({ name, ok: code === 0, isSuite });
  return code === 0;
}

rmSync(RESULTS_DIR, { recursive: true, force: true });

if (selected.has("static")) {
  await step("type-check", bin("tsc"), ["-b"]);
  await step("lint and format", bin("biome"), ["ci", "."]);
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
        ["run", "build", "-w", "web", "--", "--outDir", TEST_WEB_DIR, "--emptyOutDir"],
        { ...process.env, ...webEmulatorEnv("test") },
      )));
  // The client's invite page: 100 KB of gzipped JavaScript at most, no Firestore or Auth SDK.
  // Checked on the build the browser tests use; a failure does not stop the suites.
  if (buildOk && selected.has("e2e")) {
    await step("invite page JavaScript budget", bin("tsx"), [
      "scripts/check-invite-budget.ts",
      TEST_WEB_DIR,
    ]);
  }
  if (buildOk) {
    writeFunctionsEnv("test");
    const capture = await startMailCapture({
      smtpPort: mailCapturePorts("test").smtp,
      httpPort: mailCapturePorts("test").http,
    });
    const inner = [bin("tsx"), "scripts/test-emulated.ts", emulated.join(","), ...fileFilters].join(
      " ",
    );
    await step(
      `emulated suites (${emulated.join(", ")})`,
      FIREBASE_BIN,
      [
        "emulators:exec",
        "--config",
        firebaseConfigPath("test"),
        "--project",
        PROJECT_IDS.test,
        "--only",
        `auth,firestore,functions${selected.has("e2e") ? ",hosting" : ""}`,
        inner,
      ],
      emulatorProcessEnv(),
      true,
    );
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
    suite === "e2e" ? playwrightCounts("e2e.json") : vitestCounts(`${suite}.json`),
  ]);
}

console.log("\n──────── Summary ────────");
let passed = 0;
let failed = 0;
for (const outcome of outcomes.filter((o) => !o.isSuite)) {
  console.log(`${outcome.ok ? "✔" : "✘"} ${outcome.name}`);
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
}
// A suite runner that crashed (e.g. the emulators died) without a failing count.
if (failed === 0 && outcomes.some((o) => !o.ok)) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
