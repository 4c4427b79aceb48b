import { expect, test } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import {
  adminAuth,
  adminDb,
  linkIn,
  mailsTo,
  oobCodesFor,
  STRONG_PASSWORD,
  uniqueEmail,
} from "./fixtures";
import {
  ACCESS_REMOVED,
  CALLABLE_TIMEOUT,
  closePagesAfterEachTest,
  joinedPortal,
  mailsButWelcome,
  newPage,
  PORTAL_SIGN_IN,
} from "./portal-steps";

closePagesAfterEachTest();

test.describe("Portal accounts", () => {
  test.describe.configure({ timeout: 120_000 });

  test("the agency removes one portal user: their open portal signs out within 5 seconds and they cannot sign in", async ({
    browser,
  }) => {
    const { agency, clientId, client, owner, clientPage } = await joinedPortal(browser, {
      agency: "Fern Digital",
      client: "Elm Estates",
      user: "Eli Elm",
    });

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
      // The reset callable may start cold on a busy machine.
      await expect(status).toContainText("If a portal account exists for", {
        timeout: CALLABLE_TIMEOUT,
      });
      answers.push(((await status.textContent()) ?? "").replace(address, "<address>"));
    }
    expect(answers[0]).toBe(answers[1]);
    const codes = await oobCodesFor(email);
    expect(codes.map((code) => code.requestType)).toContain("PASSWORD_RESET");
    expect(await oobCodesFor(unknown)).toHaveLength(0);
  });

  test("a Spanish portal user resets the password from Portico's mail on Portico's page", async ({
    browser,
  }) => {
    const { agency, clientId, client } = await joinedPortal(browser, {
      agency: "Alder Studio",
      client: "Alder Dental",
      user: "Ana Alder",
    });
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
  });

  test("a Spanish portal user confirms a new sign-in address from Portico's mail on Portico's page", async ({
    browser,
  }) => {
    const { agency, clientId, owner } = await joinedPortal(browser, {
      agency: "Alder Studio",
      client: "Alder Dental",
      user: "Ana Alder",
    });
    // The client speaks Spanish from here on: their mail and Portico's pages follow.
    await adminDb().doc(paths.client(agency.agencyId, clientId)).update({ language: "es" });

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
});
