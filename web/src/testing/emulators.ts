/**
 * For component tests: web SDK clients on the running test emulators, as the
 * app reaches them (VITE_EMULATORS, set by scripts/test-emulated.ts). Tests
 * share the project and run in parallel, so they use unique ids instead of
 * clearing data.
 */
import { localAppCheckToken } from "@portico/domain/app-check";
import { FUNCTIONS_REGION } from "@portico/domain/config";
import { deleteApp, type FirebaseApp, initializeApp } from "firebase/app";
import { CustomProvider, initializeAppCheck } from "firebase/app-check";
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from "firebase/auth";
import { connectFirestoreEmulator, type Firestore, getFirestore } from "firebase/firestore";
import { connectFunctionsEmulator, getFunctions, httpsCallable } from "firebase/functions";
import { emulatorPortsFrom } from "../lib/firebase-config";

function settings() {
  const ports = emulatorPortsFrom(import.meta.env);
  const projectId = import.meta.env.VITE_FIREBASE_PROJECT_ID;
  if (!ports || !projectId) {
    throw new Error(
      "VITE_EMULATORS is not set: run the component tests through `npm test -- --only=components`.",
    );
  }
  return { ports, projectId };
}

const openApps: FirebaseApp[] = [];

/** A fresh app, so clients never share a signed-in user or a cache. */
function testApp(): FirebaseApp {
  const { projectId } = settings();
  const app = initializeApp(
    { projectId, apiKey: "demo-api-key", authDomain: `${projectId}.firebaseapp.com` },
    `test-${crypto.randomUUID()}`,
  );
  openApps.push(app);
  return app;
}

/** Who reads: "owner" passes over the rules (to write test data); else a user with claims. */
export type EmulatorUser = "owner" | { uid: string; claims?: Record<string, string> };

/** Firestore as `user` sees it on the emulator (the rules enforced, except for "owner"). */
export function firestoreAs(user: EmulatorUser): Firestore {
  const db = getFirestore(testApp());
  connectFirestoreEmulator(db, "127.0.0.1", settings().ports.firestore, {
    mockUserToken: user === "owner" ? "owner" : { sub: user.uid, ...user.claims },
  });
  return db;
}

/** Calls callables on the Functions emulator as the app does, signed in when given a user. */
export async function callablesAs(user?: { email: string; password: string }) {
  const app = testApp();
  const { ports } = settings();
  initializeAppCheck(app, {
    provider: new CustomProvider({ getToken: async () => localAppCheckToken() }),
    isTokenAutoRefreshEnabled: false,
  });
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://127.0.0.1:${ports.auth}`, { disableWarnings: true });
  if (user) await signInWithEmailAndPassword(auth, user.email, user.password);
  const functions = getFunctions(app, FUNCTIONS_REGION);
  connectFunctionsEmulator(functions, "127.0.0.1", ports.functions);
  return async <Result>(name: string, data: unknown): Promise<Result> =>
    (await httpsCallable<unknown, Result>(functions, name)(data)).data;
}

/** Deletes every app this file opened (call from afterAll). */
export async function closeTestApps(): Promise<void> {
  await Promise.all(openApps.splice(0).map((app) => deleteApp(app)));
}

/** A short random id, so parallel tests sharing the project never collide. */
export function uniqueId(label: string): string {
  return `${label}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Creates a user on the Auth emulator with custom claims (as the portal's join callable does). */
export async function createUserWithClaims(
  email: string,
  password: string,
  claims: Record<string, string>,
) {
  const ports = emulatorPortsFrom(import.meta.env);
  const project = import.meta.env.VITE_FIREBASE_PROJECT_ID;
  if (!ports || !project) throw new Error("run through `npm test -- --only=components`");
  const base = `http://127.0.0.1:${ports.auth}/identitytoolkit.googleapis.com/v1`;
  // As the Admin SDK creates users (a sign-up from a browser is refused for portal users).
  const created = await fetch(`${base}/projects/${project}/accounts`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer owner" },
    body: JSON.stringify({ email, password }),
  });
  const { localId } = (await created.json()) as { localId?: string };
  if (!localId) throw new Error("the Auth emulator did not create the user");
  const updated = await fetch(`${base}/projects/${project}/accounts:update`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer owner" },
    body: JSON.stringify({ localId, customAttributes: JSON.stringify(claims) }),
  });
  if (!updated.ok) throw new Error(`claims not set: ${await updated.text()}`);
  return localId;
}
