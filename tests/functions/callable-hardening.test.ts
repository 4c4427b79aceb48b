/**
 * What every callable does before its own logic: App Check, the screen of
 * the raw data, document IDs checked before they become paths, and rate
 * limits on what anyone can call without an account.
 */
import { localAppCheckToken } from "@portico/domain/app-check";
import { CALLABLES, FUNCTIONS_REGION } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  admin,
  callableError,
  closeWebClients,
  fieldErrors,
  PROJECT_ID,
  runningEmulators,
  signedInClient,
  signUpAgency,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
} from "../support/emulator-clients";

let owner: WebClient;
let agencyId: string;

beforeAll(async () => {
  const email = `${uniqueMarker("hardening-owner")}@hardening.test`;
  ({ agencyId } = await signUpAgency({
    displayName: "Hana Owner",
    agencyName: uniqueMarker("Hardening Agency"),
    email,
    password: VALID_PASSWORD,
  }));
  owner = await signedInClient(email, VALID_PASSWORD);
});

afterAll(async () => {
  await closeWebClients();
});

interface RawAnswer {
  status: number;
  body: { result?: unknown; error?: { status: string; message: string; details?: unknown } };
}

/** A callable request as the SDK sends it, with only the headers given. */
async function rawCall(
  name: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const { functions } = await runningEmulators();
  const response = await fetch(
    `http://${functions.host}:${functions.port}/${PROJECT_ID}/${FUNCTIONS_REGION}/${name}`,
    { method: "POST", headers: { "content-type": "application/json", ...headers }, body },
  );
  return { status: response.status, body: (await response.json()) as RawAnswer["body"] };
}

const appCheck = () => ({ "X-Firebase-AppCheck": localAppCheckToken().token });
const randomToken = () =>
  Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");

describe("App Check", () => {
  it("refuses a callable called without an App Check token, before reading anything", async () => {
    const answer = await rawCall(
      CALLABLES.describePortalInvitation,
      JSON.stringify({ data: { token: randomToken() } }),
    );
    expect(answer.status).toBe(401);
    expect(answer.body.error?.status).toBe("UNAUTHENTICATED");
  });

  it("answers the invite page's first read without a token, and refuses its actions", async () => {
    const token = randomToken();
    // invite.html asks for the page before App Check has loaded: a read, rate limited like the rest.
    const opened = await rawCall(CALLABLES.openInvite, JSON.stringify({ data: { token } }));
    expect(opened.body.error?.status).toBe("NOT_FOUND");
    const granted = await rawCall(
      CALLABLES.grantService,
      JSON.stringify({ data: { token, serviceId: "google-ads" } }),
    );
    expect(granted.status).toBe(401);
    expect(granted.body.error?.status).toBe("UNAUTHENTICATED");
  });

  it("lets the same call through with the app's token", async () => {
    const answer = await rawCall(
      CALLABLES.describePortalInvitation,
      JSON.stringify({ data: { token: randomToken() } }),
      appCheck(),
    );
    expect(answer.body.error?.status).not.toBe("UNAUTHENTICATED");
    expect(answer.body.error?.status).not.toBe("INTERNAL");
  });
});

describe("the raw data screen", () => {
  const deep = `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`;
  const cases: [string, string][] = [
    ["an unknown @type", '{"data":{"token":{"@type":"type.googleapis.com/x.Y","value":"1"}}}'],
    [
      "a long that is NaN",
      '{"data":{"clientId":{"@type":"type.googleapis.com/google.protobuf.Int64Value","value":"NaN"}}}',
    ],
    ["5,000 levels of nesting", `{"data":${deep}}`],
    ["a __proto__ key", '{"data":{"__proto__":{"isAdmin":true},"clientId":"x"}}'],
  ];

  it.each(cases)("answers %s with invalid-argument, never internal", async (_, body) => {
    const answer = await rawCall(CALLABLES.openInvite, body, appCheck());
    expect(answer.status).toBe(400);
    expect(answer.body.error?.status).toBe("INVALID_ARGUMENT");
  });
});

describe("document IDs from callers", () => {
  it("refuses a client ID that reaches into a portal invitation, and the invitation keeps its address", async () => {
    const contact = `${uniqueMarker("contact")}@hardening.test`;
    const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Nadia Nested",
      email: contact,
      type: "client",
      language: "en",
    });
    const { invitationId } = await owner.call<{ invitationId: string }>(
      CALLABLES.sendPortalInvitation,
      { clientId },
    );
    const invitationPath = paths.portalInvitation(agencyId, clientId, invitationId);
    const addressOf = async () => (await admin().db.doc(invitationPath).get()).get("email");
    expect(await addressOf()).toBe(contact);

    const error = await callableError(
      owner.call(CALLABLES.updateClient, {
        clientId: `${clientId}/portalInvitations/${invitationId}`,
        name: "Attacker",
        email: "attacker@evil.test",
        type: "client",
        language: "en",
      }),
    );

    expect(error.code).toBe("functions/invalid-argument");
    expect(fieldErrors(error)).toHaveProperty("clientId");
    expect(await addressOf()).toBe(contact);
    expect((await admin().db.doc(paths.client(agencyId, clientId)).get()).get("name")).toBe(
      "Nadia Nested",
    );
  });

  it.each(["..", ".", "__x__", "a/b", "x".repeat(200)])(
    "answers the ID %j with invalid-argument in every kind of call",
    { timeout: 120_000 },
    async (id) => {
      const calls = [
        () => owner.call(CALLABLES.deleteClient, { clientId: id }),
        () => owner.call(CALLABLES.sendReminder, { inviteId: id }),
        () => owner.call(CALLABLES.removeConnectedAccount, { accountId: id }),
        () => owner.call(CALLABLES.cancelTeamInvitation, { invitationId: id }),
        () => owner.call(CALLABLES.removeMember, { uid: id }),
        () => owner.call(CALLABLES.removePortalUser, { clientId: id, uid: id }),
      ];
      for (const call of calls) {
        const error = await callableError(call());
        expect(error.code).toBe("functions/invalid-argument");
      }
    },
  );
});

describe("rate limits on anonymous calls", () => {
  it("stops accepting an invitation after 30 tries on one link", async () => {
    const token = randomToken();
    const attempt = () =>
      rawCall(
        CALLABLES.acceptPortalInvitation,
        JSON.stringify({ data: { token, displayName: "Mallory", password: VALID_PASSWORD } }),
        appCheck(),
      );
    const answers: string[] = [];
    for (let i = 0; i < 31; i++) answers.push((await attempt()).body.error?.status ?? "OK");
    expect(answers.slice(0, 30)).not.toContain("RESOURCE_EXHAUSTED");
    expect(answers[30]).toBe("RESOURCE_EXHAUSTED");
  });

  it("stops one address from signing up over and over, saying when to try again", async () => {
    const email = `${uniqueMarker("repeat")}@hardening.test`;
    const signUp = () =>
      rawCall(
        CALLABLES.signUp,
        JSON.stringify({
          data: {
            displayName: "Rita",
            agencyName: uniqueMarker("Rita"),
            email,
            password: VALID_PASSWORD,
          },
        }),
        appCheck(),
      );
    const answers: RawAnswer[] = [];
    for (let i = 0; i < 4; i++) answers.push(await signUp());
    expect(answers[0]?.status).toBe(200);
    expect(answers[3]?.body.error?.status).toBe("RESOURCE_EXHAUSTED");
    const details = answers[3]?.body.error?.details as { retryAt?: string };
    expect(Date.parse(details.retryAt ?? "")).toBeGreaterThan(Date.now());
  });

  it("counts per caller address: one address is stopped, another still gets through", async () => {
    const fromA = { ...appCheck(), "X-Forwarded-For": "203.0.113.77" };
    const fromB = { ...appCheck(), "X-Forwarded-For": "198.51.100.23" };
    const accept = (headers: Record<string, string>) =>
      rawCall(
        CALLABLES.acceptTeamInvitation,
        JSON.stringify({ data: { token: randomToken() } }),
        headers,
      );
    const answers: string[] = [];
    for (let i = 0; i < 31; i++) answers.push((await accept(fromA)).body.error?.status ?? "OK");
    expect(answers.slice(0, 30)).not.toContain("RESOURCE_EXHAUSTED");
    expect(answers[30]).toBe("RESOURCE_EXHAUSTED");
    expect((await accept(fromB)).body.error?.status).not.toBe("RESOURCE_EXHAUSTED");
  });
});
