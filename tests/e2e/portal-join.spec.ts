import { expect, test } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import { adminDb, mailsTo, STRONG_PASSWORD } from "./fixtures";
import {
  ACCESS_REMOVED,
  acceptInvitation,
  agencyWithClient,
  CALLABLE_TIMEOUT,
  closePagesAfterEachTest,
  joinedPortal,
  joinedTeammate,
  newPage,
  PORTAL_SIGN_IN,
  portalLinkMailed,
  sendInvitation,
} from "./portal-steps";
import { signIn } from "./support";

closePagesAfterEachTest();

test.describe("Joining the client portal", () => {
  test.describe.configure({ timeout: 120_000 });

  test("the agency sends a portal invitation: the confirmation shows the address and the branded email, and the profile says Invite Sent", async ({
    browser,
  }) => {
    const { agency, clientId, client } = await agencyWithClient("Lantern Studio", "Maple Dental");
    const owner = await newPage(browser);
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    const header = owner.locator(".page-header");
    await expect(header.getByText("Email Set")).toBeVisible();

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
    await expect(
      owner
        .getByRole("region", { name: "Client's team" })
        .getByRole("table", { name: "Pending invitations" })
        .getByRole("row")
        .filter({ hasText: client.email }),
    ).toContainText("Invited");

    await portalLinkMailed(client.email, 1);
    expect((await mailsTo(client.email))[0]?.subject).toBe(
      "Lantern Studio invited you to your client portal",
    );
  });

  test("the client joins from the emailed link: field messages first, then the portal home with its access requests, and the agency sees the account live", async ({
    browser,
  }) => {
    const { agency, clientId, client } = await agencyWithClient("Lumen Works", "Maple Optics");
    const owner = await newPage(browser);
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    await sendInvitation(owner, client.email, "Send Portal Invitation");
    const clientLink = await portalLinkMailed(client.email, 1);

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
    await expect(clientPage.getByTestId("portal-client-name")).toHaveText("Maple Optics");

    const requests = clientPage.getByRole("region", { name: "Access requests" });
    await expect(requests.getByText("Google Search Console")).toBeVisible();
    await expect(requests.getByText("Waiting for you")).toBeVisible();
    await expect(requests.getByText("Granted")).toBeVisible();
    await expect(requests.getByRole("link", { name: "Continue" })).toHaveAttribute(
      "href",
      /\/i\/[A-Za-z0-9_-]+/,
    );

    // The agency sees the client's account live.
    await expect(owner.locator(".page-header").getByText("Active")).toBeVisible();
    await expect(
      owner
        .getByRole("region", { name: "Client's team" })
        .getByRole("table", { name: "Portal users" })
        .getByRole("row", { name: /Mara Maple/ }),
    ).toContainText("Active");
  });

  test("a portal user invites a teammate from Settings: bad addresses are refused beside the field; the teammate joins and sees the same home", async ({
    browser,
  }) => {
    const { client, clientPage } = await joinedPortal(browser, {
      agency: "Beacon Studio",
      client: "Cedar Dental",
      user: "Mara Cedar",
    });
    await clientPage.getByRole("link", { name: "Settings", exact: true }).click();
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
    const teammatePage = await joinedTeammate(browser, clientPage, "Cedar Dental");
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
  });

  test("revoking portal access signs every portal user out within 5 seconds and refuses sign-in; a new invitation brings the client back", async ({
    browser,
  }) => {
    const { agency, clientId, client, owner, clientPage, link } = await joinedPortal(browser, {
      agency: "Signal Studio",
      client: "Birch Dental",
      user: "Mara Birch",
    });
    const teammatePage = await joinedTeammate(browser, clientPage, "Birch Dental");
    const header = owner.locator(".page-header");
    await expect(header.getByText("Active")).toBeVisible();

    await owner.getByRole("button", { name: "Revoke Portal Access" }).click();
    await owner
      .getByRole("dialog", { name: "Revoke portal access for Birch Dental?" })
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
    expect(secondLink).not.toBe(link);
    await acceptInvitation(clientPage, secondLink, "Birch Dental", "Mara Birch");
    await expect(header.getByText("Active")).toBeVisible();

    // And signs in with that password later.
    await clientPage.getByRole("button", { name: "Sign out" }).click();
    await expect(clientPage).toHaveURL(PORTAL_SIGN_IN);
    await expect(clientPage.getByText(ACCESS_REMOVED)).toHaveCount(0);
    await clientPage.getByLabel("Email").fill(client.email);
    await clientPage.getByLabel("Password").fill(STRONG_PASSWORD);
    await clientPage.getByRole("button", { name: "Sign in" }).click();
    await expect(clientPage.getByRole("heading", { name: "Welcome, Mara Birch" })).toBeVisible();
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
});
