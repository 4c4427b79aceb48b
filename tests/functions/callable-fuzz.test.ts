// One thing, over 300 lines: one sweep of every callable, with the plausible input each needs to reach its checks.
/**
 * Malformed input across every callable: each answer is a clean refusal
 * (never `internal`, never a success) and nothing is written. Inputs are
 * generated from the shared schemas: one field of a plausible input replaced
 * by a hostile value (IDs with `/`, `.`, `..`, `__x__`, huge and wrongly typed
 * values), kept only when the schema itself refuses it, plus payloads the
 * callable protocol's decoder cannot take.
 */

import { localAppCheckToken } from "@portico/domain/app-check";
import { callables } from "@portico/domain/callables/index";
import { CALLABLES, FUNCTIONS_REGION } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import type { DocumentReference, Timestamp } from "firebase-admin/firestore";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import {
  admin,
  closeWebClients,
  PROJECT_ID,
  runningEmulators,
  signedInClient,
  signUpAgency,
  uniqueMarker,
  VALID_PASSWORD,
} from "../support/emulator-clients";

type Name = keyof typeof CALLABLES;

/** Each callable's input schema, from its contract. */
const SCHEMAS = new Map<Name, z.ZodType>(
  Object.values(callables).map((contract) => [contract.name, contract.input]),
);

const HOSTILE_VALUES: unknown[] = [
  "",
  "a/b",
  "C1/portalInvitations/x",
  ".",
  "..",
  "__x__",
  "a\u0000b",
  "x".repeat(1501),
  "x".repeat(100_001),
  42,
  true,
  null,
  [],
  { nested: { deeper: ["x"] } },
];

/** Whole payloads the SDK's decoder would choke on, for every callable. */
const PROTOCOL_ATTACKS: string[] = [
  '{"data":{"@type":"type.googleapis.com/x.Unknown","value":"1"}}',
  '{"data":{"id":{"@type":"type.googleapis.com/google.protobuf.Int64Value","value":"NaN"}}}',
  `{"data":{"x":${'{"a":'.repeat(5000)}1${"}".repeat(5000)}}}`,
  '{"data":{"__proto__":{"role":"owner"}}}',
  `{"data":${"[".repeat(40)}${"]".repeat(40)}}`,
];

const TOKEN = "q7Xc2Jm9VbT4nRw8sLp1Kd6Hf3Gz0Ya5Ue_Ni-OtQrS";
const service = {
  serviceId: "google-ads",
  accessLevel: "standard",
  connectedAccountId: "AccountA1",
  optional: false,
};
/** Plausible inputs, so one hostile field reaches as deep as it can. */
const PLAUSIBLE: Partial<Record<Name, Record<string, unknown>>> = {
  signUp: {
    displayName: "Fuzz",
    agencyName: "Fuzz",
    email: "f@fuzz.test",
    password: VALID_PASSWORD,
  },
  createClient: {
    name: "Fuzz",
    email: "c@fuzz.test",
    type: "client",
    language: "en",
    timeZone: "Europe/Amsterdam",
  },
  updateClient: {
    clientId: "ClientA1",
    name: "Fuzz",
    email: "c@fuzz.test",
    type: "client",
    language: "en",
    timeZone: "Europe/Amsterdam",
  },
  createInvite: { clientId: "ClientA1", services: [service] },
  editInvite: { inviteId: "InviteA1", services: [service] },
  addCc: { inviteId: "InviteA1", email: "cc@fuzz.test" },
  markServiceVerified: { inviteId: "InviteA1", serviceId: "google-ads" },
  revealRetainedToken: { inviteId: "InviteA1", serviceId: "google-ads" },
  removePortalUser: { clientId: "ClientA1", uid: "UserA1" },
  changeMemberRole: { uid: "UserA1", role: "member" },
  inviteTeammate: { email: "t@fuzz.test", role: "member" },
  saveConnectedAccount: { accountId: "AccountA1", kind: "google-ads-manager", value: "1234567890" },
  acceptPortalInvitation: { token: TOKEN, displayName: "Fuzz", password: VALID_PASSWORD },
  acceptTeamInvitation: { token: TOKEN, displayName: "Fuzz", password: VALID_PASSWORD },
  openInvite: { token: TOKEN },
  startConnection: { token: TOKEN, serviceId: "google-ads" },
  confirmService: { token: TOKEN, serviceId: "google-ads" },
  skipService: { token: TOKEN, serviceId: "google-ads" },
  completeConnection: { token: TOKEN, state: "s".repeat(20), code: "code" },
  grantService: { token: TOKEN, state: "s".repeat(20), accountId: "acc" },
  saveIntakeAnswers: { token: TOKEN, answers: {} },
  createAgentConnection: { clientId: "ClientA1", platform: "vapi", label: "Front desk" },
  rotateConnectionSecret: { clientId: "ClientA1", connectionId: "ConnectionA1" },
  setAgentConnectionStatus: {
    clientId: "ClientA1",
    connectionId: "ConnectionA1",
    status: "active",
  },
  recountClientCallDays: { clientId: "ClientA1" },
  subscribeCalendly: {
    clientId: "ClientA1",
    personalAccessToken: "eyJraWQiOiJmYWtlLXRva2VuLTAwMDEi",
  },
  setBillingPlan: {
    clientId: "ClientA1",
    monthlyFeeMinor: 4900,
    includedMinutes: 300,
    perMinuteMinor: 25,
    currency: "EUR",
    billingDay: 1,
  },
  setPortalSections: { clientId: "ClientA1", hidden: ["billing"] },
  clientBillingUsage: { clientId: "ClientA1" },
  setDigestPreference: { weeklyDigest: false },
  unsubscribeDigest: { token: TOKEN },
  saveFaqs: {
    clientId: "ClientA1",
    baseVersion: 0,
    faqs: [{ id: "faq1", question: "Is there parking?", answer: "Yes." }],
  },
  saveAgentSettings: { clientId: "ClientA1", baseVersion: 0, changes: { greeting: "Hello!" } },
  setAgentFieldAccess: { clientId: "ClientA1", access: null },
  retryAgentSync: { clientId: "ClientA1" },
  dismissFaqSuggestion: { clientId: "ClientA1", suggestionId: "CallA1" },
  listAgentVoices: { clientId: "ClientA1" },
  // The REST API's keys.
  createApiKey: { name: "Zapier", scopes: ["clients:read"] },
  revokeApiKey: { keyId: "KeyA1" },
  // Outgoing webhooks (Settings -> Webhooks).
  createWebhookEndpoint: {
    url: "https://crm.example.com/hooks",
    description: "CRM",
    events: ["client.created"],
  },
  updateWebhookEndpoint: {
    endpointId: "EndpointA1",
    url: "https://crm.example.com/hooks",
    description: "CRM",
    events: ["client.created"],
    enabled: true,
  },
  deleteWebhookEndpoint: { endpointId: "EndpointA1" },
  revealWebhookSecret: { endpointId: "EndpointA1" },
  rotateWebhookSecret: { endpointId: "EndpointA1" },
  replayWebhookDelivery: {
    endpointId: "EndpointA1",
    eventId: "evt_0123456789abcdef0123456789abcdef",
  },
  sendTestWebhook: { endpointId: "EndpointA1" },
  // Access pages (onboarding pages)
  createOnboardingPage: {
    name: "Fuzz",
    slug: "fuzz",
    services: [service],
    clientType: "client",
    defaultLanguage: "en",
  },
  updateOnboardingPage: {
    pageId: "PageA1",
    name: "Fuzz",
    slug: "fuzz",
    services: [service],
    clientType: "client",
    defaultLanguage: "en",
  },
  pauseOnboardingPage: { pageId: "PageA1", paused: true },
  deleteOnboardingPage: { pageId: "PageA1" },
  openOnboardingPage: { agencyId: "AgencyA1", slug: "fuzz" },
  submitOnboardingPage: {
    agencyId: "AgencyA1",
    slug: "fuzz",
    details: { name: "Fuzz", email: "v@fuzz.test" },
  },
};

function shapeKeys(schema: z.ZodType): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Every malformed payload for one callable (JSON bodies as the SDK sends them). */
function payloadsFor(name: Name): string[] {
  const schema = SCHEMAS.get(name);
  const bodies = [...PROTOCOL_ATTACKS];
  if (!schema) return bodies;
  const base = PLAUSIBLE[name] ?? {};
  const candidates: unknown[] = [42, "text", true, [], ["x"]];
  for (const key of new Set([...shapeKeys(schema), ...Object.keys(base)])) {
    for (const value of HOSTILE_VALUES) candidates.push({ ...base, [key]: value });
  }
  for (const data of candidates) {
    if (!schema.safeParse(data).success) bodies.push(JSON.stringify({ data }));
  }
  return bodies;
}

const CLEAN = new Set([
  "INVALID_ARGUMENT",
  "UNAUTHENTICATED",
  "PERMISSION_DENIED",
  "NOT_FOUND",
  "FAILED_PRECONDITION",
  "RESOURCE_EXHAUSTED",
]);

let ownerToken: string;
let agencyId: string;
let started: number;

beforeAll(async () => {
  const email = `${uniqueMarker("fuzz-owner")}@fuzz.test`;
  ({ agencyId } = await signUpAgency({
    displayName: "Fuzz Owner",
    agencyName: uniqueMarker("Fuzz Agency"),
    email,
    password: VALID_PASSWORD,
  }));
  const owner = await signedInClient(email, VALID_PASSWORD);
  ownerToken = (await owner.auth.currentUser?.getIdToken(true)) ?? "";
  // The new workspace's own trigger writes its public branding: let it land
  // before counting what the malformed calls write.
  const publicBranding = admin().db.doc(paths.publicBranding(agencyId));
  // A trigger on a busy machine can lag by tens of seconds (the hook allows 90).
  await vi.waitFor(async () => expect((await publicBranding.get()).exists).toBe(true), {
    timeout: 80_000,
    interval: 250,
  });
  started = Date.now();
});

afterAll(async () => {
  await closeWebClients();
});

async function send(name: string, body: string): Promise<{ status: number; code: string }> {
  const { functions } = await runningEmulators();
  const response = await fetch(
    `http://${functions.host}:${functions.port}/${PROJECT_ID}/${FUNCTIONS_REGION}/${name}`,
    {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "X-Firebase-AppCheck": localAppCheckToken().token,
        authorization: `Bearer ${ownerToken}`,
      },
      body,
    },
  );
  const answer = (await response.json()) as { error?: { status?: string } };
  return { status: response.status, code: answer.error?.status ?? "OK" };
}

/** Documents under `ref` (and its subcollections) written after `since`. */
async function writtenSince(ref: DocumentReference, since: number): Promise<string[]> {
  const written: string[] = [];
  for (const collection of await ref.listCollections()) {
    for (const doc of (await collection.get()).docs) {
      if ((doc.updateTime as Timestamp).toMillis() >= since) written.push(doc.ref.path);
      written.push(...(await writtenSince(doc.ref, since)));
    }
  }
  return written;
}

describe("malformed input to every callable", () => {
  it("answers at least 1,000 malformed inputs with clean refusals and writes nothing", {
    timeout: 600_000,
  }, async () => {
    const callables = (Object.keys(CALLABLES) as Name[]).map((name) => ({
      name: CALLABLES[name],
      bodies: payloadsFor(name),
    }));
    expect(callables.reduce((sum, { bodies }) => sum + bodies.length, 0)).toBeGreaterThanOrEqual(
      1000,
    );

    const unclean: string[] = [];
    // Lanes take whole callables, so no two requests ever wait on one function:
    // the Functions emulator starts a worker per concurrent request to a function.
    const lane = async () => {
      for (let callable = callables.shift(); callable; callable = callables.shift()) {
        for (const body of callable.bodies) {
          const { status, code } = await send(callable.name, body);
          if (status === 200 || !CLEAN.has(code)) {
            unclean.push(`${callable.name} ${status} ${code}: ${body.slice(0, 160)}`);
          }
        }
      }
    };
    await Promise.all(Array.from({ length: 2 }, lane));

    expect(unclean).toEqual([]);
    const { db } = admin();
    expect(await writtenSince(db.doc(paths.agency(agencyId)), started)).toEqual([]);
    const outbox = await db.collection(paths.mails()).where("agencyId", "==", agencyId).get();
    const newMail = outbox.docs.filter((doc) => doc.createTime.toMillis() >= started);
    expect(newMail.map((doc) => doc.id)).toEqual([]);
  });
});
