/**
 * What every benchmark shares: its own emulator ports (the test profile's
 * ports shifted by PORTICO_BENCH_PORT_OFFSET, default 80, so it runs beside
 * `npm start` and `npm test`), a web build in .cache/bench/web served by the
 * Hosting emulator, and `firebase emulators:exec` with its chatty output kept
 * in a log while the benchmark's own `[bench]` lines are echoed.
 */
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";

// The emulator profile reads its port offset when scripts/lib/emulators.ts loads.
// Not 60: Chromium refuses port 5060 (SIP), where Hosting would land.
process.env.PORTICO_TEST_PORT_OFFSET = process.env.PORTICO_BENCH_PORT_OFFSET ?? "80";
const emulators = await import("../lib/emulators");
const { bin, run } = await import("../lib/run");
const { assertJava, emulatorProcessEnv, FIREBASE_BIN, firebaseConfigPath, PROJECT_IDS, ROOT } =
  emulators;

export { bin, ROOT };
export const BENCH_DIR = path.join(ROOT, ".cache/bench");
export const WEB_DIR = path.join(BENCH_DIR, "web");

export function fail(message: string): never {
  console.error(`\n✘ ${message}`);
  process.exit(1);
}

/** Checks Java, then builds the web app for the bench emulators (and the functions when asked). */
export async function prepare(options: { functions: boolean }) {
  assertJava();
  mkdirSync(BENCH_DIR, { recursive: true });
  console.log("\n▶ build web (bench emulators)");
  const built = await run(
    bin("vite"),
    ["build", "--mode", "test", "--outDir", WEB_DIR, "--emptyOutDir", "--logLevel", "error"],
    { cwd: path.join(ROOT, "web"), env: { ...process.env, ...emulators.webEmulatorEnv("test") } },
  );
  if (built !== 0) fail("The web app did not build.");
  if (options.functions) {
    console.log("\n▶ build functions");
    const env = emulators.functionsBuildEnv("test");
    if ((await run("npm", ["run", "build", "-w", "functions"], { env })) !== 0) {
      fail("The functions did not build.");
    }
    emulators.writeFunctionsEnv("test");
  }
}

/**
 * Runs `inner` inside `firebase emulators:exec` with the given emulators, its
 * output in `log`, echoing only `[bench]` and seed lines. Fails with the log's
 * end when the run does not finish.
 */
export async function runInEmulators(only: string, inner: string[], log: string) {
  // The test profile's config (on the bench ports), serving the bench build.
  const config = firebaseConfigPath("test");
  const json = JSON.parse(readFileSync(config, "utf8")) as { hosting: { public: string } };
  json.hosting.public = path.relative(ROOT, WEB_DIR);
  writeFileSync(config, `${JSON.stringify(json, null, 2)}\n`);

  const output = createWriteStream(log);
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      FIREBASE_BIN,
      [
        "emulators:exec",
        "--config",
        config,
        "--project",
        PROJECT_IDS.test,
        "--only",
        only,
        inner.join(" "),
      ],
      { cwd: ROOT, env: emulatorProcessEnv() },
    );
    createInterface({ input: child.stdout }).on("line", (line) => {
      output.write(`${line}\n`);
      if (line.startsWith("[bench]") || line.startsWith("Seeded ")) console.log(`  ${line}`);
    });
    child.stderr.on("data", (chunk: Buffer) => output.write(chunk));
    child.on("error", () => resolve(127));
    child.on("close", (exitCode, signal) =>
      output.end(() => resolve(exitCode ?? (signal ? 1 : 0))),
    );
  });
  if (code !== 0) {
    const tail = readFileSync(log, "utf8").trimEnd().split("\n").slice(-40).join("\n");
    fail(`The benchmark did not run to the end (exit ${code}). End of ${log}:\n${tail}`);
  }
}
