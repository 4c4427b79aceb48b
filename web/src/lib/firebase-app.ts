import { getApp, getApps, initializeApp } from "firebase/app";
import { emulatorPortsFrom, firebaseOptionsFrom } from "./firebase-config";

/**
 * The Firebase app alone (firebase/app). Both entries start here: the agency
 * app adds Auth (./firebase.ts) and Firestore (./firestore.ts); the client's
 * invite page adds only Functions (./firebase-functions.ts).
 */

/** Set by scripts/start.ts and scripts/test.ts (VITE_EMULATORS); null in production builds. */
export const emulatorPorts = emulatorPortsFrom(import.meta.env);

export const app =
  getApps().length > 0
    ? getApp()
    : initializeApp(firebaseOptionsFrom(import.meta.env, emulatorPorts));
