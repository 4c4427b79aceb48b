import { initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { getFirestore } from "firebase-admin/firestore";

/** One Admin app per runtime instance. */
export const adminApp = initializeApp();
export const db = getFirestore(adminApp);
export const auth = getAuth(adminApp);
