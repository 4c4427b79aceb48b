import { createHash } from "node:crypto";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import type { Locale } from "@portico/domain/i18n/locales";
import { paths } from "@portico/domain/paths";
import {
  addTeammate,
  adminAuth,
  adminDb,
  connectAccounts,
  createAgencyWithOwner,
  createClientRecord,
  createInviteRecord,
  linkIn,
  mailsTo,
  oobCodesFor,
  STRONG_PASSWORD,
  uniqueEmail,
} from "./fixtures";
import { signIn } from "./support";

const PORTAL_LINK = /http:\/\/127\.0\.0\.1:\d+\/portal\/join\/[A-Za-z0-9_-]{43}/;
/** Signed out, the portal goes to its sign-in: the agency's own portal address once this browser knows it. */
const PORTAL_SIGN_IN = /\/portal\/(sign-in|a\/[A-Za-z0-9_-]+)(\?|$)/;
const INVALID_TITLE = "This invitation link is no longer valid";
const ACCESS_REMOVED = "Your access to this portal was removed.";
/** A callable's first call starts its function cold in the emulator: allow for it. */
const CALLABLE_TIMEOUT = 30_000;

let contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
});

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

/** An agency with one client (with a contact email) and an open access request for it. */
async function agencyWithClient(agencyName: string, clientName: string, language: Locale = "en") {
  const agency = await createAgencyWithOwner(agencyName);
  const accounts = await connectAccounts(agency.agencyId);
  const client = { name: clientName, email: uniqueEmail("client") };
  const clientId = await createClientRecord(agency.agencyId, {
    ...client,
    type: "client",
    language,
  });
  const inviteId = await createInviteRecord(agency.agencyId, {
    clientId,
    client,
    accounts,
    services: [
      { serviceId: "google-search-console", accessLevel: "full", status: "pending" },
      { serviceId: "facebook-page", accessLevel: "admin", status: "granted" },
    ],
  });
  return { agency, clientId, client, inviteId };
}

/** The newest portal link mailed to `address`, once the `count`th mail has arrived. */
async function portalLinkMailed(address: string, count: number): Promise<string> {
  await expect.poll(async () => (await mailsButWelcome(address)).length).toBe(count);
  const mails = await mailsButWelcome(address);
  return linkIn(mails[count - 1]?.text ?? "", PORTAL_LINK);
}

/** Mails to `address` but the welcome sent after joining (it carries the portal's address). */
async function mailsButWelcome(address: string) {
  return (await mailsTo(address)).filter((mail) => !mail.text.includes("/portal/a/"));
}

const tokenHashOf = (link: string) =>
  createHash("sha256")
    .update(link.split("/").pop() ?? "")
    .digest("hex");

/** Send (or Resend) Portal Invitation from the open client profile. */
async function sendInvitation(owner: Page, email: string, button: string) {
  await owner.getByRole("button", { name: button, exact: true }).click();
  const dialog = owner.getByRole("dialog", { name: button });
  await expect(dialog.getByTestId("portal-invitation-email")).toHaveText(email);
  await dialog.getByRole("button", { name: /^(Send|Resend) invitation$/ }).click();
  await expect(dialog).toHaveCount(0, { timeout: CALLABLE_TIMEOUT });
}

/** Opens a portal link and creates the account. */
async function acceptInvitation(page: Page, link: string, clientName: string, name: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: `Join the ${clientName} portal` })).toBeVisible();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Choose a password").fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/portal$/, { timeout: CALLABLE_TIMEOUT });
  await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
}

/** Everything a portal link could change: the client's portal data, the token and the accounts. */
async function portalWrites(agencyId: string, clientId: string, link: string, email: string) {
  const [client, members, invitations, token, user] = await Promise.all([
    adminDb().doc(paths.client(agencyId, clientId)).get(),
    adminDb().collection(paths.portalMembers(agencyId, clientId)).get(),
    adminDb().collection(paths.portalInvitations(agencyId, clientId)).get(),
    adminDb()
      .doc(paths.invitationToken(tokenHashOf(link)))
      .get(),
    adminAuth()
      .getUserByEmail(email)
      .then((record) => ({ uid: record.uid, disabled: record.disabled }))
      .catch(() => null),
  ]);
  return JSON.stringify({
    portal: client.get("portal"),
    members: members.docs.map((doc) => [doc.id, doc.data()]),
    invitations: invitations.docs.map((doc) => [doc.id, doc.data()]),
    token: token.data() ?? null,
    user,
  });
}

test.describe("Client portal", () => {
  test.describe.configure({ timeout: 120_000 });

  test("the client joins from the agency's invitation, invites a teammate, both lose access at once on revoke, and a new invitation brings it back", async ({
    browser,
  }) => {
    // A long journey through five callables, each cold on its first call.
    test.setTimeout(180_000);
    const { agency, clientId, client } = await agencyWithClient("Lantern Studio", "Maple Dental");

    const owner = await newPage(browser);
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    const header = owner.locator(".page-header");
    await expect(header.getByText("Email Set")).toBeVisible();

    // The confirmation shows the address and the branded email, as it will be sent.
    await owner.getByRole("button", { name: "Send Portal Invitation" }).click();
    const dialog = owner.getByRole("dialog", { name: "Send Portal Invitation" });
    await expect(dialog.getByTestId("portal-invitation-email")).toHaveText(client.email);
    await expect(
      dialog.getByText("Lantern Studio invited you to your client portal"),
    ).toBeVisible();
    const preview = owner.frameLocator('iframe[title="Invitation email preview"]');
    await expect(preview.getByRole("link", { name: "Create your portal account" })).toBeVisible();
    await expect(preview.getByText("Hi Maple Dental,")).toBeVisible();
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await expect(dialog).toHaveCount(0, { timeout: CALLABLE_TIMEOUT });
    await expect(header.getByText("Invite Sent")).toBeVisible();
    const profileTeam = owner.getByRole("region", { name: "Client's team" });
    await expect(
      profileTeam
        .getByRole("table", { name: "Pending invitations" })
        .getByRole("row")
        .filter({ hasText: client.email }),
    ).toContainText("Invited");

    // The client opens the emailed link, sets a password and lands on the portal home.
    const clientLink = await portalLinkMailed(client.email, 1);
    expect((await mailsTo(client.email))[0]?.subject).toBe(
      "Lantern Studio invited you to your client portal",
    );
    const clientPage = await newPage(browser);
    await clientPage.goto(clientLink);
    await expect(clientPage.getByText(client.email)).toBeVisible();
    await clientPage.getByRole("button", { name: "Create my account" }).click();
    await expect(clientPage.getByText("Enter your name.")).toBeVisible();
    await clientPage.getByLabel("Your name").fill("Mara Maple");
    await clientPage.getByLabel("Choose a password").fill("short");
    await clientPage.getByRole("button", { name: "Create my account" }).click();
    await expect(clientPage.getByText("Use at least 8 characters.")).toBeVisible();
    await clientPage.getByLabel("Choose a password").fill(STRONG_PASSWORD);
    await clientPage.getByRole("button", { name: "Create my account" }).click();
    await expect(clientPage).toHaveURL(/\/portal$/, { timeout: CALLABLE_TIMEOUT });
    await expect(clientPage.getByRole("heading", { name: "Welcome, Mara Maple" })).toBeVisible();
    await expect(clientPage.getByTestId("portal-client-name")).toHaveText("Maple Dental");

    const requests = clientPage.getByRole("region", { name: "Access requests" });
    await expect(requests.getByText("Google Search Console")).toBeVisible();
    await expect(requests.getByText("Waiting for you")).toBeVisible();
    await expect(requests.getByText("Granted")).toBeVisible();
    await expect(requests.getByRole("link", { name: "Continue" })).toHaveAttribute(
      "href",
      /\/i\/[A-Za-z0-9_-]+/,
    );

    // The agency sees the client's account live.
    await expect(header.getByText("Active")).toBeVisible();
    await expect(
      profileTeam.getByRole("table", { name: "Portal users" }).getByRole("row", {
        name: /Mara Maple/,
      }),
    ).toContainText("Active");

    // Settings -> Team: bad addresses are refused beside the field, then a teammate is invited.
    await clientPage.getByRole("link", { name: "Settings" }).click();
    await expect(clientPage.getByRole("heading", { name: "Settings" })).toBeVisible();
    const teamEmail = clientPage.getByLabel("Email address");
    await teamEmail.fill("not-an-email");
    await clientPage.getByRole("button", { name: "Send invitation" }).click();
    await expect(
      clientPage.getByText("Enter a valid email address, like name@example.com."),
    ).toBeVisible();
    await teamEmail.fill(client.email);
    await clientPage.getByRole("button", { name: "Send invitation" }).click();
    await expect(clientPage.getByText("This person already has access to the portal.")).toBeVisible(
      { timeout: CALLABLE_TIMEOUT },
    );
    const teammateEmail = uniqueEmail("teammate");
    await teamEmail.fill(teammateEmail);
    await clientPage.getByRole("button", { name: "Send invitation" }).click();
    await expect(
      clientPage
        .getByRole("table", { name: "Pending invitations" })
        .getByRole("row")
        .filter({ hasText: teammateEmail }),
    ).toContainText("Invited");

    // The teammate joins from their own email and sees the same home.
    const teammateLink = await portalLinkMailed(teammateEmail, 1);
    const teammatePage = await newPage(browser);
    await acceptInvitation(teammatePage, teammateLink, "Maple Dental", "Tomas Team");
    await expect(
      teammatePage
        .getByRole("region", { name: "Access requests" })
        .getByText("Google Search Console"),
    ).toBeVisible();
    await expect(
      clientPage.getByRole("table", { name: "Portal users" }).getByRole("row", {
        name: /Tomas Team/,
      }),
    ).toContainText("Active");
    await expect(clientPage.getByRole("table", { name: "Pending invitations" })).toHaveCount(0);

    // Revoke: both open portal tabs are signed out within 5 seconds and told why.
    await owner.getByRole("button", { name: "Revoke Portal Access" }).click();
    await owner
      .getByRole("dialog", { name: "Revoke portal access for Maple Dental?" })
      .getByRole("button", { name: "Revoke Portal Access" })
      .click();
    // The clock starts when the revocation is committed (the callable may start cold).
    const members = adminDb().collection(paths.portalMembers(agency.agencyId, clientId));
    await expect
      .poll(async () => (await members.where("status", "==", "active").get()).size, {
        intervals: [100],
      })
      .toBe(0);
    await Promise.all([
      expect(clientPage).toHaveURL(PORTAL_SIGN_IN, { timeout: 5000 }),
      expect(teammatePage).toHaveURL(PORTAL_SIGN_IN, { timeout: 5000 }),
    ]);
    await expect(clientPage.getByText(ACCESS_REMOVED)).toBeVisible();
    await expect(teammatePage.getByText(ACCESS_REMOVED)).toBeVisible();
    await expect(header.getByText("Revoked")).toBeVisible();

    // Signing in again is refused with a clear message.
    await clientPage.getByLabel("Email").fill(client.email);
    await clientPage.getByLabel("Password").fill(STRONG_PASSWORD);
    await clientPage.getByRole("button", { name: "Sign in" }).click();
    await expect(
      clientPage.getByText("This account can no longer sign in to the portal."),
    ).toBeVisible();
    await expect(clientPage).toHaveURL(PORTAL_SIGN_IN);

    // Invited again, the client accepts the new link and is back in.
    await sendInvitation(owner, client.email, "Send Portal Invitation");
    await expect(header.getByText("Invite Sent")).toBeVisible();
    const secondLink = await portalLinkMailed(client.email, 2);
    expect(secondLink).not.toBe(clientLink);
    await acceptInvitation(clientPage, secondLink, "Maple Dental", "Mara Maple");
    await expect(
      clientPage
        .getByRole("region", { name: "Access requests" })
        .getByText("Google Search Console"),
    ).toBeVisible();
    await expect(header.getByText("Active")).toBeVisible();

    // And signs in with that password later.
    await clientPage.getByRole("button", { name: "Sign out" }).click();
    await expect(clientPage).toHaveURL(PORTAL_SIGN_IN);
    await expect(clientPage.getByText(ACCESS_REMOVED)).toHaveCount(0);
    await clientPage.getByLabel("Email").fill(client.email);
    await clientPage.getByLabel("Password").fill(STRONG_PASSWORD);
    await clientPage.getByRole("button", { name: "Sign in" }).click();
    await expect(clientPage.getByRole("heading", { name: "Welcome, Mara Maple" })).toBeVisible();
  });

  test("the agency removes one portal user: their open portal signs out within 5 seconds and they cannot sign in", async ({
    browser,
  }) => {
    const { agency, clientId, client } = await agencyWithClient("Fern Digital", "Elm Estates");
    const owner = await newPage(browser);
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    await sendInvitation(owner, client.email, "Send Portal Invitation");
    const link = await portalLinkMailed(client.email, 1);
    const clientPage = await newPage(browser);
    await acceptInvitation(clientPage, link, "Elm Estates", "Eli Elm");

    // Each side stays on its own side: agency pages send a portal user to the portal,
    // and the portal refuses agency staff.
    await clientPage.goto("/dashboard");
    await expect(clientPage).toHaveURL(/\/portal$/);
    await expect(clientPage.getByRole("heading", { name: "Welcome, Eli Elm" })).toBeVisible();
    const staffInPortal = await owner.context().newPage();
    await staffInPortal.goto("/portal");
    await expect(staffInPortal.getByText("This is an agency account.")).toBeVisible();
    await staffInPortal.close();

    const users = owner.getByRole("table", { name: "Portal users" });
    await users
      .getByRole("row", { name: /Eli Elm/ })
      .getByRole("button", { name: "Remove" })
      .click();
    await owner
      .getByRole("dialog", { name: "Remove Eli Elm from the portal?" })
      .getByRole("button", { name: "Remove from portal" })
      .click();
    const members = adminDb().collection(paths.portalMembers(agency.agencyId, clientId));
    await expect
      .poll(async () => (await members.where("status", "==", "removed").get()).size, {
        intervals: [100],
        timeout: CALLABLE_TIMEOUT,
      })
      .toBe(1);
    await expect(clientPage).toHaveURL(PORTAL_SIGN_IN, { timeout: 5000 });
    await expect(clientPage.getByText(ACCESS_REMOVED)).toBeVisible();
    await expect(users.getByRole("row", { name: /Eli Elm/ })).toContainText("Removed");
    await expect(users.getByRole("button", { name: "Remove" })).toHaveCount(0);

    await clientPage.getByLabel("Email").fill(client.email);
    await clientPage.getByLabel("Password").fill(STRONG_PASSWORD);
    await clientPage.getByRole("button", { name: "Sign in" }).click();
    await expect(
      clientPage.getByText("This account can no longer sign in to the portal."),
    ).toBeVisible();
  });

  test("forgot password from the portal sign-in answers the same whether or not the address has an account", async ({
    page,
  }) => {
    const email = uniqueEmail("forgetful");
    await adminAuth().createUser({ email, password: STRONG_PASSWORD });
    const unknown = uniqueEmail("stranger");

    const answers: string[] = [];
    for (const address of [email, unknown]) {
      await page.goto("/portal/sign-in");
      await page.getByRole("link", { name: "Forgot your password?" }).click();
      await expect(page).toHaveURL(/\/portal\/forgot-password$/);
      await page.getByLabel("Email").fill(address);
      await page.getByRole("button", { name: "Send reset link" }).click();
      const status = page.getByRole("status");
      await expect(status).toContainText("If a portal account exists for");
      answers.push(((await status.textContent()) ?? "").replace(address, "<address>"));
    }
    expect(answers[0]).toBe(answers[1]);
    const codes = await oobCodesFor(email);
    expect(codes.map((code) => code.requestType)).toContain("PASSWORD_RESET");
    expect(await oobCodesFor(unknown)).toHaveLength(0);
  });

  test("a Spanish portal user resets the password and confirms a new sign-in address, each from Portico's mail on Portico's page", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const { agency, clientId, client } = await agencyWithClient("Alder Studio", "Alder Dental");
    const owner = await newPage(browser);
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    await sendInvitation(owner, client.email, "Send Portal Invitation");
    const portalUser = await newPage(browser);
    await acceptInvitation(
      portalUser,
      await portalLinkMailed(client.email, 1),
      "Alder Dental",
      "Ana Alder",
    );
    // The client speaks Spanish from here on: their mail and Portico's pages follow.
    await adminDb().doc(paths.client(agency.agencyId, clientId)).update({ language: "es" });

    const visitor = await newPage(browser);
    await visitor.goto("/portal/forgot-password");
    await visitor.getByLabel("Email").fill(client.email);
    await visitor.getByRole("button", { name: "Send reset link" }).click();
    await expect(visitor.getByRole("status")).toContainText(client.email);
    await expect.poll(async () => (await mailsButWelcome(client.email)).length).toBe(2);
    const reset = (await mailsButWelcome(client.email))[1];
    expect(reset?.subject).toBe("Restablece tu contraseña de Alder Studio");
    await visitor.goto(linkIn(reset?.text ?? "", /http\S+\/portal\/reset-password\?oobCode=\S+/));
    await expect(
      visitor.getByRole("heading", { name: "Elige una nueva contraseña" }),
    ).toBeVisible();
    await visitor.getByLabel("Nueva contraseña").fill("alder-new-pass-5");
    await visitor.getByRole("button", { name: "Guardar la nueva contraseña" }).click();
    await expect(visitor.getByRole("status")).toContainText("Tu contraseña se cambió.");
    await visitor.getByRole("link", { name: "Ir a iniciar sesión" }).click();
    await visitor.getByLabel("Correo electrónico").fill(client.email);
    await visitor.getByLabel("Contraseña", { exact: true }).fill("alder-new-pass-5");
    await visitor.getByRole("button", { name: "Iniciar sesión" }).click();
    await expect(visitor).toHaveURL(/\/portal$/, { timeout: CALLABLE_TIMEOUT });

    // The agency corrects the contact address: the new inbox confirms it on Portico's page.
    const moved = uniqueEmail("moved");
    await owner.reload();
    await owner.getByRole("button", { name: "Edit details" }).click();
    await owner.getByLabel("Email").fill(moved);
    await owner.getByRole("button", { name: "Save details" }).click();
    await expect
      .poll(async () => (await mailsTo(moved)).length, { timeout: CALLABLE_TIMEOUT })
      .toBe(1);
    const change = (await mailsTo(moved))[0];
    const confirm = await newPage(browser);
    await confirm.goto(linkIn(change?.text ?? "", /http\S+\/portal\/confirm-email\?oobCode=\S+/));
    await expect(confirm.getByRole("status")).toHaveText(
      `Listo: ahora inicias sesión en el portal con ${moved}.`,
    );
    expect((await adminAuth().getUserByEmail(moved)).emailVerified).toBe(true);
  });

  test("a Spanish client joins in Spanish: the page, its field messages and the portal home", async ({
    browser,
  }) => {
    const { agency, clientId, client } = await agencyWithClient(
      "Juniper Works",
      "Librería Sol",
      "es",
    );
    const owner = await newPage(browser);
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    await sendInvitation(owner, client.email, "Send Portal Invitation");
    const link = await portalLinkMailed(client.email, 1);

    const page = await newPage(browser);
    await page.goto(link);
    await expect(
      page.getByRole("heading", { name: "Únete al portal de Librería Sol" }),
    ).toBeVisible();
    await page.getByLabel("Tu nombre").fill("Lucía");
    await page.getByLabel("Elige una contraseña").fill("abc1");
    await page.getByRole("button", { name: "Crear mi cuenta" }).click();
    await expect(page.getByText("Usa al menos 8 caracteres.")).toBeVisible();
    await page.getByLabel("Elige una contraseña").fill(STRONG_PASSWORD);
    await page.getByRole("button", { name: "Crear mi cuenta" }).click();
    await expect(page.getByRole("heading", { name: "Hola, Lucía" })).toBeVisible({
      timeout: CALLABLE_TIMEOUT,
    });
  });

  test("an expired link shows the invalid page and writes nothing", async ({ browser }) => {
    const { agency, clientId, client } = await agencyWithClient("Juniper Works", "Oak Optics");
    const owner = await newPage(browser);
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    await sendInvitation(owner, client.email, "Send Portal Invitation");
    const link = await portalLinkMailed(client.email, 1);

    // The link's time is up (as the agency's portal link lifetime would make it).
    const past = new Date(Date.now() - 60_000);
    await adminDb()
      .doc(paths.invitationToken(tokenHashOf(link)))
      .update({ expiresAt: past });
    await adminDb()
      .doc(paths.client(agency.agencyId, clientId))
      .update({ "portal.expiresAt": past });
    await expect(owner.locator(".page-header").getByText("Expired")).toBeVisible();
    await expect(owner.getByRole("button", { name: "Resend Invitation" })).toBeVisible();
    await owner.getByRole("link", { name: "Clients", exact: true }).first().click();
    await expect(
      owner.getByRole("table", { name: "Clients" }).getByRole("row", { name: /Oak Optics/ }),
    ).toContainText("Expired");

    const before = await portalWrites(agency.agencyId, clientId, link, client.email);
    const page = await newPage(browser);
    await page.goto(link);
    await expect(page.getByRole("heading", { name: INVALID_TITLE })).toBeVisible();
    await expect(page.getByLabel("Choose a password")).toHaveCount(0);
    expect(await portalWrites(agency.agencyId, clientId, link, client.email)).toBe(before);
  });

  test("a used link shows the invalid page, even to a second tab that opened it before, and writes nothing", async ({
    browser,
  }) => {
    const { agency, clientId, client } = await agencyWithClient("Harbour Lane", "Pine Physio");
    const owner = await newPage(browser);
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    await sendInvitation(owner, client.email, "Send Portal Invitation");
    const link = await portalLinkMailed(client.email, 1);

    const first = await newPage(browser);
    const second = await newPage(browser);
    await second.goto(link);
    await expect(second.getByLabel("Choose a password")).toBeVisible();
    await acceptInvitation(first, link, "Pine Physio", "Petra Pine");
    // Joining sends the welcome mail, whose delivery is then noted on the member: let it land.
    const members = adminDb().collection(paths.portalMembers(agency.agencyId, clientId));
    await expect
      .poll(async () =>
        (await members.get()).docs.map((member) => member.get("emailDelivery")?.state ?? null),
      )
      .toEqual(["SUCCESS"]);

    const before = await portalWrites(agency.agencyId, clientId, link, client.email);
    await second.getByLabel("Your name").fill("Someone Else");
    await second.getByLabel("Choose a password").fill("another-pass-7");
    await second.getByRole("button", { name: "Create my account" }).click();
    await expect(second.getByRole("heading", { name: INVALID_TITLE })).toBeVisible();

    const third = await newPage(browser);
    await third.goto(link);
    await expect(third.getByRole("heading", { name: INVALID_TITLE })).toBeVisible();
    expect(await portalWrites(agency.agencyId, clientId, link, client.email)).toBe(before);
  });

  test("a link replaced by Resend Invitation shows the invalid page and writes nothing; the new one works", async ({
    browser,
  }) => {
    const { agency, clientId, client } = await agencyWithClient("Copper Kite", "Birch Bikes");
    const owner = await newPage(browser);
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    await sendInvitation(owner, client.email, "Send Portal Invitation");
    const oldLink = await portalLinkMailed(client.email, 1);
    await sendInvitation(owner, client.email, "Resend Invitation");
    const newLink = await portalLinkMailed(client.email, 2);
    expect(newLink).not.toBe(oldLink);

    const before = await portalWrites(agency.agencyId, clientId, oldLink, client.email);
    const page = await newPage(browser);
    await page.goto(oldLink);
    await expect(page.getByRole("heading", { name: INVALID_TITLE })).toBeVisible();
    expect(await portalWrites(agency.agencyId, clientId, oldLink, client.email)).toBe(before);

    await acceptInvitation(page, newLink, "Birch Bikes", "Bea Birch");
  });

  test("correcting the client's email after sending cancels the invitation: the profile says so and offers Resend to the new address; the old link shows the invalid page", async ({
    browser,
  }) => {
    const { agency, clientId, client } = await agencyWithClient("Quill Works", "Harbor Tea");
    const owner = await newPage(browser);
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    await sendInvitation(owner, client.email, "Send Portal Invitation");
    const oldLink = await portalLinkMailed(client.email, 1);

    const corrected = uniqueEmail("corrected");
    await owner.getByRole("button", { name: "Edit details" }).click();
    await owner.getByLabel("Email").fill(corrected);
    await owner.getByRole("button", { name: "Save details" }).click();

    const portalCard = owner.getByRole("region", { name: "Portal access" });
    await expect(
      portalCard.getByText(
        `The invitation sent to ${client.email} was cancelled when the email changed: its link no longer works. Resend it to ${corrected}.`,
      ),
    ).toBeVisible({ timeout: CALLABLE_TIMEOUT });
    await expect(portalCard.getByText("Email Set")).toBeVisible();

    const page = await newPage(browser);
    await page.goto(oldLink);
    await expect(page.getByRole("heading", { name: INVALID_TITLE })).toBeVisible();

    await sendInvitation(owner, corrected, "Resend Invitation");
    const newLink = await portalLinkMailed(corrected, 1);
    await acceptInvitation(page, newLink, "Harbor Tea", "Hana Harbor");
  });

  test("the profile explains why a client without an email cannot be invited; viewers see the portal state and team but no actions", async ({
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Slate Signals");
    const viewer = await addTeammate(agency.agencyId, "viewer");
    const clientId = await createClientRecord(agency.agencyId, {
      name: "No Mail Bakery",
      email: "",
      type: "client",
      language: "en",
    });
    const page = await newPage(browser);
    await signIn(page, agency.email, agency.password, `/clients/${clientId}`);
    await expect(page.locator(".page-header").getByText("No Email")).toBeVisible();
    const send = page.getByRole("button", { name: "Send Portal Invitation" });
    await expect(send).toBeDisabled();
    await expect(send).toHaveAccessibleDescription(
      "Add an email address to invite this client to the portal.",
    );
    await expect(
      page
        .getByRole("region", { name: "Client's team" })
        .getByText("No one from this client has portal access yet."),
    ).toBeVisible();

    const withEmail = await createClientRecord(agency.agencyId, {
      name: "Mail Bakery",
      email: uniqueEmail("bakery"),
      type: "client",
      language: "en",
    });
    const viewerPage = await newPage(browser);
    await signIn(viewerPage, viewer.email, viewer.password, `/clients/${withEmail}`);
    await expect(viewerPage.locator(".page-header").getByText("Email Set")).toBeVisible();
    await expect(viewerPage.getByRole("region", { name: "Client's team" })).toBeVisible();
    await expect(viewerPage.getByRole("button", { name: /Portal|Invitation/ })).toHaveCount(0);
  });
});
