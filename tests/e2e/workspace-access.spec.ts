import { expect, test } from "@playwright/test";
import { adminAuth, linkIn, mailsTo, STRONG_PASSWORD, uniqueEmail } from "./fixtures";

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
  test("answers the same whether or not the address has an account; Portico's mail leads to Portico's page", async ({
    page,
  }) => {
    const email = uniqueEmail("forgetful");
    await adminAuth().createUser({
      email,
      password: STRONG_PASSWORD,
      displayName: "Fay Forgetful",
    });
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

    await expect.poll(async () => (await mailsTo(email)).length).toBe(1);
    const [mail] = await mailsTo(email);
    expect(mail?.subject).toBe("Reset your Portico password");
    const link = linkIn(mail?.text ?? "", /http\S+\/reset-password\?oobCode=\S+/);
    expect(await mailsTo(unknown)).toEqual([]);

    await page.goto(link);
    await expect(page.getByText(`For ${email}.`)).toBeVisible();
    await page.getByLabel("New password").fill("short");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
    await page.getByLabel("New password").fill("a-fresh-start-77");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page.getByRole("status")).toContainText("Your password was changed.");

    await page.getByRole("link", { name: "Go to sign in" }).click();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a-fresh-start-77");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/no-workspace$/);

    // The link worked once.
    await page.goto(link);
    await expect(page.getByRole("alert")).toContainText("This reset link is no longer valid.");
  });
});
