/**
 * Runs inside `firebase emulators:exec` (which sets the emulator host
 * variables): the rules and integration vitest projects, then the browser
 * journeys. Each suite runs even if an earlier one failed, so one run shows
 * every failure.
 */
import { RESULTS_DIR } from "./lib/results";
import { bin, run } from "./lib/run";

const suites = new Set((process.argv[2] ?? "rules,integration,e2e").split(","));
/** Optional file filters, e.g. `npm test -- --only=e2e invites`. */
const fileFilters = process.argv.slice(3);
let failed = false;

for (const project of ["rules", "integration"]) {
  if (!suites.has(project)) continue;
  console.log(`\n▶ ${project} tests`);
  const code = await run(bin("vitest"), [
    "run",
    `--project=${project}`,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${RESULTS_DIR}/${project}.json`,
    ...(fileFilters.length > 0 ? ["--passWithNoTests", ...fileFilters] : []),
  ]);
  failed ||= code !== 0;
}

if (suites.has("e2e")) {
  console.log("\n▶ browser journeys");
  // Run first, then record: `failed ||= await run(...)` would skip the run after a failure.
  const code = await run(bin("playwright"), ["test", ...fileFilters]);
  failed ||= code !== 0;
}

process.exitCode = failed ? 1 : 0;
