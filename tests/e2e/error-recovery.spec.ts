import { expect, test } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import { adminDb, createAgencyWithOwner, createClientRecord } from "./fixtures";
import { signIn } from "./support";

test.describe("Recoverable errors", () => {
  test("a page chunk that is gone after a deploy shows the new-version screen, and Reload brings the page", async ({
    page,
  }) => {
    const agency = await createAgencyWithOwner("Stale Chunk Studio");
    await signIn(page, agency.email, agency.password);
    // The clients page's chunk no longer exists on the server (a deploy since this tab loaded).
    await page.route(/\/assets\/clients-page-[^/]+\.js$/, (route) => route.abort());

    await page.getByRole("link", { name: "Clients" }).click();
    const screen = page.getByRole("alert");
    await expect(screen.getByRole("heading", { name: "A new version is available" })).toBeVisible();
    // The agency's navigation stays around the error.
    await expect(page.getByRole("link", { name: "Dashboard" })).toBeVisible();

    await page.unroute(/\/assets\/clients-page-[^/]+\.js$/);
    await screen.getByRole("button", { name: "Reload the page" }).click();
    await expect(page.getByRole("heading", { name: "Clients", level: 1 })).toBeVisible();
  });

  test("a page that throws while rendering shows Something went wrong, and Try again renders it", async ({
    page,
  }) => {
    const agency = await createAgencyWithOwner("Render Error Studio");
    await createClientRecord(agency.agencyId, {
      name: "Dated Client",
      email: "dated@render.test",
      type: "client",
      language: "en",
    });
    await signIn(page, agency.email, agency.password);
    // Date formatting breaks for a moment, as a bug in a page would (the app
    // formats dates with kept Intl.DateTimeFormat objects, domain/src/format.ts).
    await page.evaluate(() => {
      const proto = Intl.DateTimeFormat.prototype;
      const original = Object.getOwnPropertyDescriptor(proto, "format");
      if (!original) throw new Error("Intl.DateTimeFormat has no format");
      Object.defineProperty(window, "__restoreDates", {
        value: () => Object.defineProperty(proto, "format", original),
      });
      Object.defineProperty(proto, "format", {
        configurable: true,
        get() {
          throw new Error("formatting broke");
        },
      });
    });
    await page.getByRole("link", { name: "Clients" }).click();

    const screen = page.getByRole("alert");
    await expect(screen.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
    await page.evaluate(() =>
      (window as unknown as { __restoreDates: () => void }).__restoreDates(),
    );
    await screen.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("link", { name: "Dated Client" })).toBeVisible();
  });

  test("a list whose document fails its schema says it couldn't load instead of spinning forever", async ({
    page,
  }) => {
    const agency = await createAgencyWithOwner("Broken Data Studio");
    const clientId = await createClientRecord(agency.agencyId, {
      name: "Ok Client",
      email: "ok@broken.test",
      type: "client",
      language: "en",
    });
    // A document written by something else, in a shape the app does not know.
    await adminDb().doc(paths.client(agency.agencyId, clientId)).update({ type: 42 });

    await signIn(page, agency.email, agency.password, "/clients");
    await expect(page.getByRole("alert")).toContainText("Couldn't load clients.");
  });
});
