// One thing, over 300 lines: every emulator port, profile and environment file, so npm start, npm test and CI cannot disagree.
/**
 * The one emulator launcher behind `npm start`, `npm test` and CI.
 *
 * - Checks Java (the Firestore emulator is a Java program).
 * - On machines with Google's Cloud SDK Firestore emulator preinstalled and no
 *   FIRESTORE_EMULATOR_BINARY_PATH, builds a manifest-only launcher jar for it
 *   (that jar has no Main-Class), because firebase-tools cannot download its own
 *   without internet. Elsewhere firebase-tools downloads its jar as usual.
 * - Writes a firebase config for the chosen profile: `dev` uses firebase.json's
 *   ports, `test` shifts every port so tests run beside a running `npm start`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FUNCTIONS_REGION } from "@portico/domain/config";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const CACHE_DIR = path.join(ROOT, ".cache");
export const FIREBASE_BIN = path.join(ROOT, "node_modules/.bin/firebase");

const CLOUD_SDK_FIRESTORE_JAR =
  "/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar";
const FIRESTORE_MAIN_CLASS = "com.google.cloud.datastore.emulator.firestore.CloudFirestore";

export type Profile = "dev" | "test";

/**
 * Port shift of the test profile, so `npm test` never collides with `npm start`.
 * PORTICO_TEST_PORT_OFFSET lets two test runs share a machine; each offset also
 * gets its own project id, so their function parameter files differ too.
 */
const TEST_PORT_OFFSET = Number(process.env.PORTICO_TEST_PORT_OFFSET ?? 10);
/** "" for the default test run, "-<offset>" for a parallel one: keeps their outputs apart. */
export const TEST_RUN_SUFFIX = TEST_PORT_OFFSET === 10 ? "" : `-${TEST_PORT_OFFSET}`;
/** Where `npm test` builds the web app that the test Hosting emulator serves. */
export const TEST_WEB_DIR = path.join(CACHE_DIR, `test-web${TEST_RUN_SUFFIX}`);
/**
 * Where the test emulators load functions from: functions/ for the default
 * run, a copy of its bundle per parallel run, so one run's build never makes
 * another run's Functions emulator reload mid-test.
 */
export const TEST_FUNCTIONS_DIR = TEST_RUN_SUFFIX
  ? path.join(CACHE_DIR, `test-functions${TEST_RUN_SUFFIX}`)
  : path.join(ROOT, "functions");

/** Bundles the functions for a profile's emulators (see TEST_FUNCTIONS_DIR). */
export function functionsBuildEnv(profile: Profile): NodeJS.ProcessEnv {
  if (profile === "dev" || !TEST_RUN_SUFFIX) return process.env;
  mkdirSync(TEST_FUNCTIONS_DIR, { recursive: true });
  writeFileSync(
    path.join(TEST_FUNCTIONS_DIR, "package.json"),
    readFileSync(path.join(ROOT, "functions/package.json")),
  );
  return { ...process.env, FUNCTIONS_OUTDIR: path.join(TEST_FUNCTIONS_DIR, "lib") };
}

export const PROJECT_IDS: Record<Profile, string> = {
  dev: "demo-portico",
  test: TEST_PORT_OFFSET === 10 ? "demo-portico-test" : `demo-portico-test-${TEST_PORT_OFFSET}`,
};

/** Local SMTP capture (smtp) and its dev inbox (http), shifted like the emulators. */
export function mailCapturePorts(profile: Profile): { smtp: number; http: number } {
  const shift = profile === "test" ? TEST_PORT_OFFSET : 0;
  return { smtp: 2525 + shift, http: 8025 + shift };
}

/** Where the Calendly fake that the webhook-subscription tests start listens (test profile). */
export function fakeCalendlyPort(): number {
  return 4600 + TEST_PORT_OFFSET;
}

/**
 * The demo voice platform (scripts/demo-voice/): its recordings and API, on a
 * port shifted like the emulators. The seed writes recording URLs with it.
 */
export function demoVoicePort(profile: Profile): number {
  return 5095 + (profile === "test" ? TEST_PORT_OFFSET : 0);
}

export function demoVoiceUrl(profile: Profile): string {
  return `http://127.0.0.1:${demoVoicePort(profile)}`;
}

/** The profile whose emulators this process talks to (from the project id it was given). */
export function currentProfile(): Profile {
  return process.env.GCLOUD_PROJECT === PROJECT_IDS.dev ? "dev" : "test";
}

/** Where the web app is served: Vite in dev, the Hosting emulator in tests. */
export function appUrl(profile: Profile): string {
  return profile === "dev"
    ? `http://127.0.0.1:${Number(process.env.PORT ?? 5173)}`
    : `http://127.0.0.1:${emulatorPorts("test").hosting}`;
}

/**
 * Function parameters for a demo project, in the file the Functions emulator
 * reads (functions/.env.<project id>), and an empty local SMTP password secret.
 */
export function writeFunctionsEnv(profile: Profile): void {
  const mail = mailCapturePorts(profile);
  const lines = [
    "# Written by scripts/lib/emulators.ts for the local emulators; not for production.",
    `SMTP_URL=smtp://127.0.0.1:${mail.smtp}`,
    "MAIL_FROM=Portico <no-reply@portico.test>",
    `APP_URL=${appUrl(profile)}`,
    // Tests watch retries happen, so they wait a second instead of thirty.
    `MAIL_RETRY_BASE_SECONDS=${profile === "test" ? 1 : 30}`,
    `AGENT_SYNC_RETRY_BASE_SECONDS=${profile === "test" ? 1 : 30}`,
    // Tests serve favicons from 127.0.0.1; everywhere else private hosts stay refused.
    `FAVICON_ALLOW_PRIVATE_HOSTS=${profile === "test"}`,
    // Tests (and the demo) post outgoing webhooks to a receiver on 127.0.0.1.
    `WEBHOOK_RETRY_BASE_SECONDS=${profile === "test" ? 1 : 30}`,
    "WEBHOOKS_ALLOW_LOOPBACK=true",
    // Platform sign-in is played locally by the sandbox connector's consent screen.
    "SANDBOX_CONNECTORS=true",
    // No real provider locally: empty ids keep Google and Meta off (and unprompted).
    "GOOGLE_OAUTH_CLIENT_ID=",
    "GOOGLE_ADS_DEVELOPER_TOKEN=",
    "META_APP_ID=",
    // The demo voice platform plays Retell's and Vapi's APIs (fresh recording URLs).
    `RETELL_API_URL=${demoVoiceUrl(profile)}`,
    `VAPI_API_URL=${demoVoiceUrl(profile)}`,
    `SANDBOX_CONSENT_URL=http://127.0.0.1:${emulatorPorts(profile).functions}/${PROJECT_IDS[profile]}/${FUNCTIONS_REGION}/sandboxProvider`,
    // Tests subscribe to webhooks at a local Calendly fake; dev keeps the real API.
    ...(profile === "test" ? [`CALENDLY_API_URL=http://127.0.0.1:${fakeCalendlyPort()}`] : []),
    "",
  ];
  const dir = profile === "test" ? TEST_FUNCTIONS_DIR : path.join(ROOT, "functions");
  writeFileSync(path.join(dir, `.env.${PROJECT_IDS[profile]}`), lines.join("\n"));
  writeFileSync(path.join(dir, ".secret.local"), "SMTP_PASSWORD=\n");
}

export interface EmulatorPorts {
  hub: number;
  logging: number;
  auth: number;
  firestore: number;
  firestoreWebsocket: number;
  functions: number;
  hosting: number;
  eventarc: number;
  tasks: number;
}

interface EmulatorEntry {
  host: string;
  port: number;
  websocketPort?: number;
}

type FirebaseJson = { emulators: Record<string, unknown> } & Record<string, unknown>;

function isEmulatorEntry(value: unknown): value is EmulatorEntry {
  return typeof value === "object" && value !== null && "port" in value;
}

function readFirebaseJson(): FirebaseJson {
  return JSON.parse(readFileSync(path.join(ROOT, "firebase.json"), "utf8")) as FirebaseJson;
}

function entry(json: FirebaseJson, name: string): EmulatorEntry {
  const value = json.emulators[name];
  if (!isEmulatorEntry(value)) throw new Error(`firebase.json has no port for ${name}`);
  return value;
}

export function emulatorPorts(profile: Profile): EmulatorPorts {
  const json = readFirebaseJson();
  const shift = profile === "test" ? TEST_PORT_OFFSET : 0;
  const port = (name: string) => entry(json, name).port + shift;
  return {
    hub: port("hub"),
    logging: port("logging"),
    auth: port("auth"),
    firestore: port("firestore"),
    firestoreWebsocket: (entry(json, "firestore").websocketPort ?? 9150) + shift,
    functions: port("functions"),
    hosting: port("hosting"),
    eventarc: port("eventarc"),
    tasks: port("tasks"),
  };
}

interface HostingConfig {
  public: string;
  headers: { source?: string; regex?: string; headers: { key: string; value: string }[] }[];
}

/**
 * The test build talks to the emulators over http on 127.0.0.1, which the
 * production Content-Security-Policy rightly refuses: the test profile's
 * policy (and only it) also lets the page connect to those exact origins,
 * and play call recordings from the Functions emulator (production plays
 * them from its own origin, through Hosting's /media/recordings/ rewrite).
 * The one path that may be framed (an access page's embed mode, by https
 * sites) may also be framed by a local http page, the stand-in for an
 * agency's website in the embed journey.
 */
function allowEmulatorConnections(hosting: HostingConfig, ports: EmulatorPorts): void {
  const origins = [ports.auth, ports.firestore, ports.functions].map(
    (port) => `http://127.0.0.1:${port}`,
  );
  for (const header of hosting.headers.flatMap((rule) => rule.headers)) {
    if (header.key !== "Content-Security-Policy") continue;
    header.value = [
      ...header.value
        .split("; ")
        .map((directive) =>
          directive.startsWith("connect-src ")
            ? `${directive} ${origins.join(" ")}`
            : directive.startsWith("frame-ancestors ") && directive !== "frame-ancestors 'none'"
              ? `${directive} http://127.0.0.1:*`
              : directive,
        ),
      `media-src 'self' http://127.0.0.1:${ports.functions}`,
    ].join("; ");
  }
}

/** Path of the firebase config for a profile (the test one is generated from firebase.json). */
export function firebaseConfigPath(profile: Profile): string {
  const source = path.join(ROOT, "firebase.json");
  if (profile === "dev") return source;
  const json = readFirebaseJson();
  const ports = emulatorPorts("test");
  for (const [name, value] of Object.entries(json.emulators)) {
    if (!isEmulatorEntry(value)) continue;
    value.port += TEST_PORT_OFFSET;
    if (name === "firestore") value.websocketPort = ports.firestoreWebsocket;
  }
  const [codebase] = (json as FirebaseJson & { functions: { source: string }[] }).functions;
  if (TEST_RUN_SUFFIX && codebase) codebase.source = path.relative(ROOT, TEST_FUNCTIONS_DIR);
  // Must sit beside firebase.json: firebase-tools resolves sources relative to it.
  const hosting = (json as FirebaseJson & { hosting: HostingConfig }).hosting;
  hosting.public = path.relative(ROOT, TEST_WEB_DIR);
  allowEmulatorConnections(hosting, ports);
  const target = path.join(ROOT, `firebase.test${TEST_RUN_SUFFIX}.json`);
  writeFileSync(target, `${JSON.stringify(json, null, 2)}\n`);
  return target;
}

/** Environment that lets Admin SDK code in this process (seed, tests) reach the emulators. */
export function emulatorClientEnv(profile: Profile): Record<string, string> {
  const ports = emulatorPorts(profile);
  return {
    GCLOUD_PROJECT: PROJECT_IDS[profile],
    FIREBASE_EMULATOR_HUB: `127.0.0.1:${ports.hub}`,
    FIRESTORE_EMULATOR_HOST: `127.0.0.1:${ports.firestore}`,
    FIREBASE_AUTH_EMULATOR_HOST: `127.0.0.1:${ports.auth}`,
  };
}

export function assertJava(): void {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new Error(
      [
        "Java was not found. The Firestore emulator needs Java 17 or newer.",
        "  Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless",
        "  macOS:         brew install openjdk@17",
      ].join("\n"),
    );
  }
}

/**
 * Environment for `firebase emulators:*`: points firebase-tools at a launcher
 * for the preinstalled Cloud SDK Firestore emulator when there is one.
 */
export function emulatorProcessEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Each concurrent request to a function starts its own worker, which must
  // load within this many seconds (30 by default): too short for a burst of
  // cold starts on a busy machine, and a miss leaves the emulator failing.
  env.FUNCTIONS_DISCOVERY_TIMEOUT ??= "180";
  if (env.FIRESTORE_EMULATOR_BINARY_PATH || !existsSync(CLOUD_SDK_FIRESTORE_JAR)) return env;

  const dir = path.join(CACHE_DIR, "firestore-launcher");
  const launcher = path.join(dir, "launcher.jar");
  const manifest = [
    "Manifest-Version: 1.0",
    `Main-Class: ${FIRESTORE_MAIN_CLASS}`,
    `Class-Path: file:${CLOUD_SDK_FIRESTORE_JAR}`,
    "",
  ].join("\n");
  const manifestPath = path.join(dir, "MANIFEST.MF");
  const current = existsSync(manifestPath) ? readFileSync(manifestPath, "utf8") : "";
  if (!existsSync(launcher) || current !== manifest) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(manifestPath, manifest);
    const jar = spawnSync("jar", ["cfm", launcher, manifestPath], { encoding: "utf8" });
    if (jar.status !== 0) {
      throw new Error(`Could not build the Firestore emulator launcher jar: ${jar.stderr}`);
    }
  }
  env.FIRESTORE_EMULATOR_BINARY_PATH = launcher;
  return env;
}

export const EMULATORS = "auth,firestore,functions";

/** Build-time settings for the web app, pointing it at a profile's emulators. */
export function webEmulatorEnv(profile: Profile): Record<string, string> {
  const ports = emulatorPorts(profile);
  return {
    VITE_DEV_INBOX_URL: `http://127.0.0.1:${mailCapturePorts(profile).http}`,
    VITE_FIREBASE_PROJECT_ID: PROJECT_IDS[profile],
    VITE_EMULATORS: JSON.stringify({
      auth: ports.auth,
      firestore: ports.firestore,
      functions: ports.functions,
    }),
  };
}
