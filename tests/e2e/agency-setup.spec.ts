import { expect, test } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import { addTeammate, adminDb, createAgencyWithOwner } from "./fixtures";
import { signIn } from "./support";

test.describe("Connected accounts", () => {
  test("validates each platform's ID beside the field and lists accounts by platform", async ({
    page,
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Signal Media");
    await signIn(page, agency.email, agency.password, "/settings/connected-accounts");
    await expect(page.getByText("No accounts connected yet")).toBeVisible();

    await page.getByRole("button", { name: "Connect account" }).click();
    const dialog = page.getByRole("dialog", { name: "Connect account" });
    await dialog.getByLabel("Account", { exact: true }).selectOption("google-ads-manager");
    await expect(dialog.getByText("Used for: Google Ads")).toBeVisible();
    await dialog.getByLabel("Google Ads manager account ID").fill("123-45-6789");
    await dialog.getByRole("button", { name: "Connect account" }).click();
    await expect(dialog.getByText("Use a Google Ads customer ID like 123-456-7890.")).toBeVisible();
    await dialog.getByLabel("Google Ads manager account ID").fill("1234567890");
    await dialog.getByLabel("Name (optional)").fill("Main MCC");
    await dialog.getByRole("button", { name: "Connect account" }).click();
    await expect(dialog).toBeHidden();

    const google = page.getByRole("list", { name: "Google accounts" });
    await expect(google.getByText("Main MCC")).toBeVisible();
    await expect(google.getByText("123-456-7890")).toBeVisible();

    // Saved without a name: the kind names it, once.
    await page.getByRole("button", { name: "Connect account" }).click();
    await dialog.getByLabel("Account", { exact: true }).selectOption("google-ads-manager");
    await dialog.getByLabel("Google Ads manager account ID").fill("9876543210");
    await dialog.getByRole("button", { name: "Connect account" }).click();
    await expect(dialog).toBeHidden();
    const unnamed = google.getByRole("listitem").filter({ hasText: "987-654-3210" });
    await expect(unnamed).toContainText("Google Ads manager account ID");
    await expect
      .poll(async () => (await unnamed.innerText()).split("Google Ads manager account ID").length)
      .toBe(2);

    const member = await addTeammate(agency.agencyId, "member");
    const memberPage = await (await browser.newContext()).newPage();
    await signIn(memberPage, member.email, member.password, "/settings/connected-accounts");
    await expect(
      memberPage.getByRole("list", { name: "Google accounts" }).getByText("Main MCC"),
    ).toBeVisible();
    await expect(memberPage.getByRole("button", { name: "Connect account" })).toHaveCount(0);
    await expect(
      memberPage.getByText("Only owners and admins can change connected accounts."),
    ).toBeVisible();
    await memberPage.context().close();
  });
});

test.describe("Intake form builder", () => {
  test("builds, validates, reorders and previews the form as clients will see it", async ({
    page,
  }) => {
    const agency = await createAgencyWithOwner("Orbit Studio");
    await signIn(page, agency.email, agency.password, "/settings/intake-form");

    await page.getByLabel("Intake form enabled").check();
    await page.getByRole("button", { name: "Add question" }).click();
    const first = page.getByRole("group", { name: "Question 1" });
    await first.getByLabel("Question", { exact: true }).fill("What are your goals?");
    await first.getByLabel("Type").selectOption("long_text");
    await first.getByLabel("Required").check();

    await page.getByRole("button", { name: "Add question" }).click();
    const second = page.getByRole("group", { name: "Question 2" });
    await second.getByLabel("Question", { exact: true }).fill("Monthly budget");
    await second.getByLabel("Type").selectOption("single_choice");
    await second.getByRole("button", { name: "Add option" }).click();
    await second.getByLabel("Option 1", { exact: true }).fill("Under $1k");
    await page.getByRole("button", { name: "Save intake form" }).click();
    await expect(second.getByText("Add at least two options.")).toBeVisible();
    const stored = await adminDb().doc(paths.settings(agency.agencyId, "intakeForm")).get();
    expect(stored.exists).toBe(false);

    await second.getByRole("button", { name: "Add option" }).click();
    await second.getByLabel("Option 2", { exact: true }).fill("$1k or more");
    await page.getByRole("button", { name: "Move question 2 up" }).click();
    await expect(
      page.getByRole("group", { name: "Question 1" }).getByLabel("Question", { exact: true }),
    ).toHaveValue("Monthly budget");
    await page.getByRole("button", { name: "Save intake form" }).click();
    await expect(page.getByText("Intake form saved").first()).toBeVisible();
    await expect
      .poll(async () =>
        (await adminDb().doc(paths.settings(agency.agencyId, "intakeForm")).get()).get("questions"),
      )
      .toMatchObject([
        { label: "Monthly budget", type: "single_choice", options: ["Under $1k", "$1k or more"] },
        { label: "What are your goals?", type: "long_text", required: true },
      ]);

    // The preview answers like the client's page: the required question is enforced.
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByRole("radio", { name: "Under $1k" })).toBeVisible();
    await preview.getByRole("button", { name: "Check answers" }).click();
    await expect(preview.getByText("This question needs an answer.")).toBeVisible();
    await preview.getByLabel("What are your goals? (required)").fill("More leads");
    await preview.getByRole("button", { name: "Check answers" }).click();
    await expect(preview.getByText("These answers would be accepted.")).toBeVisible();

    await page.reload();
    await expect(page.getByLabel("Intake form enabled")).toBeChecked();
    await expect(
      page.getByRole("group", { name: "Question 2" }).getByLabel("Question", { exact: true }),
    ).toHaveValue("What are your goals?");
  });
});
