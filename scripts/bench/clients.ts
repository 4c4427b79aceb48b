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
import { spawn } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { clientsFlag } from "../seed";
import { type BenchResult, formatReport } from "./result";

// The emulator profile reads its port offset when scripts/lib/emulators.ts loads.
// Not 60: Chromium refuses port 5060 (SIP), where Hosting would land.
process.env.PORTICO_TEST_PORT_OFFSET = process.env.PORTICO_BENCH_PORT_OFFSET ?? "80";
const {
  assertJava,
  emulatorProcessEnv,
  FIREBASE_BIN,
  firebaseConfigPath,
  PROJECT_IDS,
  ROOT,
  webEmulatorEnv,
} = await import("../lib/emulators");
const { bin, run } = await import("../lib/run");

const clients = clientsFlag(process.argv) || 10_000;
const runsArg = process.argv.find((arg) => arg.startsWith("--runs="));
const runs = runsArg ? Number(runsArg.slice("--runs=".length)) : 5;
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs needs a whole number above 0.");

const BENCH_DIR = path.join(ROOT, ".cache/bench");
const WEB_DIR = path.join(BENCH_DIR, "web");
const RESULT = path.join(BENCH_DIR, "clients.json");
const LOG = path.join(BENCH_DIR, "emulators.log");

function fail(message: string): never {
  console.error(`\n✘ ${message}`);
  process.exit(1);
}

/**
 * Runs the emulators with their (chatty: every Hosting request) output in LOG,
 * echoing only the benchmark's own progress lines. Resolves to the exit code.
 */
function runQuietly(command: string, args: string[]): Promise<number> {
  const log = createWriteStream(LOG);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: emulatorProcessEnv() });
    createInterface({ input: child.stdout }).on("line", (line) => {
      log.write(`${line}\n`);
      if (line.startsWith("[bench]") || line.startsWith("Seeded ")) console.log(`  ${line}`);
    });
    child.stderr.on("data", (chunk: Buffer) => log.write(chunk));
    child.on("error", () => resolve(127));
    child.on("close", (exitCode, signal) => log.end(() => resolve(exitCode ?? (signal ? 1 : 0))));
  });
}

const started = performance.now();
assertJava();
mkdirSync(BENCH_DIR, { recursive: true });
rmSync(RESULT, { force: true });

console.log("\n▶ build web (bench emulators)");
const built = await run(
  bin("vite"),
  ["build", "--outDir", WEB_DIR, "--emptyOutDir", "--logLevel", "error"],
  { cwd: path.join(ROOT, "web"), env: { ...process.env, ...webEmulatorEnv("test") } },
);
if (built !== 0) fail("The web app did not build.");

// The test profile's config (on the bench ports), serving this build instead of web/dist.
const config = firebaseConfigPath("test");
const json = JSON.parse(readFileSync(config, "utf8")) as { hosting: { public: string } };
json.hosting.public = path.relative(ROOT, WEB_DIR);
writeFileSync(config, `${JSON.stringify(json, null, 2)}\n`);

console.log(
  `\n▶ emulators, seed and browser (${clients.toLocaleString("en")} clients, ${runs} runs)`,
);
console.log(`  emulator output: ${path.relative(ROOT, LOG)}`);
const code = await runQuietly(FIREBASE_BIN, [
  "emulators:exec",
  "--config",
  config,
  "--project",
  PROJECT_IDS.test,
  "--only",
  "auth,firestore,hosting",
  [
    bin("tsx"),
    "scripts/bench/clients-run.ts",
    `--clients=${clients}`,
    `--runs=${runs}`,
    `--out=${RESULT}`,
  ].join(" "),
]);
if (code !== 0 || !existsSync(RESULT)) {
  const tail = readFileSync(LOG, "utf8").trimEnd().split("\n").slice(-40).join("\n");
  fail(`The benchmark did not run to the end (exit ${code}). End of ${LOG}:\n${tail}`);
}

const result = JSON.parse(readFileSync(RESULT, "utf8")) as BenchResult;
console.log(`\n${formatReport(result)}`);
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(`\nWhole benchmark, build and emulators included: ${seconds} s`);
