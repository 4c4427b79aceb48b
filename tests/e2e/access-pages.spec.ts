import { expect, test } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import { adminDb, createAgencyWithOwner, uniqueEmail } from "./fixtures";
import { signIn } from "./support";

/** A callable's first call starts its function cold in the emulator. */
const CALLABLE_TIMEOUT = 30_000;

test.describe("Access pages", () => {
  test("an agency makes a page; a visitor on a Spanish phone starts, grants and completes; the funnel counts 1, 1, 1", async ({
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Harbor Lights");
    await adminDb().collection(paths.connectedAccounts(agency.agencyId)).doc("googleaccount").set({
      kind: "google-account",
      platform: "google",
      label: "Harbor team",
      value: "team@harbor.test",
      createdAt: new Date(),
      createdBy: "seed",
      updatedAt: new Date(),
    });

    // The agency creates the page with Create Invite's service picker and copies its link.
    const agencyContext = await browser.newContext({
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const page = await agencyContext.newPage();
    await signIn(page, agency.email, agency.password, "/access-pages");
    await page.getByRole("link", { name: "Create access page" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Website CTA");
    await expect(page.getByLabel("Short address")).toHaveValue("website-cta");
    await page.getByRole("checkbox", { name: "Google Search Console", exact: true }).check();
    await page.getByRole("button", { name: "Create access page" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Website CTA/ })).toBeVisible({
      timeout: CALLABLE_TIMEOUT,
    });
    const pageId = new URL(page.url()).pathname.split("/").pop() ?? "";
    await page.getByRole("button", { name: "Copy link" }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`/p/${agency.agencyId}/website-cta$`));

    // A visitor on a phone whose browser speaks Spanish.
    const visitorContext = await browser.newContext({
      locale: "es-ES",
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${link}?ref=crm-77`);
    await expect(
      visitor.getByRole("heading", { level: 1, name: "Empieza con Harbor Lights" }),
    ).toBeVisible({ timeout: CALLABLE_TIMEOUT });
    await visitor.getByLabel("Tu nombre").fill("Dana Visitor");
    await visitor.getByLabel("Empresa (opcional)").fill("Dana Bakes");
    await visitor.getByLabel("Correo electrónico").fill(uniqueEmail("dana"));
    await visitor.getByRole("button", { name: "Continuar" }).click();
    // Straight into the invite's grant flow, in Spanish.
    await expect(visitor).toHaveURL(/\/i\/[A-Za-z0-9_-]{43}\?lang=es$/, {
      timeout: CALLABLE_TIMEOUT,
    });

    // The clients list and the board show the client and its invite, marked with the page.
    await page.goto("/clients");
    await expect(
      page.getByRole("link", { name: /Dana Visitor/ }).getByText("via the Website CTA access page"),
    ).toBeVisible();
    await page.goto("/dashboard");
    const board = page.getByTestId("invite-board");
    await expect(board.getByText("from the Website CTA access page")).toBeVisible();
    await expect(
      page
        .getByRole("region", { name: "Activity" })
        .getByText("Dana Visitor started onboarding through the Website CTA access page"),
    ).toBeVisible();

    // The visitor grants the one service; the request is complete.
    await visitor.getByRole("button", { name: "Ya lo he hecho" }).click();
    const row = board.getByRole("row").filter({ hasText: "Dana Visitor" });
    await expect(row.getByText("Complete", { exact: true })).toBeVisible();

    // The page's funnel: one view, one start, one completion; the client it created.
    await page.goto(`/access-pages/${pageId}`);
    const funnel = page.getByRole("region", { name: "Funnel" });
    for (const figure of ["Views", "Started", "Completed"]) {
      await expect(funnel.locator(`[data-figure="${figure}"] strong`)).toHaveText("1");
    }
    const clients = page.getByRole("region", { name: "Clients this page created" });
    await expect(clients.getByRole("link", { name: "Dana Visitor" })).toBeVisible();
    await expect(clients).toContainText("ref crm-77");
    await agencyContext.close();
    await visitorContext.close();
  });
});
