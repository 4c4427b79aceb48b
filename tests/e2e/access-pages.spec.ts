import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Page, test } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import { adminDb, createAccessPage, createAgencyWithOwner, uniqueEmail } from "./fixtures";
import { signIn } from "./support";

/** A callable's first call starts its function cold in the emulator. */
const CALLABLE_TIMEOUT = 30_000;

test.describe("Access pages", () => {
  // A page made, a visitor through details, grants and intake, then the funnel: 40 s on an idle machine.
  test.describe.configure({ timeout: 120_000 });
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
    // The agency watches its clients list while the visitor starts.
    await page.goto("/clients");
    await expect(page.getByText("No clients yet")).toBeVisible();

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

    // The client appears live on the list, then the board shows its invite, marked with the page.
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

  test("the same email through the page twice reuses the client, and the visitor is told nothing of it", async ({
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Juniper Studio");
    const accessPage = await createAccessPage(agency.agencyId);
    const email = uniqueEmail("again");
    const visitor = await (await browser.newContext()).newPage();
    const first = await startThroughPage(visitor, accessPage.path, { name: "Dana Visitor", email });
    const second = await startThroughPage(visitor, accessPage.path, { name: "Dana V.", email });
    // The same answer either way: a new link into the grant flow, nothing about a known client.
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
    expect(second.url).not.toBe(first.url);

    const page = await (await browser.newContext()).newPage();
    await signIn(page, agency.email, agency.password, "/clients");
    const rows = page
      .getByRole("table", { name: "Clients" })
      .getByRole("row")
      .filter({ hasText: "Dana" });
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText("Dana Visitor");
    await Promise.all([visitor.context().close(), page.context().close()]);
  });

  test("a page paused while a visitor fills it refuses with its branded message and creates nothing", async ({
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Quarry Lane Media");
    const accessPage = await createAccessPage(agency.agencyId);
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(accessPage.path);
    await visitor.getByLabel("Your name").fill("Pat Late");
    await visitor.getByLabel("Email", { exact: true }).fill(uniqueEmail("late"));
    // The agency pauses the page (as pauseOnboardingPage does) before the visitor sends it.
    await adminDb()
      .doc(paths.onboardingPage(agency.agencyId, accessPage.pageId))
      .update({ paused: true });
    await visitor.getByRole("button", { name: "Continue" }).click();
    const paused = async () => {
      await expect(
        visitor.getByRole("heading", { level: 1, name: "This page is paused" }),
      ).toBeVisible({ timeout: CALLABLE_TIMEOUT });
      await expect(visitor.getByRole("main")).toContainText(
        "Quarry Lane Media isn't taking new requests through this page right now.",
      );
      await expect(visitor.getByRole("banner")).toContainText("Quarry Lane Media");
      await expect(visitor.getByRole("button", { name: "Continue" })).toHaveCount(0);
    };
    await paused();
    await visitor.reload();
    await paused();

    const [clients, invites, stats] = await Promise.all([
      adminDb().collection(paths.clients(agency.agencyId)).count().get(),
      adminDb().collection(paths.invites(agency.agencyId)).count().get(),
      adminDb().doc(paths.onboardingPageStats(agency.agencyId, accessPage.pageId)).get(),
    ]);
    expect([clients.data().count, invites.data().count]).toEqual([0, 0]);
    expect(stats.data()?.started).toBeUndefined();
    await visitor.context().close();
  });

  test("the embed mode works inside another site; the page's own address refuses to be framed", async ({
    browser,
    baseURL,
  }) => {
    const agency = await createAgencyWithOwner("Willow Ads");
    const accessPage = await createAccessPage(agency.agencyId);
    const site = await agencyWebsite(
      `<iframe title="Get started" src="${baseURL}/embed${accessPage.path}" width="420" height="900"></iframe>
       <iframe title="Not embeddable" src="${baseURL}${accessPage.path}"></iframe>`,
    );
    try {
      const visitor = await (await browser.newContext()).newPage();
      await visitor.goto(site.url);

      const frame = visitor.frameLocator('iframe[title="Get started"]');
      await expect(
        frame.getByRole("heading", { level: 1, name: "Get started with Willow Ads" }),
      ).toBeVisible({ timeout: CALLABLE_TIMEOUT });
      await frame.getByLabel("Your name").fill("Fern Framed");
      await frame.getByLabel("Email", { exact: true }).fill(uniqueEmail("framed"));
      await frame.getByRole("button", { name: "Continue" }).click();
      // The grant flow (its sign-ins refuse frames) opens in its own tab from the frame.
      const grantTab = visitor.context().waitForEvent("page");
      await frame.getByRole("link", { name: "Continue" }).click({ timeout: CALLABLE_TIMEOUT });
      const grant = await grantTab;
      await expect(grant).toHaveURL(/\/i\/[A-Za-z0-9_-]{43}/);
      await expect(grant.getByRole("button", { name: "I've done this" })).toBeVisible({
        timeout: CALLABLE_TIMEOUT,
      });

      // The page's own address (frame-ancestors 'none') leaves Chromium's error page in its frame.
      await expect
        .poll(() =>
          visitor
            .frames()
            .map((frame) => frame.url())
            .sort(),
        )
        .toEqual(
          [site.url, `${baseURL}/embed${accessPage.path}`, "chrome-error://chromewebdata/"].sort(),
        );
      await visitor.context().close();
    } finally {
      await site.close();
    }
  });
});

/** The visitor fills the page's details and goes on to the grant flow; answers what the callable said. */
async function startThroughPage(
  visitor: Page,
  path: string,
  details: { name: string; email: string },
): Promise<{ url: string }> {
  // The callable's answer, read before the page navigates away from it.
  let answer: { result: { url: string } } | undefined;
  await visitor.route("**/fn/submitOnboardingPage", async (route) => {
    const response = await route.fetch();
    answer = await response.json();
    await route.fulfill({ response });
  });
  await visitor.goto(path);
  await visitor.getByLabel("Your name").fill(details.name);
  await visitor.getByLabel("Email", { exact: true }).fill(details.email);
  await visitor.getByRole("button", { name: "Continue" }).click();
  await expect(visitor).toHaveURL(/\/i\/[A-Za-z0-9_-]{43}/, { timeout: CALLABLE_TIMEOUT });
  await expect(visitor.getByRole("button", { name: "I've done this" })).toBeVisible({
    timeout: CALLABLE_TIMEOUT,
  });
  await visitor.unroute("**/fn/submitOnboardingPage");
  if (!answer) throw new Error("The page never called submitOnboardingPage.");
  return answer.result;
}

/** A page of the agency's own website, on another origin than Portico's (a free local port). */
async function agencyWebsite(body: string) {
  const html = `<!doctype html><html lang="en"><head><title>Our website</title></head><body>${body}</body></html>`;
  const server = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
