import { getApps, initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { getFirestore } from "firebase-admin/firestore";

/** One Admin app per runtime instance (reused when a script or test already made one). */
const adminApp = getApps()[0] ?? initializeApp();
export const db = getFirestore(adminApp);
export const auth = getAuth(adminApp);
