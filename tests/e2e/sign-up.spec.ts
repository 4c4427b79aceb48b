import { expect, test } from "@playwright/test";
import { adminAuth, linkIn, mailsTo, STRONG_PASSWORD, uniqueEmail } from "./fixtures";

test.describe("Sign up", () => {
  test("creates a workspace, confirms the address from the email, and signs in to its dashboard", async ({
    page,
  }) => {
    const email = uniqueEmail("founder");
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Ada Founder");
    await page.getByLabel("Agency name").fill("Lighthouse Growth");
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Password").fill(STRONG_PASSWORD);
    await page.getByRole("button", { name: "Create workspace" }).click();

    await expect(page.getByRole("status")).toContainText(`We've sent a message to ${email}`);
    await expect.poll(async () => (await mailsTo(email)).length).toBe(1);
    const [mail] = await mailsTo(email);
    await page.goto(linkIn(mail?.text ?? "", /http\S+\/verify-email\?oobCode=\S+/));
    await expect(page.getByRole("status")).toHaveText("Your address is confirmed.");
    expect((await adminAuth().getUserByEmail(email)).emailVerified).toBe(true);

    await page.getByRole("link", { name: "Sign in to your workspace" }).click();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(STRONG_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
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

  test("answers an address that already has an account exactly as a new one, and creates nothing", async ({
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

    await expect(page.getByRole("status")).toContainText(`We've sent a message to ${email}`);
    await expect.poll(async () => (await mailsTo(email)).length).toBe(1);
    const [notice] = await mailsTo(email);
    expect(notice?.subject).toBe("Someone tried to create a Portico workspace with your address");
    const user = await adminAuth().getUserByEmail(email);
    expect(user.customClaims ?? {}).not.toHaveProperty("agencyId");
  });
});
