import { expect, test } from "@playwright/test";
import { DEMO_USERS } from "../../scripts/lib/demo";

test.describe("App shell", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("on a phone, the menu opens the navigation and works from the keyboard", async ({
    page,
  }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(DEMO_USERS.owner.email);
    await page.getByLabel("Password").fill(DEMO_USERS.owner.password);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

    // The sidebar is hidden on a phone; the menu button opens the same navigation.
    await expect(page.getByRole("complementary")).toBeHidden();
    await page.getByRole("button", { name: "Menu", exact: true }).click();
    const drawer = page.getByRole("dialog");
    await expect(drawer.getByRole("link", { name: "Clients" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();

    await page.getByRole("button", { name: "Menu", exact: true }).click();
    await page.getByRole("dialog").getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
    await expect(page.getByRole("dialog")).toBeHidden();
  });
});
