import { expect, test } from "@playwright/test";
import { DEMO_AGENCY_NAME, DEMO_USERS } from "../../scripts/lib/demo";

test.describe("Sign in and out", () => {
  test("the demo owner signs in and sees the agency dashboard", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel("Email").fill(DEMO_USERS.owner.email);
    await page.getByLabel("Password").fill(DEMO_USERS.owner.password);
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(page.getByTestId("agency-name")).toHaveText(DEMO_AGENCY_NAME);

    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("link", { name: "Team" }).click();
    const team = page.getByRole("table", { name: "Team members" });
    await expect(team.getByRole("row")).toHaveCount(1 + Object.keys(DEMO_USERS).length);
    await expect(team.getByRole("cell", { name: DEMO_USERS.member.email })).toBeVisible();
  });

  test("a wrong password gets one message that does not say whether the account exists", async ({
    page,
  }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(DEMO_USERS.owner.email);
    await page.getByLabel("Password").fill("wrong-password-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password don't match an account.")).toBeVisible();

    await page.getByLabel("Email").fill("nobody-here@e2e.test");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("signing out returns to sign-in and agency pages need signing in again", async ({
    page,
  }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(DEMO_USERS.member.email);
    await page.getByLabel("Password").fill(DEMO_USERS.member.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    // The board is kept in this browser's Firestore cache (IndexedDB) for the next open…
    const firestoreCaches = () =>
      page.evaluate(
        async () =>
          (await indexedDB.databases()).filter((db) => db.name?.startsWith("firestore/")).length,
      );
    await expect.poll(firestoreCaches).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    // …and goes with the session: nothing of the member's data stays on the device.
    await expect.poll(firestoreCaches).toBe(0);

    await page.goto("/settings");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });

  test("a viewer sees the workspace name but cannot change it", async ({ page }) => {
    await page.goto("/sign-in?next=/settings");
    await page.getByLabel("Email").fill(DEMO_USERS.viewer.email);
    await page.getByLabel("Password").fill(DEMO_USERS.viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();

    // /settings opens its first section.
    await expect(page).toHaveURL(/\/settings\/general$/);
    await expect(page.getByLabel("Agency name")).toBeDisabled();
    await expect(page.getByText("Only owners and admins can rename the workspace.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  });
});
