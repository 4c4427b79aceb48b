/**
 * The invite tests' shared agency: an owner with a Google Ads manager account
 * and a Google account connected, and Spanish-speaking clients to invite.
 * Each file calls invitesAgencyForThisFile() once.
 */
import { CALLABLES } from "@portico/domain/config";
import { afterAll, beforeAll } from "vitest";
import { newAgencyOwner, saveAccount } from "./agencies";
import { closeWebClients, uniqueMarker, type WebClient } from "./emulator-clients";

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
    ({ agencyId, owner } = await newAgencyOwner("invites-owner", { displayName: "Ivy Owner" }));
    mccId = await saveAccount(owner, "google-ads-manager", "123-456-7890");
    googleId = await saveAccount(owner, "google-account", "team@agency.test");
  });

  afterAll(async () => {
    await closeWebClients();
  });
}
