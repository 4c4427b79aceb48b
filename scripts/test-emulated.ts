/**
 * Runs inside `firebase emulators:exec` (which sets the emulator host
 * variables): the rules, integration and components vitest projects, then
 * the browser journeys. Each suite runs even if an earlier one failed, so one run shows
 * every failure.
 *
 * The integration tests run beside the rules and component tests: most of
 * their time is spent waiting on the emulators, not on the machine's cores,
 * so side by side the three take little longer than the integration tests
 * alone. The file that stops the SMTP capture then runs alone. `npm test`
 * runs the browser journeys in a second, fresh emulator session of their own
 * (see scripts/test.ts), with the machine to themselves.
 *
 * This process's own output is the emulators' log file (see
 * scripts/lib/suite-logs.ts): it marks there where each stage starts, and sends
 * the test runners' output to PORTICO_TEST_CONSOLE, which `npm test` shows
 * (a suite that ran beside others shows its output in one piece when it ends).
 */
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import path from "node:path";
import { TEST_FUNCTIONS_DIR, webEmulatorEnv } from "./lib/emulators";
import { keepFunctionWorkersFew } from "./lib/function-workers";
import { RESULTS_DIR } from "./lib/results";
import { bin, run } from "./lib/run";
import { suiteMarker } from "./lib/suite-logs";

const suites = new Set((process.argv[2] ?? "rules,integration,components,e2e").split(","));
/** Optional file filters, e.g. `npm test -- --only=e2e invites`. */
const fileFilters = process.argv.slice(3);
const consolePath = process.env.PORTICO_TEST_CONSOLE;
const consoleFd = consolePath ? openSync(consolePath, "a") : 1;
let failed = false;

// Into the emulator log (this process's own output), beside the emulators' lines.
const stopKeepingWorkersFew = keepFunctionWorkersFew(
  TEST_FUNCTIONS_DIR,
  path.join(TEST_FUNCTIONS_DIR, "lib", "index.js"),
  (line) => console.log(`[test] ${line}`),
);

const seconds = (start: number) => Math.round((performance.now() - start) / 1000);

/**
 * Runs one test runner. Alone, its output streams to the console; beside
 * others, it is kept in a file of its own and shown whole when it ends.
 */
async function suite(
  title: string,
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; besideOthers?: boolean } = {},
) {
  const start = performance.now();
  const ownFile = options.besideOthers
    ? path.join(RESULTS_DIR, `${title.replaceAll(/\W+/g, "-")}.out`)
    : null;
  writeSync(consoleFd, `\n▶ ${title}${ownFile ? " (beside the others; output when done)" : ""}\n`);
  const out = ownFile ? openSync(ownFile, "w") : consoleFd;
  const code = await run(command, args, { stdout: out, env: options.env ?? process.env });
  if (ownFile) {
    closeSync(out);
    writeSync(consoleFd, `\n──── ${title} ────\n${readFileSync(ownFile, "utf8")}`);
  }
  failed ||= code !== 0;
  // Where CI's time goes, suite by suite (CI keeps the whole run under 20 minutes).
  writeSync(consoleFd, `⏱ ${title}: ${seconds(start)} s${code === 0 ? "" : " (failed)"}\n`);
}

/** A vitest run of `projects`, its JSON report in <results>/<report>.json. */
function vitest(
  title: string,
  projects: string[],
  report: string,
  options: { env?: NodeJS.ProcessEnv; besideOthers?: boolean } = {},
) {
  return suite(
    title,
    bin("vitest"),
    [
      "run",
      ...projects.map((project) => `--project=${project}`),
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${RESULTS_DIR}/${report}.json`,
      ...(fileFilters.length > 0 ? ["--passWithNoTests", ...fileFilters] : []),
    ],
    options,
  );
}

/** The component tests run the app's own Firebase modules, which read the emulators from VITE_*. */
const componentsEnv = { ...process.env, ...webEmulatorEnv("test") };

const sideBySide = (["rules", "components", "integration"] as const).filter((s) => suites.has(s));
if (sideBySide.length > 0) {
  console.log(suiteMarker(sideBySide.join(",")));
  const besideOthers = sideBySide.length > 1;
  await Promise.all([
    suites.has("integration") &&
      vitest("integration tests", ["integration"], "integration", {
        besideOthers,
      }),
    (async () => {
      if (suites.has("rules")) await vitest("rules tests", ["rules"], "rules", { besideOthers });
      if (suites.has("components")) {
        await vitest("components tests", ["components"], "components", {
          env: componentsEnv,
          besideOthers,
        });
      }
    })(),
  ]);
}

// Stops the SMTP capture every other file sends to: alone, after them all.
if (suites.has("integration")) {
  await vitest(
    "integration tests with the mail server down",
    ["integration:smtp-outage"],
    "integration-smtp-outage",
  );
}

if (suites.has("e2e")) {
  console.log(suiteMarker("e2e"));
  await suite("browser journeys", bin("playwright"), ["test", ...fileFilters]);
}

stopKeepingWorkersFew();
process.exitCode = failed ? 1 : 0;
