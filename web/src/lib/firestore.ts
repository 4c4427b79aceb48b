import {
  clearIndexedDbPersistence,
  connectFirestoreEmulator,
  type Firestore,
  initializeFirestore,
  persistentLocalCache,
  persistentMultipleTabManager,
  terminate,
} from "firebase/firestore";
import { app, emulatorPorts } from "./firebase";

/**
 * Firestore with its cache in IndexedDB: a page opened again shows the
 * signed-in user's documents from the cache the moment the session is
 * restored, and the server's answer follows live. The cache is that user's
 * alone: the session deletes it at sign-out and before another user's
 * session could read it (lib/firestore-cache.ts). Where IndexedDB is missing
 * the SDK keeps its cache in memory.
 */
function startFirestore(): Firestore {
  const instance = initializeFirestore(app, {
    localCache: persistentLocalCache({ tabManager: persistentMultipleTabManager() }),
  });
  if (emulatorPorts) connectFirestoreEmulator(instance, "127.0.0.1", emulatorPorts.firestore);
  return instance;
}

/** A live binding: replaced by a fresh instance when the cache is deleted. */
export let db = startFirestore();

/**
 * Stops Firestore, deletes its cache and starts a fresh, empty instance in
 * its place (queries made with the old one stop with an error; the pages
 * that made them are leaving). Another tab that still holds the cache open
 * keeps it until its own session ends, which it does at the same sign-out.
 */
export async function deleteCache(): Promise<void> {
  const ended = db;
  await terminate(ended);
  await clearIndexedDbPersistence(ended).catch(() => undefined);
  db = startFirestore();
}
