import { connectAuthEmulator, getAuth } from "firebase/auth";
import { app, emulatorPorts } from "./firebase-app";

/**
 * The agency app's Firebase: the app, Auth and Functions. Firestore lives in
 * ./firestore.ts so routes that do not need it do not download it; the
 * client's invite page uses ./firebase-functions.ts alone (no Auth).
 */
export { app, emulatorPorts } from "./firebase-app";
export { functions } from "./firebase-functions";

export const auth = getAuth(app);

if (emulatorPorts) {
  connectAuthEmulator(auth, `http://127.0.0.1:${emulatorPorts.auth}`, { disableWarnings: true });
}
