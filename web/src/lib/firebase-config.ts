/**
 * The web app's Firebase settings, read from its VITE_* variables. Light on
 * purpose (the invite page loads it): the schema that checks these settings
 * runs at build time (./firebase-config-check.ts, from vite.config.ts), so a
 * build without them fails instead of targeting no project.
 */
import type { FirebaseOptions } from "firebase/app";

export interface EmulatorPorts {
  auth: number;
  firestore: number;
  functions: number;
}

/** `import.meta.env`, or the variables a build reads. */
export type WebEnv = Readonly<Record<string, string | boolean | undefined>>;

const text = (value: string | boolean | undefined) => (typeof value === "string" ? value : "");

/**
 * The emulators' ports (VITE_EMULATORS, set by scripts/start.ts and
 * scripts/test.ts): honoured in development and tests only, never in a
 * production build.
 */
export function emulatorPortsFrom(env: WebEnv): EmulatorPorts | null {
  if (env.MODE === "production" || !text(env.VITE_EMULATORS)) return null;
  return JSON.parse(text(env.VITE_EMULATORS)) as EmulatorPorts;
}

/** Options for initializeApp: a demo project on the emulators, the project's web config otherwise. */
export function firebaseOptionsFrom(env: WebEnv, emulators: EmulatorPorts | null): FirebaseOptions {
  if (emulators) {
    const projectId = text(env.VITE_FIREBASE_PROJECT_ID) || "demo-portico";
    return { projectId, apiKey: "demo-api-key", authDomain: `${projectId}.firebaseapp.com` };
  }
  return {
    projectId: text(env.VITE_FIREBASE_PROJECT_ID),
    apiKey: text(env.VITE_FIREBASE_API_KEY),
    authDomain: text(env.VITE_FIREBASE_AUTH_DOMAIN),
    appId: text(env.VITE_FIREBASE_APP_ID),
  };
}
