import { FUNCTIONS_REGION } from "@portico/domain/config";
import { getApp, getApps, initializeApp } from "firebase/app";
import { connectAuthEmulator, getAuth } from "firebase/auth";
import { connectFunctionsEmulator, getFunctions } from "firebase/functions";

/**
 * The Firebase app, Auth and Functions. Firestore lives in ./firestore.ts so
 * routes that do not need it (the client's invite page) do not download it.
 */
interface EmulatorPorts {
  auth: number;
  firestore: number;
  functions: number;
}

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

export const auth = getAuth(app);
export const functions = getFunctions(app, FUNCTIONS_REGION);

if (emulatorPorts) {
  connectAuthEmulator(auth, `http://127.0.0.1:${emulatorPorts.auth}`, { disableWarnings: true });
  connectFunctionsEmulator(functions, "127.0.0.1", emulatorPorts.functions);
}
