import { connectFirestoreEmulator, getFirestore } from "firebase/firestore";
import { app, emulatorPorts } from "./firebase";

export const db = getFirestore(app);

if (emulatorPorts) {
  connectFirestoreEmulator(db, "127.0.0.1", emulatorPorts.firestore);
}
