import { expect, test } from "@playwright/test";
import { adminAuth, oobCodesFor, STRONG_PASSWORD, uniqueEmail } from "./fixtures";

test.describe("Accounts without a workspace", () => {
  test("see a clear page and can start a workspace without signing in again", async ({ page }) => {
    const email = uniqueEmail("loner");
    await adminAuth().createUser({ email, password: STRONG_PASSWORD, displayName: "Lee Loner" });

    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(STRONG_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(/\/no-workspace$/);
    await expect(
      page.getByRole("heading", { name: "You're not part of an agency workspace" }),
    ).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/no-workspace$/);

    await page.getByLabel("Agency name").fill("Solo Studio");
    await page.getByRole("button", { name: "Create a workspace" }).click();

    // The claims arrive through the session listener's token refresh, not a new sign-in.
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId("agency-name")).toHaveText("Solo Studio");
  });
});

test.describe("Password reset", () => {
  test("answers the same whether or not the address has an account", async ({ page }) => {
    const email = uniqueEmail("forgetful");
    await adminAuth().createUser({ email, password: STRONG_PASSWORD });
    const unknown = uniqueEmail("stranger");

    const answers: string[] = [];
    for (const address of [email, unknown]) {
      await page.goto("/forgot-password");
      await page.getByLabel("Email").fill(address);
      await page.getByRole("button", { name: "Send reset link" }).click();
      const status = page.getByRole("status");
      await expect(status).toContainText("If an account exists for");
      answers.push(((await status.textContent()) ?? "").replace(address, "<address>"));
    }
    expect(answers[0]).toBe(answers[1]);

    const codes = await oobCodesFor(email);
    expect(codes.map((code) => code.requestType)).toContain("PASSWORD_RESET");
    expect(await oobCodesFor(unknown)).toHaveLength(0);
  });
});
