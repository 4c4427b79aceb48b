/// <reference lib="dom" />
/**
 * The raw floor of the board benchmark, bundled into a bare page: the Firebase
 * SDK alone (no React, no app) listening to one invite and writing one field
 * into the DOM. Served by the Hosting emulator beside the app (same address
 * space as the app, which Chromium's local-network checks require), and
 * configured by a JSON `config` query parameter.
 */
import { initializeApp } from "firebase/app";
import {
  connectAuthEmulator,
  initializeAuth,
  inMemoryPersistence,
  signInWithEmailAndPassword,
} from "firebase/auth";
import { connectFirestoreEmulator, doc, getFirestore, onSnapshot } from "firebase/firestore";

interface RawListenerConfig {
  projectId: string;
  authPort: number;
  firestorePort: number;
  email: string;
  password: string;
  path: string;
}
const scope = window as unknown as { rawReady?: boolean };
const config = JSON.parse(
  new URLSearchParams(location.search).get("config") ?? "{}",
) as RawListenerConfig;
const app = initializeApp({ projectId: config.projectId, apiKey: "demo-api-key" });
const auth = initializeAuth(app, { persistence: inMemoryPersistence });
connectAuthEmulator(auth, `http://127.0.0.1:${config.authPort}`, { disableWarnings: true });
const db = getFirestore(app);
connectFirestoreEmulator(db, "127.0.0.1", config.firestorePort);
const output = document.getElementById("value") as HTMLElement;

await signInWithEmailAndPassword(auth, config.email, config.password);
onSnapshot(doc(db, config.path), (snapshot) => {
  output.textContent = String(snapshot.get("benchMarker") ?? "");
  scope.rawReady = true;
});
