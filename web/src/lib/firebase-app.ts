import { getApp, getApps, initializeApp } from "firebase/app";

/**
 * The Firebase app alone (firebase/app). Both entries start here: the agency
 * app adds Auth (./firebase.ts) and Firestore (./firestore.ts); the client's
 * invite page adds only Functions (./firebase-functions.ts).
 */
export interface EmulatorPorts {
  auth: number;
  firestore: number;
  functions: number;
}

/** Set by scripts/start.ts and scripts/test.ts (VITE_EMULATORS); null in production builds. */
export const emulatorPorts: EmulatorPorts | null = import.meta.env.VITE_EMULATORS
  ? (JSON.parse(import.meta.env.VITE_EMULATORS) as EmulatorPorts)
  : null;

const projectId = import.meta.env.VITE_FIREBASE_PROJECT_ID ?? "demo-portico";

export const app =
  getApps().length > 0
    ? getApp()
    : initializeApp(
        emulatorPorts
          ? { projectId, apiKey: "demo-api-key", authDomain: `${projectId}.firebaseapp.com` }
          : {
              projectId,
              apiKey: import.meta.env.VITE_FIREBASE_API_KEY,
              authDomain: import.meta.env.VITE_FIREBASE_AUTH_DOMAIN,
              appId: import.meta.env.VITE_FIREBASE_APP_ID,
            },
      );
