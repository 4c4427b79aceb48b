import { randomUUID } from "node:crypto";
import { type App, getApps, initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { getFirestore } from "firebase-admin/firestore";
import { PROJECT_IDS } from "../../scripts/lib/emulators";

/** Admin access to the test emulators (host variables come from emulators:exec). */
function adminApp(): App {
  return getApps()[0] ?? initializeApp({ projectId: PROJECT_IDS.test });
}

export const adminAuth = () => getAuth(adminApp());
export const adminDb = () => getFirestore(adminApp());

/** A unique address per test, so journeys never share accounts. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@e2e.test`;
}

export const STRONG_PASSWORD = "correct-horse-42";

/** Out-of-band codes (password reset, verification) the Auth emulator issued for an address. */
export async function oobCodesFor(
  email: string,
): Promise<{ requestType: string; oobLink: string }[]> {
  const host = process.env.FIREBASE_AUTH_EMULATOR_HOST;
  const response = await fetch(`http://${host}/emulator/v1/projects/${PROJECT_IDS.test}/oobCodes`);
  const body = (await response.json()) as {
    oobCodes: { email: string; requestType: string; oobLink: string }[];
  };
  return body.oobCodes.filter((code) => code.email === email);
}
