/**
 * Clients for the integration tests, all pointed at the running emulators of the
 * test profile (`firebase emulators:exec` sets the host variables):
 * - web SDK clients that call the real callables, as the app does;
 * - the Admin SDK, to check what the functions wrote.
 *
 * Suites share the `demo-portico-test` project and run in parallel, so tests
 * use unique emails and names instead of clearing data.
 */
import { randomUUID } from "node:crypto";
import { localAppCheckToken } from "@portico/domain/app-check";
import { CALLABLES, FUNCTIONS_REGION } from "@portico/domain/config";
import { isInvalidArgumentDetails } from "@portico/domain/validation";
import { deleteApp, type FirebaseApp, initializeApp } from "firebase/app";
import { CustomProvider, initializeAppCheck } from "firebase/app-check";
import { type Auth, connectAuthEmulator, getAuth, signInWithEmailAndPassword } from "firebase/auth";
import { connectFirestoreEmulator, type Firestore, getFirestore } from "firebase/firestore";
import {
  connectFunctionsEmulator,
  type Functions,
  FunctionsError,
  getFunctions,
  httpsCallable,
} from "firebase/functions";
import {
  type App,
  getApps as getAdminApps,
  initializeApp as initAdminApp,
} from "firebase-admin/app";
import { getAuth as getAdminAuth, type UserRecord } from "firebase-admin/auth";
import { getFirestore as getAdminFirestore } from "firebase-admin/firestore";
import { PROJECT_IDS } from "../../scripts/lib/emulators";

export const PROJECT_ID = PROJECT_IDS.test;

interface HostAndPort {
  host: string;
  port: number;
}

interface RunningEmulators {
  auth: HostAndPort;
  firestore: HostAndPort;
  functions: HostAndPort;
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: run the integration tests through \`npm test\`, ` +
        "which starts them inside `firebase emulators:exec`.",
    );
  }
  return value;
}

let running: Promise<RunningEmulators> | undefined;

/** Where the emulators listen, as the hub reports them (the test profile shifts ports). */
export function runningEmulators(): Promise<RunningEmulators> {
  running ??= (async () => {
    const hub = requireEnv("FIREBASE_EMULATOR_HUB");
    const response = await fetch(`http://${hub}/emulators`);
    if (!response.ok) throw new Error(`The emulator hub at ${hub} answered ${response.status}`);
    const listed = (await response.json()) as Partial<Record<string, HostAndPort>>;
    const pick = (name: keyof RunningEmulators): HostAndPort => {
      const entry = listed[name];
      if (!entry) throw new Error(`The ${name} emulator is not running (hub at ${hub})`);
      return { host: entry.host, port: entry.port };
    };
    return { auth: pick("auth"), firestore: pick("firestore"), functions: pick("functions") };
  })();
  return running;
}

// ---- Admin SDK --------------------------------------------------------------

let adminApp: App | undefined;

/** Admin SDK clients; they reach the emulators through the host variables. */
export function admin() {
  requireEnv("FIRESTORE_EMULATOR_HOST");
  requireEnv("FIREBASE_AUTH_EMULATOR_HOST");
  adminApp ??= getAdminApps()[0] ?? initAdminApp({ projectId: PROJECT_ID });
  return { auth: getAdminAuth(adminApp), db: getAdminFirestore(adminApp) };
}

/** The Auth user with this email, or null when there is none. */
export async function findUserByEmail(email: string): Promise<UserRecord | null> {
  try {
    return await admin().auth.getUserByEmail(email);
  } catch (error) {
    if ((error as { code?: string }).code === "auth/user-not-found") return null;
    throw error;
  }
}

/**
 * Every Auth user whose email or display name contains `marker` (case-insensitive).
 * Works for inputs Auth itself would refuse, such as a malformed email.
 */
export async function findUsersMarked(marker: string): Promise<UserRecord[]> {
  const needle = marker.toLowerCase();
  const found: UserRecord[] = [];
  let pageToken: string | undefined;
  do {
    const page = await admin().auth.listUsers(1000, pageToken);
    for (const user of page.users) {
      const text = `${user.email ?? ""} ${user.displayName ?? ""}`.toLowerCase();
      if (text.includes(needle)) found.push(user);
    }
    pageToken = page.pageToken;
  } while (pageToken);
  return found;
}

/** How many agencies have this field value (e.g. a unique name, or createdBy a uid). */
export async function countAgencies(field: "name" | "createdBy", value: string): Promise<number> {
  const snapshot = await admin().db.collection("agencies").where(field, "==", value).count().get();
  return snapshot.data().count;
}

// ---- Web SDK ----------------------------------------------------------------

export interface WebClient {
  app: FirebaseApp;
  auth: Auth;
  functions: Functions;
  /** Calls a callable as the app does; resolves to its data. */
  call<Result = unknown>(name: string, data?: unknown): Promise<Result>;
  /** Firestore as this client sees it, rules enforced. */
  firestore(): Firestore;
}

const openApps: FirebaseApp[] = [];

/** A fresh web client (its own app, so signed-in users never share state). */
export async function webClient(): Promise<WebClient> {
  const emulators = await runningEmulators();
  const app = initializeApp(
    { apiKey: "demo-api-key", projectId: PROJECT_ID, authDomain: `${PROJECT_ID}.firebaseapp.com` },
    `client-${randomUUID()}`,
  );
  openApps.push(app);
  // Callables enforce App Check; the emulator takes the app's local token.
  initializeAppCheck(app, {
    provider: new CustomProvider({ getToken: async () => localAppCheckToken() }),
    isTokenAutoRefreshEnabled: false,
  });
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${emulators.auth.host}:${emulators.auth.port}`, {
    disableWarnings: true,
  });
  const functions = getFunctions(app, FUNCTIONS_REGION);
  connectFunctionsEmulator(functions, emulators.functions.host, emulators.functions.port);
  let firestore: Firestore | undefined;
  return {
    app,
    auth,
    functions,
    call: async <Result>(name: string, data?: unknown) =>
      (await httpsCallable<unknown, Result>(functions, name)(data)).data,
    firestore: () => {
      if (!firestore) {
        firestore = getFirestore(app);
        connectFirestoreEmulator(firestore, emulators.firestore.host, emulators.firestore.port);
      }
      return firestore;
    },
  };
}

/** A web client signed in with email and password. */
export async function signedInClient(email: string, password: string): Promise<WebClient> {
  const client = await webClient();
  await signInWithEmailAndPassword(client.auth, email, password);
  return client;
}

/** Deletes every web client this file opened (call from afterAll). */
export async function closeWebClients(): Promise<void> {
  await Promise.all(openApps.splice(0).map((app) => deleteApp(app)));
}

// ---- Callable errors ----------------------------------------------------------

/** The error a callable answered with; fails the test when the call succeeded. */
export async function callableError(call: Promise<unknown>): Promise<FunctionsError> {
  let result: unknown;
  try {
    result = await call;
  } catch (error) {
    if (error instanceof FunctionsError) return error;
    throw error;
  }
  throw new Error(`Expected the callable to fail, but it answered ${JSON.stringify(result)}`);
}

/** The field messages of an invalid-argument error; fails the test when it has none. */
export function fieldErrors(error: FunctionsError): Record<string, string> {
  if (!isInvalidArgumentDetails(error.details)) {
    throw new Error(`Expected details.fields, got ${JSON.stringify(error.details)}`);
  }
  return error.details.fields;
}

// ---- Unique test data -----------------------------------------------------------

/** A short random marker, so parallel suites sharing the project never collide. */
export function uniqueMarker(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}`;
}

/** A password that meets the policy (letters and a digit, 8+ characters). */
export const VALID_PASSWORD = "portico-test-1";

// ---- Agencies -------------------------------------------------------------------

/**
 * Signs up through the real callable, which answers the same whether or not
 * the address is new; the new workspace's id is read from the owner's claims.
 */
export async function signUpAgency(data: {
  displayName: string;
  agencyName: string;
  email: string;
  password: string;
}): Promise<{ agencyId: string; uid: string }> {
  await (await webClient()).call(CALLABLES.signUp, data);
  const user = await admin().auth.getUserByEmail(data.email.trim().toLowerCase());
  const agencyId = user.customClaims?.agencyId;
  if (typeof agencyId !== "string") throw new Error(`${data.email} has no workspace after signUp`);
  return { agencyId, uid: user.uid };
}
