// One thing, over 300 lines: the portal's own team page and address, each group sharing one portal's setup.
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import {
  adminDb,
  createAgencyWithOwner,
  createClientRecord,
  linkIn,
  mailsTo,
  STRONG_PASSWORD,
  uniqueEmail,
} from "./fixtures";
import { CALLABLE_TIMEOUT, closePagesAfterEachTest, newPage, PORTAL_LINK } from "./portal-steps";
import { signIn } from "./support";

closePagesAfterEachTest();

/** The `count`th portal invitation link mailed to `address` (the welcome mail is not one). */
async function portalLinkMailed(address: string, count: number): Promise<string> {
  const links = async () =>
    (await mailsTo(address)).filter((mail) => PORTAL_LINK.test(mail.text)).map((m) => m.text);
  await expect.poll(async () => (await links()).length, { timeout: CALLABLE_TIMEOUT }).toBe(count);
  return linkIn((await links())[count - 1] ?? "", PORTAL_LINK);
}

async function sendInvitation(owner: Page, button: string) {
  await owner.getByRole("button", { name: button, exact: true }).click();
  const dialog = owner.getByRole("dialog", { name: button });
  await dialog.getByRole("button", { name: /^(Send|Resend) invitation$/ }).click();
  await expect(dialog).toHaveCount(0, { timeout: CALLABLE_TIMEOUT });
}

/** Opens a portal link, checks what the join page says, and creates the account. */
async function join(page: Page, link: string, heading: string, intro: string, name: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  await expect(page.getByText(intro)).toBeVisible();
  await page.locator("input[autocomplete=name]").fill(name);
  await page.locator("input[autocomplete=new-password]").fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: /Create my account|Crear mi cuenta/ }).click();
  await expect(page).toHaveURL(/\/portal$/, { timeout: CALLABLE_TIMEOUT });
}

/** Pages that live across a serial group's tests: closed by the group, not after each test. */
function groupPages() {
  const contexts: BrowserContext[] = [];
  return {
    async open(browser: Browser): Promise<Page> {
      const context = await browser.newContext();
      contexts.push(context);
      return context.newPage();
    },
    close: () => Promise.all(contexts.map((context) => context.close())),
  };
}

// One portal, joined once, then its team managed step by step (each step needs the one before).
test.describe
  .serial("The client's own team page", () => {
    const pages = groupPages();
    const client = { name: "Oak Dental", email: uniqueEmail("client") };
    let owner: Page;
    let contact: Page;
    let matePage: Page;
    const teammate = uniqueEmail("mate");
    const invite = async (email: string) => {
      await contact.getByLabel("Email address").fill(email);
      await contact.getByRole("button", { name: "Send invitation" }).click();
    };
    const pending = () => contact.getByRole("table", { name: "Pending invitations" });
    const people = () => contact.getByRole("table", { name: "Portal users" });

    test.beforeAll(async ({ browser }, testInfo) => {
      // Many callables, each cold on its first call.
      testInfo.setTimeout(120_000);
      const agency = await createAgencyWithOwner("Birch Studio");
      const clientId = await createClientRecord(agency.agencyId, {
        ...client,
        type: "client",
        language: "en",
      });
      owner = await pages.open(browser);
      await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
      await sendInvitation(owner, "Send Portal Invitation");
      contact = await pages.open(browser);
      await join(
        contact,
        await portalLinkMailed(client.email, 1),
        "Join the Oak Dental portal",
        `Birch Studio invited ${client.email} to the client portal of Oak Dental.`,
        "Olive Oak",
      );
      await contact.getByRole("link", { name: "Settings", exact: true }).click();
      await expect(contact).toHaveTitle("Team · Birch Studio");
    });

    test.afterAll(() => pages.close());

    test("a pending address is not invited twice; Resend mails a new link and Cancel ends it", async ({
      browser,
    }) => {
      test.setTimeout(120_000);
      const mate = uniqueEmail("mate");
      await invite(mate);
      await expect(pending().getByRole("row", { name: new RegExp(mate) })).toBeVisible({
        timeout: CALLABLE_TIMEOUT,
      });
      await invite(mate);
      await expect(
        contact.getByText("This address already has a pending invitation. Resend it instead."),
      ).toBeVisible({ timeout: CALLABLE_TIMEOUT });
      const first = await portalLinkMailed(mate, 1);
      await pending()
        .getByRole("button", { name: `Resend: ${mate}` })
        .click();
      await expect(contact.getByText(`Invitation resent to ${mate}`, { exact: true })).toBeVisible({
        timeout: CALLABLE_TIMEOUT,
      });
      expect(await portalLinkMailed(mate, 2)).not.toBe(first);
      // The resent invitation replaces the first one: one row, as the client sees it.
      await expect(pending().getByRole("row", { name: new RegExp(mate) })).toHaveCount(1);
      await pending()
        .getByRole("button", { name: `Cancel invitation: ${mate}` })
        .click();
      await expect(
        contact.getByText(`Invitation to ${mate} cancelled`, { exact: true }),
      ).toBeVisible({ timeout: CALLABLE_TIMEOUT });
      await expect(pending()).toHaveCount(0);
      // The cancelled link no longer works.
      const stranger = await pages.open(browser);
      await stranger.goto(await portalLinkMailed(mate, 2));
      await expect(
        stranger.getByRole("heading", { name: "This invitation link is no longer valid" }),
      ).toBeVisible();
    });

    test("a teammate joins by the contact's invitation; only a contact removes a contact; a removed teammate is signed out and can be invited again", async ({
      browser,
    }) => {
      test.setTimeout(120_000);
      await invite(teammate);
      matePage = await pages.open(browser);
      await join(
        matePage,
        await portalLinkMailed(teammate, 1),
        "Join the Oak Dental portal",
        `Olive Oak invited ${teammate} to the Oak Dental client portal from Birch Studio.`,
        "Mia Mate",
      );
      await matePage.goto("/portal/settings/team");
      const mateView = matePage.getByRole("table", { name: "Portal users" });
      await expect(mateView.getByRole("row", { name: /Olive Oak/ })).toContainText("(contact)");
      await expect(
        mateView.getByRole("row", { name: /Olive Oak/ }).getByRole("button"),
      ).toHaveCount(0);

      await people().getByRole("button", { name: "Remove: Mia Mate" }).click();
      await contact
        .getByRole("dialog", { name: "Remove Mia Mate from the portal?" })
        .getByRole("button", { name: "Remove from portal" })
        .click();
      await expect(people().getByRole("row", { name: /Mia Mate/ })).toContainText("Removed", {
        timeout: CALLABLE_TIMEOUT,
      });
      await expect(matePage.getByText("Your access to this portal was removed.")).toBeVisible({
        timeout: CALLABLE_TIMEOUT,
      });

      await people().getByRole("button", { name: "Invite again: Mia Mate" }).click();
      await join(
        matePage,
        await portalLinkMailed(teammate, 2),
        "Join the Oak Dental portal",
        `Olive Oak invited ${teammate} to the Oak Dental client portal from Birch Studio.`,
        "Mia Mate",
      );
      await expect(people().getByRole("row", { name: /Mia Mate/ })).toContainText("Active");
    });

    test("after a revoke and a new invitation only the contact comes back, and the agency restores the teammate", async () => {
      test.setTimeout(120_000);
      await owner.getByRole("button", { name: "Revoke Portal Access" }).click();
      await owner
        .getByRole("dialog", { name: "Revoke portal access for Oak Dental?" })
        .getByRole("button", { name: "Revoke Portal Access" })
        .click();
      await expect(owner.locator(".page-header").getByText("Revoked")).toBeVisible({
        timeout: CALLABLE_TIMEOUT,
      });
      await owner.getByRole("button", { name: "Send Portal Invitation", exact: true }).click();
      await expect(
        owner
          .getByRole("dialog", { name: "Send Portal Invitation" })
          .getByText(/teammates who lost access with the revoke stay revoked/),
      ).toBeVisible();
      await owner
        .getByRole("dialog", { name: "Send Portal Invitation" })
        .getByRole("button", { name: "Send invitation" })
        .click();
      await join(
        contact,
        await portalLinkMailed(client.email, 2),
        "Join the Oak Dental portal",
        `Birch Studio invited ${client.email} to the client portal of Oak Dental.`,
        "Olive Oak",
      );
      await contact.goto("/portal/settings/team");
      await expect(contact.getByTestId("revoked-teammates")).toContainText(
        "the teammates marked Revoked don't",
      );
      await expect(people().getByRole("row", { name: /Mia Mate/ })).toContainText("Revoked");

      // The agency sees it too, and restores her.
      const agencyTeam = owner.getByRole("table", { name: "Portal users" });
      await expect(owner.getByTestId("revoked-portal-users")).toContainText("1 person");
      await agencyTeam.getByRole("button", { name: "Restore access: Mia Mate" }).click();
      await expect(agencyTeam.getByRole("row", { name: /Mia Mate/ })).toContainText("Active", {
        timeout: CALLABLE_TIMEOUT,
      });
      await expect(people().getByRole("row", { name: /Mia Mate/ })).toContainText("Active");
      await expect(contact.getByTestId("revoked-teammates")).toHaveCount(0);
    });
  });

// One agency's portal address, joined once by a Spanish-speaking client, then used step by step.
test.describe
  .serial("Each agency's portal address", () => {
    const pages = groupPages();
    const client = { name: "Sol Ruiz", email: uniqueEmail("client") };
    let agencyId: string;
    let page: Page;
    let portalUrl: string;
    const address = () => `/portal/a/${agencyId}`;

    test.beforeAll(async ({ browser }, testInfo) => {
      testInfo.setTimeout(120_000);
      const agency = await createAgencyWithOwner("Cedar Works");
      agencyId = agency.agencyId;
      await adminDb()
        .doc(paths.settings(agency.agencyId, "branding"))
        .update({ primaryColor: "#0f766e", replyTo: "hello@cedar.test" });
      const clientId = await createClientRecord(agency.agencyId, {
        ...client,
        company: "Panadería Sol",
        type: "client",
        language: "es",
      });
      const owner = await pages.open(browser);
      await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
      await sendInvitation(owner, "Send Portal Invitation");
      page = await pages.open(browser);
      await join(
        page,
        await portalLinkMailed(client.email, 1),
        "Únete al portal de Panadería Sol",
        `Cedar Works ha invitado a ${client.email} al portal de cliente de Panadería Sol.`,
        "Sol Ruiz",
      );
    });

    test.afterAll(() => pages.close());

    test("the portal names the agency in the client's language, and the welcome mail gives its address once", async () => {
      await expect(page).toHaveTitle("Inicio · Cedar Works");
      await expect(page.getByTestId("portal-contact")).toHaveText(
        "¿Preguntas? Contacta con Cedar Works: hello@cedar.test",
      );
      await expect
        .poll(
          async () =>
            (await mailsTo(client.email)).filter((m) => m.text.includes(address())).length,
          { timeout: CALLABLE_TIMEOUT },
        )
        .toBe(1);
      const welcome = (await mailsTo(client.email)).find((m) => m.text.includes(address()));
      expect(welcome?.subject).toBe("Te damos la bienvenida al portal de Panadería Sol");
      portalUrl = linkIn(welcome?.text ?? "", /http\S+\/portal\/a\/[A-Za-z0-9_-]+/);
    });

    test("Profile shows the same address, saves the name and changes the password after checking the current one", async () => {
      test.setTimeout(60_000);
      await page.getByRole("link", { name: "Ajustes" }).click();
      await page.getByRole("link", { name: "Perfil" }).click();
      await expect(page).toHaveTitle("Perfil · Cedar Works");
      await expect(page.getByTestId("portal-address")).toHaveText(portalUrl);
      await page.getByLabel("Tu nombre").fill("Sol María Ruiz");
      await page.getByRole("button", { name: "Guardar", exact: true }).click();
      await expect(page.getByText("Tu nombre se ha guardado.", { exact: true })).toBeVisible({
        timeout: CALLABLE_TIMEOUT,
      });
      await page.getByLabel("Contraseña actual").fill("not-my-password-1");
      await page.getByLabel("Contraseña nueva").fill("a-new-password-7");
      await page.getByRole("button", { name: "Cambiar contraseña" }).click();
      await expect(page.getByText("Esa no es tu contraseña actual.")).toBeVisible();
      await page.getByLabel("Contraseña actual").fill(STRONG_PASSWORD);
      await page.getByRole("button", { name: "Cambiar contraseña" }).click();
      await expect(page.getByText("Tu contraseña se ha cambiado.", { exact: true })).toBeVisible();
    });

    test("an address the portal doesn't have is its own not-found page; signing out returns to the agency's address", async () => {
      await page.goto("/portal/settings/nothing-here");
      await expect(page.getByRole("heading", { name: "Página no encontrada" })).toBeVisible();
      await page.getByRole("link", { name: "Ir a tu portal" }).click();
      await expect(page).toHaveURL(/\/portal$/);
      await page.getByRole("button", { name: "Cerrar sesión" }).click();
      await expect(page).toHaveURL(new RegExp(`${address()}$`));
      await expect(
        page.getByRole("heading", { name: "Inicia sesión en el portal de Cedar Works" }),
      ).toBeVisible();
    });

    test("a new browser sees the address branded before sign-in and signs in with the new password", async ({
      browser,
    }) => {
      test.setTimeout(60_000);
      const fresh = await pages.open(browser);
      await fresh.goto(portalUrl);
      await expect(
        fresh.getByRole("heading", { name: "Sign in to the Cedar Works portal" }),
      ).toBeVisible();
      await expect(fresh).toHaveTitle("Sign in to the Cedar Works portal · Cedar Works");
      await expect(fresh.locator(".join-brand")).toHaveCSS("background-color", "rgb(15, 118, 110)");
      await fresh.getByLabel("Email").fill(client.email);
      await fresh.getByLabel("Password").fill("a-new-password-7");
      await fresh.getByRole("button", { name: "Sign in" }).click();
      await expect(fresh).toHaveURL(/\/portal$/, { timeout: CALLABLE_TIMEOUT });
      await expect(fresh.getByRole("heading", { name: /Sol María Ruiz/ })).toBeVisible();
    });
  });

test("a portal address of an agency nobody has says so", async ({ browser }) => {
  const lost = await newPage(browser);
  await lost.goto("/portal/a/noSuchAgency");
  await expect(
    lost.getByRole("heading", { name: "This portal address isn't known" }),
  ).toBeVisible();
});

test("a client cannot take over another client's onboarding: inviting that client's contact reads like any invitation, and the other client still joins its own portal", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const agency = await createAgencyWithOwner("Cedar Studio");
  const clientA = { name: "Oak Dental", email: uniqueEmail("oak") };
  const clientB = { name: "Pine Bakery", email: uniqueEmail("pine") };
  const clientAId = await createClientRecord(agency.agencyId, {
    ...clientA,
    type: "client",
    language: "en",
  });
  const clientBId = await createClientRecord(agency.agencyId, {
    ...clientB,
    type: "client",
    language: "en",
  });
  const owner = await newPage(browser);
  await signIn(owner, agency.email, agency.password, `/clients/${clientBId}`);
  await sendInvitation(owner, "Send Portal Invitation");
  const clientBLink = await portalLinkMailed(clientB.email, 1);
  await owner.goto(`/clients/${clientAId}`);
  await sendInvitation(owner, "Send Portal Invitation");
  const contact = await newPage(browser);
  await join(
    contact,
    await portalLinkMailed(clientA.email, 1),
    "Join the Oak Dental portal",
    `Cedar Studio invited ${clientA.email} to the client portal of Oak Dental.`,
    "Olive Oak",
  );

  // Client A's contact invites client B's address: the answer is that of any invitation.
  await contact.goto("/portal/settings/team");
  for (const email of [uniqueEmail("colleague"), clientB.email]) {
    await contact.getByLabel("Email address").fill(email);
    await contact.getByRole("button", { name: "Send invitation" }).click();
    await expect(contact.getByText(`Invitation sent to ${email}`, { exact: true })).toBeVisible({
      timeout: CALLABLE_TIMEOUT,
    });
  }
  // Client B's contact hears of it, but gets no link into A's portal...
  await expect.poll(async () => (await mailsTo(clientB.email)).length).toBe(2);
  expect(await portalLinkMailed(clientB.email, 1)).toBe(clientBLink);

  // ...and B's own invitation still works: B joins B's portal, and the agency sees it.
  const clientBPage = await newPage(browser);
  await join(
    clientBPage,
    clientBLink,
    "Join the Pine Bakery portal",
    `Cedar Studio invited ${clientB.email} to the client portal of Pine Bakery.`,
    "Piet Pine",
  );
  await expect(clientBPage.getByTestId("portal-client-name")).toHaveText("Pine Bakery");
  await owner.goto(`/clients/${clientBId}`);
  await expect(owner.locator(".page-header").getByText("Active")).toBeVisible({
    timeout: CALLABLE_TIMEOUT,
  });
});
