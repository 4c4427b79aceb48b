import { createHash } from "node:crypto";
import type {
  AccessPageModel,
  CompleteConnectionResult,
  StartConnectionResult,
  UnavailablePageDetails,
} from "@portico/domain/access-page-model";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  admin,
  callableError,
  closeWebClients,
  fieldErrors,
  signedInClient,
  signUpAgency,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
  webClient,
} from "../support/emulator-clients";
import { linkTokenOf, sandboxConsent } from "../support/sandbox";

// The client's side of an invite, through the page's callables on the real
// emulators: no account, only the link token.

let owner: WebClient;
let visitor: WebClient;
let agencyId: string;
const accounts: Record<string, string> = {};

const INTAKE_QUESTIONS = [
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

async function createInvite(options: { retainTokens?: boolean; intake?: boolean } = {}) {
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

const serviceOf = async (inviteId: string, serviceId: string) => {
  const invite = await admin().db.doc(paths.invite(agencyId, inviteId)).get();
  return (invite.get("services") as { serviceId: string; [key: string]: unknown }[]).find(
    (service) => service.serviceId === serviceId,
  );
};

/** The whole sign-in round trip for one service, as the page and the sandbox play it. */
async function connect(token: string, serviceId: string) {
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

const sessionCount = async () =>
  (await admin().db.collection("connectorSessions").count().get()).data().count;

beforeAll(async () => {
  const email = `${uniqueMarker("page-owner")}@invite-page.test`;
  ({ agencyId } = await signUpAgency({
    displayName: "Otto Owner",
    agencyName: uniqueMarker("Agency"),
    email,
    password: VALID_PASSWORD,
  }));
  owner = await signedInClient(email, VALID_PASSWORD);
  for (const [key, kind, value] of [
    ["ads", "google-ads-manager", "123-456-7890"],
    ["google", "google-account", "team@agency.test"],
    ["meta", "meta-business", "1234567890123456"],
  ] as const) {
    ({ accountId: accounts[key] } = await owner.call<{ accountId: string }>(
      CALLABLES.saveConnectedAccount,
      { kind, value },
    ));
  }
  await owner.call(CALLABLES.updateIntakeForm, { enabled: true, questions: INTAKE_QUESTIONS });
  visitor = await webClient();
});

afterAll(async () => {
  await closeWebClients();
});

describe("opening the link", () => {
  it("shows the branded page in the client's language and changes nothing", async () => {
    const { token, ref, inviteId } = await createInvite();
    const before = await ref.get();
    const activityBefore = (
      await admin().db.collection(paths.activity(agencyId)).where("inviteId", "==", inviteId).get()
    ).size;
    const sessionsBefore = await sessionCount();

    const page = await visitor.call<AccessPageModel>(CALLABLES.openInvite, { token });
    expect(page.locale).toBe("es");
    expect(page.texts.greeting).toBe("Hola, Ana Cliente:");
    expect(
      page.services.map((service) => [service.serviceId, service.method, service.status]),
    ).toEqual([
      ["google-ads", "oauth", "pending"],
      ["google-search-console", "guided", "pending"],
      ["meta-ad-account", "oauth", "pending"],
    ]);
    // The guided steps name the agency's receiving account.
    expect(page.services[1]?.steps.join(" ")).toContain("team@agency.test");
    expect(page.intake?.questions.map((question) => question.id)).toEqual(
      INTAKE_QUESTIONS.map((q) => q.id),
    );
    // The agency's Spanish words where it gave them; the answer keeps its own option.
    expect(page.intake?.questions[2]).toMatchObject({
      label: "Presupuesto mensual",
      options: ["Under 1k", "1k-10k", "Over 10k"],
      optionLabels: ["Menos de 1k", "1k-10k", "Over 10k"],
    });
    expect(page.services[0]?.levelLabel).toBe("Estándar");

    const dutch = await visitor.call<AccessPageModel>(CALLABLES.openInvite, {
      token,
      locale: "nl",
    });
    expect(dutch.locale).toBe("nl");
    expect(dutch.intake?.questions[2]?.label).toBe("Monthly budget");
    expect(dutch.services[0]?.connectLabel).toBe("Inloggen met Google");

    const after = await ref.get();
    expect(after.updateTime?.toMillis()).toBe(before.updateTime?.toMillis());
    expect(
      (
        await admin()
          .db.collection(paths.activity(agencyId))
          .where("inviteId", "==", inviteId)
          .get()
      ).size,
    ).toBe(activityBefore);
    expect(await sessionCount()).toBe(sessionsBefore);
  });

  it("answers an unknown, tampered or cut-short token and a removed invite with a clear page", async () => {
    const { token, ref } = await createInvite({ intake: false });
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const bad of [tampered, "x".repeat(43), token.slice(0, 20)]) {
      const error = await callableError(
        visitor.call(CALLABLES.openInvite, { token: bad, locale: "es" }),
      );
      expect(error.code).toBe("functions/not-found");
      const details = error.details as UnavailablePageDetails;
      expect(details.unavailable).toMatchObject({
        reason: "invalid",
        title: "Este enlace no es válido",
      });
    }
    // A link nobody can place: the browser's language when the client picked none.
    const unknown = await callableError(
      visitor.call(CALLABLES.openInvite, { token: tampered, fallbackLocale: "nl" }),
    );
    expect((unknown.details as UnavailablePageDetails).unavailable).toMatchObject({
      reason: "invalid",
      locale: "nl",
      title: "Deze link is niet geldig",
      agency: null,
    });
    await ref.delete();
    const removed = await callableError(visitor.call(CALLABLES.openInvite, { token }));
    expect((removed.details as UnavailablePageDetails).unavailable).toMatchObject({
      reason: "removed",
      agency: { name: expect.stringContaining("Agency") },
    });
  });

  it("an expired link says so in the client's language, with the agency's look", async () => {
    const { token } = await createInvite({ intake: false });
    await admin()
      .db.doc(paths.invitationToken(createHash("sha256").update(token).digest("hex")))
      .update({ expiresAt: new Date(Date.now() - 60_000) });
    const expired = await callableError(
      visitor.call(CALLABLES.openInvite, { token, fallbackLocale: "en" }),
    );
    expect(expired.code).toBe("functions/not-found");
    const page = (expired.details as UnavailablePageDetails).unavailable;
    expect(page).toMatchObject({
      reason: "expired",
      locale: "es",
      title: "Este enlace ya no funciona",
      agency: { name: expect.stringContaining("Agency"), primaryColor: expect.any(String) },
    });
    expect(page.body).toContain(page.agency?.name);
  });
});

describe("connecting a service through the sandbox", () => {
  it("grants the agency's account at the requested level, with the feed entry, and keeps no tokens", async () => {
    const { token, inviteId } = await createInvite();
    const { start, callback, completed, state } = await connect(token, "google-ads");
    expect(new URL(start.authorizationUrl).searchParams.get("redirect_uri")).toMatch(
      /\/connect\/callback$/,
    );
    expect(callback.pathname).toBe("/connect/callback");
    expect(completed.accounts.map((account) => account.name)).toEqual([
      "Sandbox Bakery",
      "Sandbox Bakery Outlet",
    ]);

    const page = await visitor.call<AccessPageModel>(CALLABLES.grantService, {
      token,
      state,
      accountId: completed.accounts[0]?.id,
    });
    expect(page.services[0]).toMatchObject({
      status: "granted",
      grantedVia: "connector",
      grantedAccount: "Sandbox Bakery",
    });
    expect(await serviceOf(inviteId, "google-ads")).toMatchObject({
      status: "granted",
      grantedVia: "connector",
      grantedAccount: { name: "Sandbox Bakery" },
      verifiedAt: expect.anything(),
      tokenAccess: null,
    });
    // Without retention the session drops its tokens once the grant is done.
    const session = await admin()
      .db.doc(paths.connectorSession(createHash("sha256").update(state).digest("hex")))
      .get();
    expect(session.get("sealedTokens")).toBeNull();
    await vi.waitFor(
      async () => {
        const feed = await admin()
          .db.collection(paths.activity(agencyId))
          .where("inviteId", "==", inviteId)
          .where("type", "==", "service_granted")
          .get();
        expect(feed.docs.map((doc) => doc.get("serviceId"))).toEqual(["google-ads"]);
      },
      { timeout: 10_000, interval: 150 },
    );
  });

  it("refuses a callback with a state it did not issue for this invite, and writes nothing", async () => {
    const first = await createInvite();
    const second = await createInvite();
    const start = await visitor.call<StartConnectionResult>(CALLABLES.startConnection, {
      token: first.token,
      serviceId: "google-ads",
    });
    const { callback } = await sandboxConsent(start.authorizationUrl);
    const code = callback.searchParams.get("code") ?? "";
    const sessionRef = admin().db.doc(
      paths.connectorSession(createHash("sha256").update(start.state).digest("hex")),
    );
    const before = await sessionRef.get();

    const forged = await callableError(
      visitor.call(CALLABLES.completeConnection, {
        token: first.token,
        state: "a-state-this-server-never-issued-0123456789",
        code,
      }),
    );
    expect(forged.code).toBe("functions/failed-precondition");
    expect(forged.message).toMatch(/no es válido/);
    const otherInvite = await callableError(
      visitor.call(CALLABLES.completeConnection, { token: second.token, state: start.state, code }),
    );
    expect(otherInvite.code).toBe("functions/failed-precondition");
    // A code minted for this state cannot be replayed with a tampered signature.
    const tamperedCode = await callableError(
      visitor.call(CALLABLES.completeConnection, {
        token: first.token,
        state: start.state,
        code: `${code}x`,
      }),
    );
    expect(tamperedCode.code).toBe("functions/failed-precondition");

    const after = await sessionRef.get();
    expect(after.updateTime?.toMillis()).toBe(before.updateTime?.toMillis());
    expect(after.get("stage")).toBe("started");
    expect((await serviceOf(first.inviteId, "google-ads"))?.status).toBe("pending");
  });

  it("refuses an account that was not listed, a second grant, and a service not on the invite", async () => {
    const { token, inviteId } = await createInvite();
    const { completed, state, code } = await connect(token, "google-ads");
    // The same callback again (a reload) answers the same accounts.
    const again = await visitor.call<CompleteConnectionResult>(CALLABLES.completeConnection, {
      token,
      state,
      code,
    });
    expect(again.accounts).toEqual(completed.accounts);

    const unlisted = await callableError(
      visitor.call(CALLABLES.grantService, { token, state, accountId: "someone-elses-account" }),
    );
    expect(unlisted.code).toBe("functions/invalid-argument");
    expect(fieldErrors(unlisted).accountId).toBe("Elige una de las cuentas de la lista.");
    expect((await serviceOf(inviteId, "google-ads"))?.status).toBe("pending");

    await visitor.call(CALLABLES.grantService, {
      token,
      state,
      accountId: completed.accounts[0]?.id,
    });
    const secondStart = await callableError(
      visitor.call(CALLABLES.startConnection, { token, serviceId: "google-ads" }),
    );
    expect(secondStart.code).toBe("functions/failed-precondition");
    const secondConfirm = await callableError(
      visitor.call(CALLABLES.confirmService, { token, serviceId: "google-ads" }),
    );
    expect(secondConfirm.code).toBe("functions/failed-precondition");
    expect(await serviceOf(inviteId, "google-ads")).toMatchObject({ grantedVia: "connector" });

    const notOnInvite = await callableError(
      visitor.call(CALLABLES.startConnection, { token, serviceId: "tiktok-ads" }),
    );
    expect(notOnInvite.code).toBe("functions/invalid-argument");
    expect(fieldErrors(notOnInvite).serviceId).toBe(
      "Este servicio no forma parte de esta solicitud.",
    );
  });

  it("sends the client back without a code when they cancel on the consent screen", async () => {
    const { token } = await createInvite();
    const start = await visitor.call<StartConnectionResult>(CALLABLES.startConnection, {
      token,
      serviceId: "meta-ad-account",
    });
    const { page, callback } = await sandboxConsent(start.authorizationUrl, "deny");
    expect(page).toContain("Sign in with Meta");
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.has("code")).toBe(false);
  });
});

describe("token retention", () => {
  it("keeps the tokens encrypted when the invite asked, and records who reveals them", async () => {
    const { token, inviteId } = await createInvite({ retainTokens: true });
    const { completed, state } = await connect(token, "meta-ad-account");
    await visitor.call(CALLABLES.grantService, {
      token,
      state,
      accountId: completed.accounts[1]?.id,
    });

    const service = await serviceOf(inviteId, "meta-ad-account");
    expect(service?.tokenAccess).toMatchObject({
      platform: "meta",
      scopes: ["meta.meta-ad-account.manage-users"],
      expiresAt: expect.anything(),
    });
    const stored = await admin()
      .db.doc(paths.retainedToken(agencyId, inviteId, "meta-ad-account"))
      .get();
    expect(stored.get("sealed")).toMatch(/^v1\./);
    expect(JSON.stringify(stored.data())).not.toMatch(/sandbox-access-/);

    const revealed = await owner.call<{ accessToken: string; scopes: string[] }>(
      CALLABLES.revealRetainedToken,
      { inviteId, serviceId: "meta-ad-account" },
    );
    expect(revealed.accessToken).toMatch(/^sandbox-access-/);
    const reveals = await stored.ref.collection("reveals").get();
    expect(reveals.docs.map((doc) => doc.get("name"))).toEqual(["Otto Owner"]);
    const feed = await admin()
      .db.collection(paths.activity(agencyId))
      .where("inviteId", "==", inviteId)
      .where("type", "==", "token_revealed")
      .get();
    expect(feed.size).toBe(1);

    // Without a session: no reveal. The anonymous page visitor cannot either.
    const anonymous = await callableError(
      visitor.call(CALLABLES.revealRetainedToken, { inviteId, serviceId: "meta-ad-account" }),
    );
    expect(anonymous.code).toBe("functions/unauthenticated");
    expect((await stored.ref.collection("reveals").get()).size).toBe(1);
  });
});

describe("guided steps and skipping", () => {
  it("records I've done this as granted (client confirmed) until the agency verifies it", async () => {
    const { token, inviteId } = await createInvite();
    const page = await visitor.call<AccessPageModel>(CALLABLES.confirmService, {
      token,
      serviceId: "google-search-console",
    });
    expect(page.services[1]).toMatchObject({ status: "granted", grantedVia: "client_confirmed" });
    expect(await serviceOf(inviteId, "google-search-console")).toMatchObject({
      status: "granted",
      grantedVia: "client_confirmed",
      verifiedAt: null,
    });
    await owner.call(CALLABLES.markServiceVerified, {
      inviteId,
      serviceId: "google-search-console",
    });
    expect(await serviceOf(inviteId, "google-search-console")).toMatchObject({
      verifiedAt: expect.anything(),
      verifiedBy: "Otto Owner",
    });
    // Only client-confirmed grants are verified by hand.
    const pending = await callableError(
      owner.call(CALLABLES.markServiceVerified, { inviteId, serviceId: "google-ads" }),
    );
    expect(pending.code).toBe("functions/failed-precondition");
  });

  it("keeps the client's reason for skipping, and refuses an oversized one", async () => {
    const { token, inviteId } = await createInvite();
    const tooLong = await callableError(
      visitor.call(CALLABLES.skipService, {
        token,
        serviceId: "meta-ad-account",
        reason: "x".repeat(501),
      }),
    );
    expect(fieldErrors(tooLong).reason).toMatch(/500/);
    expect((await serviceOf(inviteId, "meta-ad-account"))?.status).toBe("pending");

    await visitor.call(CALLABLES.skipService, {
      token,
      serviceId: "meta-ad-account",
      reason: "We don't advertise on Meta",
    });
    expect(await serviceOf(inviteId, "meta-ad-account")).toMatchObject({
      status: "skipped",
      skipReason: "We don't advertise on Meta",
    });
  });

  it("a skipped required service keeps the request in progress on the page and the board, and the client can still give it", async () => {
    const { token, inviteId, ref } = await createInvite({ intake: false });
    await visitor.call(CALLABLES.confirmService, { token, serviceId: "google-ads" });
    const skipped = await visitor.call<AccessPageModel>(CALLABLES.skipService, {
      token,
      serviceId: "google-search-console",
      reason: "Not now",
    });
    // The optional Meta service is left waiting; the required one skipped: in progress.
    expect(skipped.status).toBe("in_progress");
    expect(skipped.texts.statusLabel).toBe("En curso");
    await vi.waitFor(async () => expect((await ref.get()).get("status")).toBe("in_progress"), {
      timeout: 10_000,
      interval: 150,
    });
    // Skipped once: it cannot be skipped again, but it can be given.
    const again = await callableError(
      visitor.call(CALLABLES.skipService, {
        token,
        serviceId: "google-search-console",
        reason: "",
      }),
    );
    expect(again.code).toBe("functions/failed-precondition");
    const given = await visitor.call<AccessPageModel>(CALLABLES.confirmService, {
      token,
      serviceId: "google-search-console",
    });
    expect(given.status).toBe("complete");
    expect(await serviceOf(inviteId, "google-search-console")).toMatchObject({
      status: "granted",
      skipReason: null,
    });
    await vi.waitFor(async () => expect((await ref.get()).get("status")).toBe("complete"), {
      timeout: 10_000,
      interval: 150,
    });
  });

  it("applies two simultaneous clicks one after the other: the grant stands either way", async () => {
    const { token, inviteId } = await createInvite();
    const [confirmed, skipped] = await Promise.allSettled([
      visitor.call(CALLABLES.confirmService, { token, serviceId: "google-search-console" }),
      visitor.call(CALLABLES.skipService, {
        token,
        serviceId: "google-search-console",
        reason: "",
      }),
    ]);
    // Skip first: the required service can still be granted. Grant first: the skip is refused.
    expect(confirmed?.status).toBe("fulfilled");
    if (skipped?.status === "rejected") {
      expect((skipped.reason as { code?: string }).code).toBe("functions/failed-precondition");
    }
    expect(await serviceOf(inviteId, "google-search-console")).toMatchObject({
      status: "granted",
      skipReason: null,
    });
  });
});

describe("the intake form", () => {
  it("checks each answer against its question, keeps progress, and needs the required ones to send", async () => {
    const { token, inviteId, clientId } = await createInvite();
    const responseRef = admin().db.doc(paths.intakeResponse(agencyId, clientId, inviteId));

    const wrong = await callableError(
      visitor.call(CALLABLES.saveIntakeAnswers, {
        token,
        answers: { consent: "yes please", budget: "A million", site: "ftp://files", nope: "?" },
      }),
    );
    expect(wrong.code).toBe("functions/invalid-argument");
    expect(fieldErrors(wrong)).toEqual({
      "answers.consent": "Esta pregunta necesita una respuesta.",
      "answers.budget": "Elige una de las opciones.",
      "answers.site": "Escribe una dirección web como acme.com o https://acme.com.",
      "answers.nope": "Esta pregunta no está en el formulario.",
    });
    const oversized = await callableError(
      visitor.call(CALLABLES.saveIntakeAnswers, { token, answers: { goals: "x".repeat(5001) } }),
    );
    expect(fieldErrors(oversized)["answers.goals"]).toMatch(/5000/);
    expect((await responseRef.get()).exists).toBe(false);

    // Progress: a partial set saves as a draft; the invite's intake stays pending.
    await visitor.call(CALLABLES.saveIntakeAnswers, { token, answers: { goals: "More leads" } });
    expect((await responseRef.get()).data()).toMatchObject({
      status: "draft",
      answers: { goals: "More leads" },
    });
    const missing = await callableError(
      visitor.call(CALLABLES.saveIntakeAnswers, {
        token,
        answers: { site: "https://ana.example" },
        submit: true,
      }),
    );
    expect(Object.keys(fieldErrors(missing)).sort()).toEqual(["answers.budget", "answers.consent"]);
    expect((await responseRef.get()).get("answers")).toEqual({ goals: "More leads" });

    const page = await visitor.call<AccessPageModel>(CALLABLES.saveIntakeAnswers, {
      token,
      // A bare domain is a web address, as for a client's website; stored normalised.
      answers: { budget: "1k-10k", consent: true, site: "ana.example" },
      submit: true,
    });
    expect(page.intake?.status).toBe("done");
    expect((await responseRef.get()).data()).toMatchObject({
      status: "submitted",
      answers: {
        goals: "More leads",
        budget: "1k-10k",
        consent: true,
        site: "https://ana.example/",
      },
      questions: expect.arrayContaining([
        { id: "goals", label: "What are your goals?", type: "long_text" },
      ]),
    });
    const resend = await callableError(
      visitor.call(CALLABLES.saveIntakeAnswers, {
        token,
        answers: { goals: "Changed" },
        submit: true,
      }),
    );
    expect(resend.code).toBe("functions/failed-precondition");
  });

  it("completes the invite once the required services are granted and the form is sent", async () => {
    const { token, inviteId, ref } = await createInvite();
    const { completed, state } = await connect(token, "google-ads");
    await visitor.call(CALLABLES.grantService, {
      token,
      state,
      accountId: completed.accounts[0]?.id,
    });
    await visitor.call(CALLABLES.confirmService, { token, serviceId: "google-search-console" });
    await vi.waitFor(async () => expect((await ref.get()).get("status")).toBe("in_progress"), {
      timeout: 10_000,
      interval: 150,
    });
    await visitor.call(CALLABLES.saveIntakeAnswers, {
      token,
      answers: { goals: "Grow", budget: "Over 10k", consent: false },
      submit: true,
    });
    // The optional Meta service is still pending: complete all the same.
    await vi.waitFor(async () => expect((await ref.get()).get("status")).toBe("complete"), {
      timeout: 10_000,
      interval: 150,
    });
    const page = await visitor.call<AccessPageModel>(CALLABLES.openInvite, { token });
    expect(page.status).toBe("complete");
    const closed = await callableError(
      visitor.call(CALLABLES.skipService, { token, serviceId: "meta-ad-account", reason: "" }),
    );
    expect(closed.code).toBe("functions/failed-precondition");
    const feed = await admin()
      .db.collection(paths.activity(agencyId))
      .where("inviteId", "==", inviteId)
      .get();
    expect(feed.docs.map((doc) => doc.get("type")).sort()).toEqual([
      "intake_done",
      "invite_completed",
      "invite_created",
      "service_granted",
      "service_granted",
    ]);
  });
});
