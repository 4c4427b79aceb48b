import { expect, test } from "@playwright/test";
import { adminAuth, STRONG_PASSWORD, uniqueEmail } from "./fixtures";

test.describe("Sign up", () => {
  test("creates a workspace and lands on its dashboard without signing in again", async ({
    page,
  }) => {
    const email = uniqueEmail("founder");
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Ada Founder");
    await page.getByLabel("Agency name").fill("Lighthouse Growth");
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Password").fill(STRONG_PASSWORD);
    await page.getByRole("button", { name: "Create workspace" }).click();

    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(page.getByTestId("agency-name")).toHaveText("Lighthouse Growth");

    const user = await adminAuth().getUserByEmail(email);
    expect(user.customClaims).toMatchObject({ role: "owner" });
  });

  test("shows an error beside each bad field and creates nothing", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Work email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create workspace" }).click();

    await expect(page.getByText("Enter your name.")).toBeVisible();
    await expect(page.getByText("Enter your agency's name.")).toBeVisible();
    await expect(
      page.getByText("Enter a valid email address, like name@example.com."),
    ).toBeVisible();
    await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
    await expect(page.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/sign-up$/);
    await expect(adminAuth().getUserByEmail("not-an-email")).rejects.toThrow();
  });

  test("refuses an address that already has an account, beside the email field", async ({
    page,
  }) => {
    const email = uniqueEmail("taken");
    await adminAuth().createUser({ email, password: STRONG_PASSWORD });

    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Second Try");
    await page.getByLabel("Agency name").fill("Copycat Agency");
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Password").fill(STRONG_PASSWORD);
    await page.getByRole("button", { name: "Create workspace" }).click();

    await expect(
      page.getByText("An account with this email already exists. Sign in instead."),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/sign-up$/);
    const user = await adminAuth().getUserByEmail(email);
    expect(user.customClaims ?? {}).not.toHaveProperty("agencyId");
  });
});
