/**
 * Runs inside `firebase emulators:exec` (which sets the emulator host
 * variables): the rules, integration and components vitest projects, then
 * the browser journeys. Each suite runs even if an earlier one failed, so one run shows
 * every failure.
 *
 * This process's own output is the emulators' log file (see
 * scripts/lib/suite-logs.ts): it marks there where each suite starts, and sends
 * the test runners' output to PORTICO_TEST_CONSOLE, which `npm test` shows.
 */
import { openSync, writeSync } from "node:fs";
import { webEmulatorEnv } from "./lib/emulators";
import { RESULTS_DIR } from "./lib/results";
import { bin, run } from "./lib/run";
import { suiteMarker } from "./lib/suite-logs";

const suites = new Set((process.argv[2] ?? "rules,integration,components,e2e").split(","));
/** Optional file filters, e.g. `npm test -- --only=e2e invites`. */
const fileFilters = process.argv.slice(3);
const consolePath = process.env.PORTICO_TEST_CONSOLE;
const consoleFd = consolePath ? openSync(consolePath, "a") : 1;
let failed = false;

async function suite(
  name: string,
  title: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
) {
  console.log(suiteMarker(name));
  writeSync(consoleFd, `\n▶ ${title}\n`);
  const start = performance.now();
  const code = await run(command, args, { stdout: consoleFd, env });
  failed ||= code !== 0;
  // Where CI's time goes, suite by suite (CI keeps the whole run under 20 minutes).
  writeSync(consoleFd, `⏱ ${title}: ${Math.round((performance.now() - start) / 1000)} s\n`);
}

/** The vitest projects of each suite (vitest.config.ts). */
const projects: Record<string, string[]> = {
  rules: ["rules"],
  integration: ["integration", "integration:smtp-outage"],
  components: ["components"],
};
/** The component tests run the app's own Firebase modules, which read the emulators from VITE_*. */
const projectEnv: Record<string, NodeJS.ProcessEnv> = {
  components: { ...process.env, ...webEmulatorEnv("test") },
};

for (const [name, names] of Object.entries(projects)) {
  if (!suites.has(name)) continue;
  await suite(
    name,
    `${name} tests`,
    bin("vitest"),
    [
      "run",
      ...names.map((project) => `--project=${project}`),
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${RESULTS_DIR}/${name}.json`,
      ...(fileFilters.length > 0 ? ["--passWithNoTests", ...fileFilters] : []),
    ],
    projectEnv[name],
  );
}

if (suites.has("e2e")) {
  await suite("e2e", "browser journeys", bin("playwright"), ["test", ...fileFilters]);
}

process.exitCode = failed ? 1 : 0;
