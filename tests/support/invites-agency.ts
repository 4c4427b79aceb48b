/**
 * The invite tests' shared agency: an owner with a Google Ads manager account
 * and a Google account connected, and Spanish-speaking clients to invite.
 * Each file calls invitesAgencyForThisFile() once.
 */
import { CALLABLES } from "@portico/domain/config";
import { afterAll, beforeAll } from "vitest";
import {
  closeWebClients,
  signedInClient,
  signUpAgency,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
} from "./emulator-clients";

// Set by invitesAgencyForThisFile's hooks; read as live bindings by the test files.
export let owner: WebClient;
export let agencyId: string;
export let mccId: string;
export let googleId: string;

export async function newClient(
  type: "client" | "prospect" = "client",
  email = `${uniqueMarker("client")}@invites.test`,
) {
  const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Ana Client",
    email,
    type,
    language: "es",
  });
  return { clientId, email };
}

export const googleAds = (accessLevel = "standard") => ({
  serviceId: "google-ads",
  accessLevel,
  connectedAccountId: mccId,
});

/** One agency for the calling test file. */
export function invitesAgencyForThisFile() {
  beforeAll(async () => {
    const email = `${uniqueMarker("invites-owner")}@invites.test`;
    ({ agencyId } = await signUpAgency({
      displayName: "Ivy Owner",
      agencyName: uniqueMarker("Agency"),
      email,
      password: VALID_PASSWORD,
    }));
    owner = await signedInClient(email, VALID_PASSWORD);
    ({ accountId: mccId } = await owner.call<{ accountId: string }>(
      CALLABLES.saveConnectedAccount,
      {
        kind: "google-ads-manager",
        value: "123-456-7890",
      },
    ));
    ({ accountId: googleId } = await owner.call<{ accountId: string }>(
      CALLABLES.saveConnectedAccount,
      {
        kind: "google-account",
        value: "team@agency.test",
      },
    ));
  });

  afterAll(async () => {
    await closeWebClients();
  });
}
