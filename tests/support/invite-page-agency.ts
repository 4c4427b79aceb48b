/**
 * The invite page tests' shared agency and steps: an invite with three services
 * and an intake form, read through its link token, and a sandbox sign-in round
 * trip. Each file calls invitePageAgencyForThisFile() once.
 */
import type {
  CompleteConnectionResult,
  StartConnectionResult,
} from "@portico/domain/access-page-model";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { afterAll, beforeAll } from "vitest";
import { newAgencyOwner, saveAccount } from "./agencies";
import {
  admin,
  closeWebClients,
  uniqueMarker,
  type WebClient,
  webClient,
} from "./emulator-clients";
import { linkTokenOf, sandboxConsent } from "./sandbox";

// Set by invitePageAgencyForThisFile's beforeAll; read as live bindings by the test files.
export let owner: WebClient;
export let visitor: WebClient;
export let agencyId: string;
export const accounts: Record<string, string> = {};

export const INTAKE_QUESTIONS = [
  { id: "goals", type: "long_text", label: "What are your goals?", required: true },
  { id: "site", type: "url", label: "Your website", required: false },
  {
    id: "budget",
    type: "single_choice",
    label: "Monthly budget",
    required: true,
    options: ["Under 1k", "1k-10k", "Over 10k"],
    // Spanish given; Dutch left to the agency's default language.
    translations: { es: { label: "Presupuesto mensual", options: ["Menos de 1k"] } },
  },
  { id: "consent", type: "yes_no", label: "May we contact you?", required: true },
];

export async function createInvite(options: { retainTokens?: boolean; intake?: boolean } = {}) {
  const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Ana Cliente",
    email: `${uniqueMarker("ana")}@client.test`,
    type: "client",
    language: "es",
  });
  const { inviteId, url } = await owner.call<{ inviteId: string; url: string }>(
    CALLABLES.createInvite,
    {
      clientId,
      services: [
        { serviceId: "google-ads", accessLevel: "standard", connectedAccountId: accounts.ads },
        {
          serviceId: "google-search-console",
          accessLevel: "full",
          connectedAccountId: accounts.google,
        },
        {
          serviceId: "meta-ad-account",
          accessLevel: "view-performance",
          connectedAccountId: accounts.meta,
          optional: true,
        },
      ],
      intakeForm: options.intake ?? true,
      retainTokens: options.retainTokens ?? false,
      sendEmail: false,
    },
  );
  return {
    clientId,
    inviteId,
    token: linkTokenOf(url),
    ref: admin().db.doc(paths.invite(agencyId, inviteId)),
  };
}

export const serviceOf = async (inviteId: string, serviceId: string) => {
  const invite = await admin().db.doc(paths.invite(agencyId, inviteId)).get();
  return (invite.get("services") as { serviceId: string; [key: string]: unknown }[]).find(
    (service) => service.serviceId === serviceId,
  );
};

/** The whole sign-in round trip for one service, as the page and the sandbox play it. */
export async function connect(token: string, serviceId: string) {
  const start = await visitor.call<StartConnectionResult>(CALLABLES.startConnection, {
    token,
    serviceId,
  });
  const { callback } = await sandboxConsent(start.authorizationUrl);
  const code = callback.searchParams.get("code") ?? "";
  const state = callback.searchParams.get("state") ?? "";
  const completed = await visitor.call<CompleteConnectionResult>(CALLABLES.completeConnection, {
    token,
    state,
    code,
  });
  return { start, callback, code, state, completed };
}

/** Sign-in sessions started for one invite (other files start theirs at the same time). */
export const sessionCount = async (invitePath: string) =>
  (
    await admin()
      .db.collection("connectorSessions")
      .where("invitePath", "==", invitePath)
      .count()
      .get()
  ).data().count;

/**
 * One agency for the calling test file: three connected accounts (Google Ads
 * manager, Google account, Meta business), an intake form, and a visitor with
 * no account, as the client opening the link.
 */
export function invitePageAgencyForThisFile() {
  beforeAll(async () => {
    ({ agencyId, owner } = await newAgencyOwner("page-owner", { displayName: "Otto Owner" }));
    for (const [key, kind, value] of [
      ["ads", "google-ads-manager", "123-456-7890"],
      ["google", "google-account", "team@agency.test"],
      ["meta", "meta-business", "1234567890123456"],
    ] as const) {
      accounts[key] = await saveAccount(owner, kind, value);
    }
    await owner.call(CALLABLES.updateIntakeForm, { enabled: true, questions: INTAKE_QUESTIONS });
    visitor = await webClient();
  });

  afterAll(async () => {
    await closeWebClients();
  });
}
