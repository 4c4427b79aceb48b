// One journey file over 300 lines: the client's language and one status across the invite page and the portal, sharing their setup.
import { createHash, randomBytes } from "node:crypto";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import type { Locale } from "@portico/domain/i18n/locales";
import { paths } from "@portico/domain/paths";
import {
  adminDb,
  connectAccounts,
  createAgencyWithOwner,
  createClientRecord,
  createInviteRecord,
  issueInviteLink,
  linkIn,
  mailsTo,
  STRONG_PASSWORD,
  uniqueEmail,
} from "./fixtures";
import { signIn } from "./support";

// What the client reads, in the client's language and with the agency's look:
// one status for a request on the invite page and in the portal, access
// levels, intake questions the agency translated, the pages of links that no
// longer work, portal refusals, and the portal's sign-in on a new browser.

test.describe.configure({ timeout: 180_000 });

const PORTAL_LINK = /http:\/\/127\.0\.0\.1:\d+\/portal\/join\/[A-Za-z0-9_-]{43}/;
/** A callable's first call starts its function cold in the emulator: allow for it. */
const CALLABLE_TIMEOUT = 30_000;

let contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
});

/** A fresh browser (a new device): nothing remembered; `locale` is the browser's language. */
async function newPage(browser: Browser, locale = "en-US"): Promise<Page> {
  const context = await browser.newContext({ locale });
  contexts.push(context);
  return context.newPage();
}

const card = (page: Page, serviceId: string) => page.locator(`[data-service-id="${serviceId}"]`);

const tokenHashOf = (link: string) =>
  createHash("sha256")
    .update(link.split("/").pop()?.split("?")[0] ?? "")
    .digest("hex");

/** An agency whose client (in `language`) has an open request for two required services. */
async function agencyWithRequest(agencyName: string, clientName: string, language: Locale) {
  const agency = await createAgencyWithOwner(agencyName);
  await adminDb().doc(paths.settings(agency.agencyId, "branding")).set({
    displayName: agencyName,
    logoUrl: "",
    primaryColor: "#7c2d12",
    accentColor: "#0f766e",
    replyTo: "",
    showPoweredBy: true,
    updatedAt: new Date(),
  });
  const accounts = await connectAccounts(agency.agencyId);
  const client = { name: clientName, email: uniqueEmail("client"), language };
  const clientId = await createClientRecord(agency.agencyId, { ...client, type: "client" });
  const inviteId = await createInviteRecord(agency.agencyId, {
    clientId,
    client,
    accounts,
    services: [
      { serviceId: "google-search-console", accessLevel: "full", status: "pending" },
      { serviceId: "meta-ad-account", accessLevel: "manage-campaigns", status: "pending" },
    ],
  });
  const link = await issueInviteLink(agency.agencyId, inviteId, clientId);
  return { agency, clientId, client, inviteId, link };
}

/** Send Portal Invitation from the client profile; answers the mailed link. */
async function sendPortalInvitation(owner: Page, email: string): Promise<string> {
  await owner.getByRole("button", { name: "Send Portal Invitation", exact: true }).click();
  const dialog = owner.getByRole("dialog", { name: "Send Portal Invitation" });
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog).toHaveCount(0, { timeout: CALLABLE_TIMEOUT });
  await expect.poll(async () => (await mailsTo(email)).length).toBe(1);
  return linkIn((await mailsTo(email))[0]?.text ?? "", PORTAL_LINK);
}

test("grant one and skip a required one: the invite page and the portal both say In progress, in Spanish, and Continue lets the client give the skipped one", async ({
  browser,
}) => {
  const { agency, clientId, client, link } = await agencyWithRequest(
    "Cobalt Studio",
    "Librería Sol",
    "es",
  );

  // The invite page: levels and the skip link in Spanish.
  const visitor = await newPage(browser);
  await visitor.goto(link);
  await expect(visitor.getByText("Hola, Librería Sol:")).toBeVisible({ timeout: CALLABLE_TIMEOUT });
  await expect(visitor.getByRole("link", { name: "Saltar al contenido" })).toHaveAttribute(
    "href",
    "#main",
  );
  await expect(card(visitor, "meta-ad-account")).toContainText("Gestionar campañas");
  await expect(card(visitor, "google-search-console")).toContainText("Completo");
  await expect(visitor.getByTestId("request-status")).toHaveText(
    "Estado de la solicitud: Sin empezar",
  );

  await card(visitor, "google-search-console")
    .getByRole("button", { name: "Ya lo he hecho" })
    .click();
  await card(visitor, "meta-ad-account").getByRole("button", { name: "Omitir" }).click();
  await visitor.getByRole("dialog").getByRole("button", { name: "Omitir este servicio" }).click();
  await expect(card(visitor, "meta-ad-account")).toHaveAttribute("data-status", "skipped");

  // Not complete: the page says In progress, not "complete", and not thank you.
  await expect(visitor.getByTestId("request-status")).toHaveText(
    "Estado de la solicitud: En curso",
  );
  await expect(visitor.getByText(/aún necesita los servicios que omitiste/)).toBeVisible();
  await expect(visitor.getByRole("heading", { name: "Esta solicitud está completa" })).toHaveCount(
    0,
  );
  await expect(visitor.getByRole("heading", { name: "¡Gracias!" })).toHaveCount(0);
  await visitor.reload();
  await expect(visitor.getByTestId("request-status")).toHaveText(
    "Estado de la solicitud: En curso",
  );
  await expect(visitor.getByRole("heading", { name: "Esta solicitud está completa" })).toHaveCount(
    0,
  );

  // The portal: the same status, in the same words, with Continue.
  const owner = await newPage(browser);
  await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
  const joinLink = await sendPortalInvitation(owner, client.email);
  const portal = await newPage(browser);
  await portal.goto(joinLink);
  await portal.getByLabel("Tu nombre").fill("Lucía");
  await portal.getByLabel("Elige una contraseña").fill(STRONG_PASSWORD);
  await portal.getByRole("button", { name: "Crear mi cuenta" }).click();
  await expect(portal.getByRole("heading", { name: "Hola, Lucía" })).toBeVisible({
    timeout: CALLABLE_TIMEOUT,
  });
  await expect(portal.getByRole("link", { name: "Saltar al contenido" })).toBeAttached();
  const request = portal.locator(".portal-request").first();
  await expect(request).toContainText("En curso");
  await expect(request).toContainText("Omitido");

  // Portal Team: a refusal in Spanish, beside the field.
  await portal.getByRole("link", { name: "Ajustes" }).click();
  await portal.getByLabel("Correo electrónico").fill(client.email);
  await portal.getByRole("button", { name: "Enviar invitación" }).click();
  await expect(portal.getByText("Esta persona ya tiene acceso al portal.")).toBeVisible({
    timeout: CALLABLE_TIMEOUT,
  });
  await expect(portal.getByText("This person already has access to the portal.")).toHaveCount(0);

  // Continue leads to the same page and the same status; the skipped service can still be given.
  await portal.getByRole("link", { name: "Inicio" }).click();
  const continueLink = portal.locator(".portal-request").first().getByRole("link", {
    name: "Continuar",
  });
  await expect(continueLink).toBeVisible({ timeout: CALLABLE_TIMEOUT });
  await continueLink.click();
  await expect(portal.getByTestId("request-status")).toHaveText(
    "Estado de la solicitud: En curso",
    { timeout: CALLABLE_TIMEOUT },
  );
  const skipped = card(portal, "meta-ad-account");
  await skipped.getByText("¿No puedes iniciar sesión? Sigue estos pasos").click();
  await skipped.getByRole("button", { name: "Ya lo he hecho" }).click();
  await expect(portal.getByRole("heading", { name: "¡Gracias!" })).toBeVisible();
  await portal.reload();
  await expect(portal.getByRole("heading", { name: "Esta solicitud está completa" })).toBeVisible();
  await expect(portal.getByTestId("request-status")).toHaveText(
    "Estado de la solicitud: Completada",
  );
  await portal.goto("/portal");
  await expect(portal.getByRole("heading", { name: "Solicitudes completadas" })).toBeVisible();
  await expect(portal.locator(".portal-request").first()).toContainText("Completada");
});

test("links that no longer work are the agency's and in the client's language; an unknown one in the browser's", async ({
  browser,
}) => {
  const { agency, clientId, client, link } = await agencyWithRequest(
    "Tulip Digital",
    "Bakkerij Jansen",
    "nl",
  );

  // The invite link expired: Dutch, under the agency's header.
  await adminDb()
    .doc(paths.invitationToken(tokenHashOf(link)))
    .update({ expiresAt: new Date(Date.now() - 60_000) });
  const visitor = await newPage(browser);
  await visitor.goto(link);
  await expect(visitor.getByRole("heading", { name: "Deze link werkt niet meer" })).toBeVisible({
    timeout: CALLABLE_TIMEOUT,
  });
  await expect(visitor.getByText("Vraag Tulip Digital om een nieuwe link.")).toBeVisible();
  await expect(visitor.locator(".access-page-header")).toContainText("Tulip Digital");
  await expect(visitor.locator("html")).toHaveAttribute("lang", "nl");

  // A link nobody knows, on a Dutch browser: Dutch, unbranded.
  const stranger = await newPage(browser, "nl-NL");
  await stranger.goto(`/i/${randomBytes(32).toString("base64url")}`);
  await expect(stranger.getByRole("heading", { name: "Deze link is niet geldig" })).toBeVisible({
    timeout: CALLABLE_TIMEOUT,
  });
  await expect(stranger.locator(".access-page-header")).toHaveCount(0);

  // A portal invitation link used up (expired here) on a new browser: the agency's, in Dutch.
  const owner = await newPage(browser);
  await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
  const joinLink = await sendPortalInvitation(owner, client.email);
  await adminDb()
    .doc(paths.invitationToken(tokenHashOf(joinLink)))
    .update({ expiresAt: new Date(Date.now() - 60_000) });
  const newDevice = await newPage(browser);
  await newDevice.goto(joinLink);
  await expect(
    newDevice.getByRole("heading", { name: "Deze uitnodigingslink is niet meer geldig" }),
  ).toBeVisible({ timeout: CALLABLE_TIMEOUT });
  await expect(newDevice.locator(".join-brand")).toContainText("Tulip Digital");

  // Its sign-in link: the portal sign-in and forgot password, branded and in Dutch.
  await newDevice.getByRole("link", { name: "Naar inloggen op het portaal" }).click();
  await expect(newDevice.getByRole("heading", { name: "Log in op je portaal" })).toBeVisible();
  await expect(newDevice.locator(".join-brand")).toContainText("Tulip Digital", {
    timeout: CALLABLE_TIMEOUT,
  });
  await newDevice.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expect(
    newDevice.getByRole("heading", { name: "Wachtwoord opnieuw instellen" }),
  ).toBeVisible();
  await expect(newDevice.locator(".join-brand")).toContainText("Tulip Digital", {
    timeout: CALLABLE_TIMEOUT,
  });

  // The portal address alone (as another new browser opens it): the agency's look and default language.
  await adminDb()
    .doc(paths.settings(agency.agencyId, "general"))
    .set({ reminderCooldownHours: 24, portalLinkLifetimeDays: 7, defaultLocale: "nl" });
  const bookmark = await newPage(browser);
  await bookmark.goto(`/portal/sign-in?agency=${agency.agencyId}`);
  await expect(bookmark.getByRole("heading", { name: "Log in op je portaal" })).toBeVisible({
    timeout: CALLABLE_TIMEOUT,
  });
  await expect(bookmark.locator(".join-brand")).toContainText("Tulip Digital");
});

test("intake questions the agency gave in Spanish reach a Spanish client; untranslated ones fall back to the default language", async ({
  browser,
}) => {
  const { agency, clientId, inviteId, link } = await agencyWithRequest(
    "Maple Lab",
    "Café Luna",
    "es",
  );
  const owner = await newPage(browser);
  await signIn(owner, agency.email, agency.password, "/settings/intake-form");
  await owner.getByLabel("Intake form enabled").check();
  await owner.getByRole("button", { name: "Add question" }).click();
  const first = owner.getByRole("group", { name: "Question 1" });
  await first.getByLabel("Question", { exact: true }).fill("Monthly budget");
  await first.getByLabel("Type").selectOption("single_choice");
  await first.getByRole("button", { name: "Add option" }).click();
  await first.getByLabel("Option 1", { exact: true }).fill("Under $1k");
  await first.getByRole("button", { name: "Add option" }).click();
  await first.getByLabel("Option 2", { exact: true }).fill("$1k or more");
  await first.getByText("In Español and Nederlands").click();
  await first.getByLabel("Question (Español)").fill("Presupuesto mensual");
  await first.getByLabel("Option 1 (Español)").fill("Menos de 1k $");
  await owner.getByRole("button", { name: "Add question" }).click();
  await owner
    .getByRole("group", { name: "Question 2" })
    .getByLabel("Question", { exact: true })
    .fill("Your website");
  await owner.getByRole("button", { name: "Save intake form" }).click();
  await expect(owner.getByText("Intake form saved").first()).toBeVisible({
    timeout: CALLABLE_TIMEOUT,
  });

  // The settings preview in Spanish.
  const preview = owner.getByRole("region", { name: "Preview" });
  await preview.getByLabel("Preview in").selectOption("es");
  await expect(preview.getByText("Presupuesto mensual")).toBeVisible();
  await expect(preview.getByRole("radio", { name: "Menos de 1k $" })).toBeVisible();
  await expect(preview.getByRole("radio", { name: "$1k or more" })).toBeVisible();

  // The client's page: the Spanish words; the answer keeps the agency's option.
  await adminDb()
    .doc(paths.invite(agency.agencyId, inviteId))
    .update({ intake: { requested: true, status: "pending" } });
  const visitor = await newPage(browser);
  await visitor.goto(link);
  await expect(visitor.getByText("Presupuesto mensual")).toBeVisible({ timeout: CALLABLE_TIMEOUT });
  await expect(visitor.getByText("Your website")).toBeVisible();
  await visitor.getByRole("radio", { name: "Menos de 1k $" }).check();
  await expect
    .poll(
      async () =>
        (
          await adminDb()
            .doc(paths.intakeResponse(agency.agencyId, clientId, inviteId))
            .get()
        ).get("answers"),
      { timeout: CALLABLE_TIMEOUT },
    )
    .toMatchObject({ [await questionId(agency.agencyId, 0)]: "Under $1k" });
});

async function questionId(agencyId: string, index: number): Promise<string> {
  const form = await adminDb().doc(paths.settings(agencyId, "intakeForm")).get();
  return (form.get("questions") as { id: string }[])[index]?.id ?? "";
}
