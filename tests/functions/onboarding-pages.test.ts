// One journey file over 300 lines: every rule of access pages (the agency's callables, the public page, its abuse limits) against one agency.
/**
 * Access pages (onboarding pages): the agency's callables (who may change a
 * page, the slug's uniqueness, Create Invite's checks) and the public page's
 * (views, the visitor's submission and what it creates, and its abuse limits).
 */
import { createHash } from "node:crypto";
import { localAppCheckToken } from "@portico/domain/app-check";
import { CALLABLES, FUNCTIONS_REGION } from "@portico/domain/config";
import { ONBOARDING_DAILY_CLIENT_CAP } from "@portico/domain/onboarding-pages/page";
import { paths } from "@portico/domain/paths";
import { RATE_LIMITS, rateWindow } from "@portico/domain/rate-limits";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { signedInTeammate } from "../support/agencies";
import {
  admin,
  callableError,
  fieldErrors,
  PROJECT_ID,
  runningEmulators,
  uniqueMarker,
  type WebClient,
  webClient,
} from "../support/emulator-clients";
import { agencyId, googleAds, invitesAgencyForThisFile, owner } from "../support/invites-agency";
import { mailsTo } from "../support/mail-inbox";

invitesAgencyForThisFile();

let visitor: WebClient;
beforeAll(async () => {
  visitor = await webClient();
});

const db = () => admin().db;

async function createPage(overrides: Record<string, unknown> = {}) {
  const slug = uniqueMarker("start").toLowerCase();
  const { pageId } = await owner.call<{ pageId: string }>(CALLABLES.createOnboardingPage, {
    name: "Website CTA",
    slug,
    services: [googleAds()],
    clientType: "client",
    defaultLanguage: "en",
    ...overrides,
  });
  return { pageId, slug };
}

const details = (email: string, extra: Record<string, unknown> = {}) => ({
  name: "Dana Visitor",
  company: "Dana Bakes",
  email,
  website: "danabakes.example",
  ...extra,
});

function submit(slug: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return visitor.call<{ token: string; url: string }>(CALLABLES.submitOnboardingPage, {
    agencyId,
    slug,
    details: data,
    ...extra,
  });
}

async function clientsWithEmail(email: string) {
  return db().collection(paths.clients(agencyId)).where("email", "==", email).get();
}

async function stats(pageId: string) {
  return (await db().doc(paths.onboardingPageStats(agencyId, pageId)).get()).data() ?? {};
}

describe("the agency's access pages", () => {
  it("refuses what Create Invite refuses, a taken or malformed address, and viewers", async () => {
    const { slug } = await createPage();
    const taken = await callableError(
      owner.call(CALLABLES.createOnboardingPage, {
        name: "Copy",
        slug,
        services: [googleAds()],
        clientType: "client",
        defaultLanguage: "en",
      }),
    );
    expect(fieldErrors(taken)).toEqual({ slug: "Another access page already uses this address." });

    const bad = await callableError(
      owner.call(CALLABLES.createOnboardingPage, {
        name: "",
        slug: "Has Spaces!",
        services: [],
        clientType: "client",
        defaultLanguage: "en",
      }),
    );
    expect(fieldErrors(bad)).toMatchObject({
      name: "Name the page.",
      slug: "Use lowercase letters, numbers and hyphens, starting and ending with a letter or number.",
      services: "Choose at least one service.",
    });

    const prospect = await callableError(
      owner.call(CALLABLES.createOnboardingPage, {
        name: "Audit",
        slug: uniqueMarker("audit"),
        services: [
          googleAds("admin"),
          {
            serviceId: "meta-ad-account",
            accessLevel: "view-performance",
            connectedAccountId: "x1",
          },
        ],
        clientType: "prospect",
        defaultLanguage: "en",
      }),
    );
    expect(fieldErrors(prospect)).toEqual({
      "services.0.accessLevel": "Prospects can only be asked for read-only access to Google Ads.",
      "services.1.connectedAccountId":
        "Connect an agency account for Meta ad account first (Settings → Connected accounts).",
    });

    const viewer = await signedInTeammate(agencyId, "viewer");
    const refused = await callableError(
      viewer.call(CALLABLES.createOnboardingPage, {
        name: "Viewer page",
        slug: uniqueMarker("viewer"),
        services: [googleAds()],
        clientType: "client",
        defaultLanguage: "en",
      }),
    );
    expect(refused.code).toBe("functions/permission-denied");
  });

  it("gives one address to one page when two claim it at once", async () => {
    const slug = uniqueMarker("race");
    const member = await signedInTeammate(agencyId, "member");
    const attempt = (client: WebClient, name: string) =>
      client.call(CALLABLES.createOnboardingPage, {
        name,
        slug,
        services: [googleAds()],
        clientType: "client",
        defaultLanguage: "en",
      });
    const results = await Promise.allSettled([attempt(owner, "One"), attempt(member, "Two")]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const holders = await db()
      .collection(paths.onboardingPages(agencyId))
      .where("slug", "==", slug)
      .get();
    expect(holders.size).toBe(1);
  });

  it("moves the address when renamed and frees it on delete", async () => {
    const { pageId, slug } = await createPage();
    const moved = `${slug}-new`;
    await owner.call(CALLABLES.updateOnboardingPage, {
      pageId,
      name: "Renamed",
      slug: moved,
      services: [googleAds()],
      clientType: "client",
      defaultLanguage: "es",
    });
    expect((await db().doc(paths.onboardingSlug(agencyId, slug)).get()).exists).toBe(false);
    expect((await db().doc(paths.onboardingSlug(agencyId, moved)).get()).data()).toEqual({
      pageId,
    });
    await owner.call(CALLABLES.deleteOnboardingPage, { pageId });
    expect((await db().doc(paths.onboardingSlug(agencyId, moved)).get()).exists).toBe(false);
    const gone = await callableError(
      visitor.call(CALLABLES.openOnboardingPage, { agencyId, slug: moved }),
    );
    expect(gone.code).toBe("functions/not-found");
    expect(gone.details).toMatchObject({ onboardingUnavailable: { reason: "gone" } });
  });
});

describe("the public page", () => {
  it("counts a view per opening, in the browser's language; a paused page shows its message", async () => {
    const { pageId, slug } = await createPage();
    const page = await visitor.call<{ locale: string; texts: Record<string, string> }>(
      CALLABLES.openOnboardingPage,
      { agencyId, slug, browserLanguages: ["es-ES", "en"] },
    );
    expect(page.locale).toBe("es");
    expect(page.texts.submit).toBe("Continuar");
    await visitor.call(CALLABLES.openOnboardingPage, {
      agencyId,
      slug,
      locale: "nl",
      countView: false,
    });
    expect(await stats(pageId)).toMatchObject({ views: 1 });

    await owner.call(CALLABLES.pauseOnboardingPage, { pageId, paused: true });
    const paused = await callableError(
      visitor.call(CALLABLES.openOnboardingPage, { agencyId, slug, browserLanguages: ["nl"] }),
    );
    expect(paused.code).toBe("functions/not-found");
    expect(paused.details).toMatchObject({
      onboardingUnavailable: { reason: "paused", locale: "nl", title: "Deze pagina is gepauzeerd" },
    });
    const refused = await callableError(submit(slug, details(`${uniqueMarker("p")}@v.test`)));
    expect(refused.code).toBe("functions/not-found");
  });

  it("answers bad details in the visitor's language beside each field, and creates nothing", async () => {
    const { slug } = await createPage({ termsUrl: "https://agency.example/terms" });
    const error = await callableError(
      submit(slug, { name: "", email: "not-an-email", website: "not a site" }, { locale: "es" }),
    );
    expect(error.code).toBe("functions/invalid-argument");
    expect(fieldErrors(error)).toEqual({
      name: "Escribe tu nombre.",
      email: "Escribe un correo válido, como nombre@ejemplo.com.",
      website: "Escribe un sitio web como acme.com o https://acme.com.",
    });
    const email = `${uniqueMarker("terms")}@visitor.test`;
    const terms = await callableError(submit(slug, details(email), { locale: "es" }));
    expect(fieldErrors(terms)).toEqual({ acceptTerms: "Acepta las condiciones para continuar." });
    expect((await clientsWithEmail(email)).size).toBe(0);
  });

  it("refuses the agency's own staff by email", async () => {
    const { slug } = await createPage();
    const staffEmail = owner.auth.currentUser?.email ?? "";
    const error = await callableError(submit(slug, details(staffEmail)));
    expect(Object.keys(fieldErrors(error))).toEqual(["email"]);
    expect((await clientsWithEmail(staffEmail)).size).toBe(0);
  });

  it("refuses a filled honeypot without writing anything", async () => {
    const { pageId, slug } = await createPage();
    const email = `${uniqueMarker("bot")}@visitor.test`;
    const error = await callableError(submit(slug, details(email, { fax: "+1 555 0100" })));
    expect(error.code).toBe("functions/failed-precondition");
    expect((await clientsWithEmail(email)).size).toBe(0);
    expect(await stats(pageId)).toEqual({});
    const mails = await db().collection(paths.mails()).where("to", "==", email).get();
    expect(mails.size).toBe(0);
  });

  it("creates the client and an invite from the template, mails the link, and reuses the client", async () => {
    const { pageId, slug } = await createPage({ defaultLanguage: "es" });
    const email = `${uniqueMarker("dana")}@visitor.test`;
    const first = await submit(slug, details(email), { ref: "crm-4711" });
    expect(first.url).toBe(`/i/${first.token}?lang=es`);

    const clients = await clientsWithEmail(email);
    expect(clients.size).toBe(1);
    const client = clients.docs[0];
    expect(client?.data()).toMatchObject({
      name: "Dana Visitor",
      company: "Dana Bakes",
      type: "client",
      language: "es",
      metadata: { ref: "crm-4711" },
      onboarding: { pageId, pageName: "Website CTA", ref: "crm-4711" },
    });
    const invites = await db()
      .collection(paths.invites(agencyId))
      .where("clientId", "==", client?.id)
      .get();
    expect(invites.docs.map((doc) => doc.data().onboardingPage)).toEqual([
      { pageId, name: "Website CTA" },
    ]);
    // The link opens the same grant flow as an invite's.
    const opened = await visitor.call<{ clientName: string }>(CALLABLES.openInvite, {
      token: first.token,
    });
    expect(opened.clientName).toBe("Dana Visitor");
    // Queued with the invite; delivered by the outbox (its first run starts a worker: slow under load).
    expect((await db().collection(paths.mails()).where("to", "==", email).get()).size).toBe(1);
    await vi.waitFor(async () => expect(await mailsTo(email)).toHaveLength(1), { timeout: 60_000 });

    // The same email again: the same client (the answer says nothing of it), a second invite.
    const second = await submit(slug, details(email, { name: "Dana V." }));
    expect(second.token).not.toBe(first.token);
    expect((await clientsWithEmail(email)).size).toBe(1);
    expect(await stats(pageId)).toMatchObject({ started: 2, clientsCreated: 1 });

    // Completing the invite completes the page's funnel.
    await visitor.call(CALLABLES.confirmService, { token: first.token, serviceId: "google-ads" });
    await vi.waitFor(async () => expect(await stats(pageId)).toMatchObject({ completed: 1 }));
    const feed = await db()
      .collection(paths.activity(agencyId))
      .where("type", "==", "invite_created_by_page")
      .where("clientId", "==", client?.id)
      .get();
    expect(feed.docs[0]?.data()).toMatchObject({ pageName: "Website CTA" });
  });

  it("reuses a client the agency made by hand without showing the visitor anything of it", async () => {
    const { slug } = await createPage();
    const email = `${uniqueMarker("known")}@visitor.test`;
    const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Secret Holdings",
      email,
      type: "client",
      language: "en",
    });
    const { token } = await submit(slug, details(email, { name: "Eve" }));
    const opened = await visitor.call<{ clientName: string }>(CALLABLES.openInvite, { token });
    expect(opened.clientName).toBe("Eve");
    const clients = await clientsWithEmail(email);
    expect(clients.docs.map((doc) => doc.id)).toEqual([clientId]);
    expect(clients.docs[0]?.data().name).toBe("Secret Holdings");
  });

  it("makes one client when the same email is submitted many times at once", async () => {
    const { slug } = await createPage();
    const email = `${uniqueMarker("twice")}@visitor.test`;
    const results = await Promise.allSettled(
      Array.from({ length: 3 }, () => submit(slug, details(email))),
    );
    expect(results.filter((result) => result.status === "fulfilled").length).toBeGreaterThan(0);
    expect((await clientsWithEmail(email)).size).toBe(1);
  });
});

describe("abuse limits", () => {
  /** The rate-limit counter functions keep for `name` and `subject` now (functions/src/rateLimit.ts). */
  function counterPath(name: keyof typeof RATE_LIMITS, subject: string) {
    const window = rateWindow(RATE_LIMITS[name], Date.now());
    const id = createHash("sha256")
      .update(`${name}\u0000${subject}\u0000${window.start}`)
      .digest("hex");
    return { path: paths.rateLimit(id), end: window.end };
  }

  it("stops a page's submissions past its limit with resource-exhausted", async () => {
    const { slug } = await createPage();
    const limit = RATE_LIMITS.onboardingSubmitPerPage.limit;
    const counter = counterPath("onboardingSubmitPerPage", `${agencyId}/${slug}`.toLowerCase());
    // A window already full (as `limit` earlier submissions left it).
    await db()
      .doc(counter.path)
      .set({ name: "onboardingSubmitPerPage", count: limit, expiresAt: new Date(counter.end) });
    const email = `${uniqueMarker("late")}@visitor.test`;
    const error = await callableError(submit(slug, details(email)));
    expect(error.code).toBe("functions/resource-exhausted");
    expect((await clientsWithEmail(email)).size).toBe(0);
  });

  it("stops one caller address past its limit, not another", async () => {
    const { slug } = await createPage();
    const { functions } = await runningEmulators();
    const post = (address: string) =>
      fetch(
        `http://${functions.host}:${functions.port}/${PROJECT_ID}/${FUNCTIONS_REGION}/${CALLABLES.submitOnboardingPage}`,
        {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "X-Firebase-AppCheck": localAppCheckToken().token,
            "X-Forwarded-For": address,
          },
          // Bad details: counted, refused, nothing written.
          body: JSON.stringify({ data: { agencyId, slug, details: { name: "" } } }),
        },
      ).then(async (response) => ((await response.json()) as { error?: { status: string } }).error);
    const limit = RATE_LIMITS.onboardingSubmitPerIp.limit;
    const answers: string[] = [];
    for (let i = 0; i <= limit; i++) answers.push((await post("203.0.113.91"))?.status ?? "OK");
    expect(answers.slice(0, limit)).not.toContain("RESOURCE_EXHAUSTED");
    expect(answers[limit]).toBe("RESOURCE_EXHAUSTED");
    expect((await post("198.51.100.91"))?.status).toBe("INVALID_ARGUMENT");
  });

  it("stops new clients past the agency's daily cap, tells the agency once, and still serves known ones", async () => {
    const { slug } = await createPage();
    const known = `${uniqueMarker("known")}@visitor.test`;
    await submit(slug, details(known));
    const day = new Date().toISOString().slice(0, 10);
    await db()
      .doc(paths.onboardingCap(agencyId, day))
      .set({
        agencyId,
        day,
        count: ONBOARDING_DAILY_CLIENT_CAP,
        notifiedAt: null,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
    const email = `${uniqueMarker("capped")}@visitor.test`;
    const error = await callableError(submit(slug, details(email)));
    expect(error.code).toBe("functions/resource-exhausted");
    expect((await clientsWithEmail(email)).size).toBe(0);
    await callableError(submit(slug, details(`${uniqueMarker("capped")}@visitor.test`)));
    const told = await db()
      .collection(paths.activity(agencyId))
      .where("type", "==", "onboarding_cap_reached")
      .get();
    expect(told.size).toBe(1);
    const ownerEmail = owner.auth.currentUser?.email ?? "";
    await vi.waitFor(
      async () =>
        expect(
          (await mailsTo(ownerEmail)).filter((mail) => /today's limit/.test(mail.subject)),
        ).toHaveLength(1),
      { timeout: 60_000 },
    );
    // A client the agency already has is not a new one: the page still serves them.
    await expect(submit(slug, details(known))).resolves.toMatchObject({
      token: expect.any(String),
    });
  });
});
