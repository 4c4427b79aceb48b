/**
 * `npm run bench`: how the clients list behaves with a 10,000-client agency.
 * Self-contained like `npm test`:
 *   1. builds the web app for the bench emulators into .cache/bench/web
 *      (not web/dist, so a test run in the same checkout keeps its build)
 *   2. runs Auth, Firestore and Hosting with `firebase emulators:exec` on the
 *      test profile's ports shifted by 80 (PORTICO_BENCH_PORT_OFFSET), so it
 *      works beside `npm start` and `npm test`
 *   3. inside (clients-run.ts): seeds the demo agency with N clients and
 *      drives Chromium through opening the list, scrolling it and searching
 *   4. prints the figures (min/p50/p95/max). It never judges them: it fails
 *      only when the benchmark itself could not run.
 *
 * The measured path (sign-in, list, search, count) calls no Cloud Function,
 * so the Functions emulator is not started and functions/lib is not rebuilt.
 *
 * Flags: --clients=N (default 10000), --runs=N (default 5).
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { clientsFlag } from "../lib/seed-clients";
import { BENCH_DIR, bin, fail, prepare, runInEmulators } from "./harness";
import { buildRawFloorPage } from "./raw-floor-page";
import { type BenchResult, formatReport } from "./result";

const clients = clientsFlag(process.argv) || 10_000;
const runsArg = process.argv.find((arg) => arg.startsWith("--runs="));
const runs = runsArg ? Number(runsArg.slice("--runs=".length)) : 5;
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs needs a whole number above 0.");

const RESULT = path.join(BENCH_DIR, "clients.json");
const LOG = path.join(BENCH_DIR, "emulators.log");

const started = performance.now();
rmSync(RESULT, { force: true });
await prepare({ functions: false });
await buildRawFloorPage(); // its blank page, where a run clears the app's device cache

console.log(
  `\n▶ emulators, seed and browser (${clients.toLocaleString("en")} clients, ${runs} runs)`,
);
console.log(`  emulator output: ${path.relative(process.cwd(), LOG)}`);
await runInEmulators(
  "auth,firestore,hosting",
  [
    bin("tsx"),
    "scripts/bench/clients-run.ts",
    `--clients=${clients}`,
    `--runs=${runs}`,
    `--out=${RESULT}`,
  ],
  LOG,
);
if (!existsSync(RESULT)) fail(`The benchmark wrote no result (${RESULT}).`);

const result = JSON.parse(readFileSync(RESULT, "utf8")) as BenchResult;
console.log(`\n${formatReport(result)}`);
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(`\nWhole benchmark, build and emulators included: ${seconds} s`);
