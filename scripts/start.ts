/**
 * `npm start`: the whole product on the emulators, seeded with a demo agency.
 *   1. builds the functions (and keeps rebuilding them as you edit)
 *   2. starts the Auth, Firestore and Functions emulators, importing the data
 *      of the last run from .emulator-data/ and exporting it again on exit
 *   3. seeds the demo agency when it is not there yet
 *   4. captures outgoing email locally, with a dev inbox page
 *   5. starts the demo voice platform (the demo agent's recordings)
 *   6. serves the web app with Vite and prints the URLs and demo logins
 * Ctrl-C stops everything it started. `npm run reset` starts from a clean seed.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { context } from "esbuild";
import { startDemoVoicePlatform } from "./demo-voice/platform";
import { DEMO_PORTAL_USER, DEMO_USERS } from "./lib/demo";
import {
  assertJava,
  demoVoicePort,
  EMULATORS,
  emulatorClientEnv,
  emulatorPorts,
  emulatorProcessEnv,
  FIREBASE_BIN,
  firebaseConfigPath,
  mailCapturePorts,
  PROJECT_IDS,
  ROOT,
  webEmulatorEnv,
  writeFunctionsEnv,
} from "./lib/emulators";
import { keepFunctionWorkersFew } from "./lib/function-workers";
import { startMailCapture } from "./lib/mail-capture";
import { bin } from "./lib/run";
import { clientsFlag } from "./lib/seed-clients";

const DATA_DIR = path.join(ROOT, ".emulator-data");
const WEB_PORT = Number(process.env.PORT ?? 5173);
const children: ChildProcess[] = [];

function fail(message: string): never {
  console.error(`\n✘ ${message}`);
  void shutdown(1);
  throw new Error(message);
}

async function buildFunctionsAndWatch() {
  const { buildOptions } = (await import(path.join(ROOT, "functions/build.mjs"))) as {
    buildOptions: Parameters<typeof context>[0];
  };
  const ctx = await context({ ...buildOptions, absWorkingDir: path.join(ROOT, "functions") });
  await ctx.rebuild();
  await ctx.watch();
  return ctx;
}

function startEmulators(): Promise<ChildProcess> {
  const args = [
    "emulators:start",
    "--config",
    firebaseConfigPath("dev"),
    "--project",
    PROJECT_IDS.dev,
    "--only",
    EMULATORS,
    "--export-on-exit",
    DATA_DIR,
  ];
  if (existsSync(DATA_DIR)) args.push("--import", DATA_DIR);
  const child = spawn(FIREBASE_BIN, args, {
    cwd: ROOT,
    env: emulatorProcessEnv(),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // own process group, so Ctrl-C reaches it only through us (export first)
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      process.stdout.write(text.replace(/^(?=.)/gm, "[emulators] "));
      if (text.includes("All emulators ready")) resolve(child);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    child.on("exit", (code) => reject(new Error(`The emulators exited early (code ${code}).`)));
  });
}

function startWeb(): ChildProcess {
  const child = spawn(bin("vite"), ["--port", String(WEB_PORT), "--strictPort"], {
    cwd: path.join(ROOT, "web"),
    env: { ...process.env, ...webEmulatorEnv("dev") },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    if (/error|failed/i.test(text)) process.stdout.write(text.replace(/^(?=.)/gm, "[web] "));
  });
  children.push(child);
  return child;
}

let shuttingDown = false;
async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log("\nStopping… (saving emulator data)");
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGINT");
          setTimeout(() => child.kill("SIGKILL"), 20_000).unref();
        }),
    ),
  );
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

// ---------------------------------------------------------------------------
if (process.argv.includes("--reset")) {
  rmSync(DATA_DIR, { recursive: true, force: true });
  console.log("Starting from a clean seed.");
}
let clients = 0; // --clients=N: N generated clients for the demo agency
try {
  assertJava();
  clients = clientsFlag(process.argv);
} catch (error) {
  fail((error as Error).message);
}

const ports = emulatorPorts("dev");
const mailCapture = await startMailCapture({
  smtpPort: mailCapturePorts("dev").smtp,
  httpPort: mailCapturePorts("dev").http,
}).catch((error: Error) => fail(`Could not start the local mail capture: ${error.message}`));
const voicePlatform = await startDemoVoicePlatform(demoVoicePort("dev")).catch((error: Error) =>
  fail(`Could not start the demo voice platform on port ${demoVoicePort("dev")}: ${error.message}`),
);
writeFunctionsEnv("dev");
console.log("Building functions…");
const functionsBuild = await buildFunctionsAndWatch();
console.log("Starting the Firebase emulators (about 15 s)…");
await startEmulators().catch((error: Error) => fail(error.message));
// A long session (the simulator's calls, a day of clicking) would otherwise pile up idle workers.
keepFunctionWorkersFew(
  path.join(ROOT, "functions"),
  path.join(ROOT, "functions/lib/index.js"),
  (line) => console.log(`[emulators] ${line}`),
);

Object.assign(process.env, emulatorClientEnv("dev"));
const { demoInviteUrl, demoVoiceClientName, seedDemo } = await import("./seed");
const { seeded, agencyId } = await seedDemo({ clients, voicePlatformUrl: voicePlatform.url });
const voiceClientName = (agencyId && (await demoVoiceClientName(agencyId))) || "the first client";
const clientPageUrl = agencyId
  ? await demoInviteUrl(agencyId, `http://127.0.0.1:${WEB_PORT}`)
  : null;

startWeb();

const line = "─".repeat(64);
console.log(`
${line}
  Portico is running on the Firebase emulators (project ${PROJECT_IDS.dev})

  Web app         http://127.0.0.1:${WEB_PORT}
  Auth emulator   http://127.0.0.1:${ports.auth}
  Firestore       http://127.0.0.1:${ports.firestore}
  Functions       http://127.0.0.1:${ports.functions}
  Dev inbox       ${mailCapture.inboxUrl}   (every email the app sends)
  Voice platform  ${voicePlatform.url}   (the demo agent's recordings)
${clientPageUrl ? `\n  A client's invite page (no login; sign-in runs on the sandbox):\n    ${clientPageUrl}\n` : ""}
  Demo logins (${seeded ? "just seeded" : "from your saved data"}):
${Object.values(DEMO_USERS)
  .map((user) => `    ${user.role.padEnd(7)} ${user.email.padEnd(28)} ${user.password}`)
  .join("\n")}
    ${"portal".padEnd(7)} ${DEMO_PORTAL_USER.email.padEnd(28)} ${DEMO_PORTAL_USER.password}   (${voiceClientName}'s portal: /portal/sign-in)

  The demo AI agent takes calls live: open ${voiceClientName} (Clients) or its portal (Calls), then in another terminal
    npm run simulate                      a Retell call every 10 s (+ a Cal.com booking when the caller books)
    npm run simulate -- --rate=30/min --count=20 --platform=vapi,calendly

  Data is kept in .emulator-data/ between runs; npm run reset starts clean.
  Press Ctrl-C to stop.
${line}
`);
process.on("exit", () => {
  void functionsBuild.dispose();
  void voicePlatform.close();
});
