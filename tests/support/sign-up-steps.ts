/**
 * The sign-up tests' steps: valid marked sign-up data, the callable's raw
 * answer, and the new workspace found through the owner's claims.
 */
import { CALLABLES } from "@portico/domain/config";
import { expect } from "vitest";
import { admin, VALID_PASSWORD, webClient } from "./emulator-clients";

export interface SignUpData {
  displayName: string;
  agencyName: string;
  email: string;
  password: string;
}

/** Valid sign-up data, every value marked so the test can find what it created. */
export function validSignUp(marker: string): SignUpData {
  return {
    displayName: `Dana ${marker}`,
    agencyName: `Agency ${marker}`,
    email: `${marker}@example.com`,
    password: VALID_PASSWORD,
  };
}

/** The raw answer: the same for every address. */
export async function signUpAnswer(data: unknown): Promise<unknown> {
  const client = await webClient();
  return client.call(CALLABLES.signUp, data);
}

/** Signs up and finds the new workspace through the owner's claims. */
export async function signUp(data: unknown): Promise<{ agencyId: string }> {
  expect(await signUpAnswer(data)).toEqual({ checkInbox: true });
  const email = String((data as { email: string }).email)
    .trim()
    .toLowerCase();
  const claims = (await admin().auth.getUserByEmail(email)).customClaims ?? {};
  return { agencyId: String(claims.agencyId) };
}
