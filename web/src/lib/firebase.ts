import {
  browserLocalPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
} from "firebase/auth";
import { app, emulatorPorts } from "./firebase-app";

/**
 * The agency app's Firebase: the app, Auth and Functions. Firestore lives in
 * ./firestore.ts so routes that do not need it do not download it; the
 * client's invite page uses ./firebase-functions.ts alone (no Auth).
 */
export { app, emulatorPorts } from "./firebase-app";
export { functions } from "./firebase-functions";

/**
 * Email and password only: no popup or redirect resolver, so the SDK never
 * loads Google's sign-in iframe and scripts (which the Content-Security-Policy
 * does not allow, and nothing here needs).
 */
export const auth = initializeAuth(app, {
  persistence: [browserLocalPersistence, indexedDBLocalPersistence],
});

if (emulatorPorts) {
  connectAuthEmulator(auth, `http://127.0.0.1:${emulatorPorts.auth}`, { disableWarnings: true });
}
