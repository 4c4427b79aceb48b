import { expect, type Page, test } from "@playwright/test";
import { createAgencyWithOwner, linkIn, mailsTo, STRONG_PASSWORD, uniqueEmail } from "./fixtures";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
}

test.describe("Agency team", () => {
  // Sign-up mail, joining and a removal seen live: half a minute on an idle machine.
  test.describe.configure({ timeout: 120_000 });
  test("an invited teammate joins from the email, and removal signs them out at once", async ({
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Harbour Media");
    const teammateEmail = uniqueEmail("teammate");

    const ownerContext = await browser.newContext();
    const owner = await ownerContext.newPage();
    await signIn(owner, agency.email, agency.password);
    await owner.goto("/settings/team");
    await owner.getByLabel("Email address").fill(teammateEmail);
    await owner.getByLabel("Role", { exact: true }).selectOption("member");
    await owner.getByRole("button", { name: "Send invitation" }).click();

    const invitations = owner.getByRole("table", { name: "Pending invitations" });
    const invitationRow = invitations.getByRole("row").filter({ hasText: teammateEmail });
    await expect(invitationRow.getByText("Invited")).toBeVisible();
    await expect(invitationRow.getByText("Email sent")).toBeVisible();

    await expect.poll(async () => (await mailsTo(teammateEmail)).length).toBe(1);
    const [mail] = await mailsTo(teammateEmail);
    expect(mail?.subject).toBe("Otto Owner invited you to join Harbour Media on Portico");
    const joinUrl = linkIn(mail?.text ?? "", /http:\/\/127\.0\.0\.1:\d+\/join\/[A-Za-z0-9_-]{43}/);

    const teammateContext = await browser.newContext();
    const teammate = await teammateContext.newPage();
    await teammate.goto(joinUrl);
    await expect(
      teammate.getByRole("heading", { name: "Join Harbour Media on Portico" }),
    ).toBeVisible();
    await teammate.getByLabel("Your name").fill("Tina Teammate");
    await teammate.getByLabel("Choose a password").fill(STRONG_PASSWORD);
    await teammate.getByRole("button", { name: "Join Harbour Media" }).click();
    await expect(teammate.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(teammate.getByTestId("agency-name")).toHaveText("Harbour Media");

    // The owner's open page shows the new member live, and the invitation is gone.
    const members = owner.getByRole("table", { name: "Team members" });
    await expect(members.getByRole("row").filter({ hasText: teammateEmail })).toBeVisible();
    await expect(invitations).toHaveCount(0);

    // A role change reaches the teammate's open app without signing in again.
    await teammate.goto("/settings/general");
    await expect(teammate.getByText("Only owners and admins can change this.")).toBeVisible();
    await members.getByLabel("Role of Tina Teammate").selectOption("admin");
    await expect(teammate.getByRole("button", { name: "Save settings" })).toBeVisible();
    await expect(teammate.getByText("Only owners and admins can change this.")).toHaveCount(0);

    // The link worked once.
    const reopened = await teammateContext.newPage();
    await reopened.goto(joinUrl);
    await expect(
      reopened.getByRole("heading", { name: "This link is no longer valid" }),
    ).toBeVisible();
    await reopened.close();

    await owner
      .getByRole("row")
      .filter({ hasText: teammateEmail })
      .getByRole("button", { name: "Remove" })
      .click();
    await owner.getByRole("button", { name: "Remove from team" }).click();
    await expect(members.getByRole("row").filter({ hasText: teammateEmail })).toHaveCount(0);

    await expect(teammate).toHaveURL(/\/sign-in/, { timeout: 5000 });
    await expect(teammate.getByText("Your access to this workspace has ended.")).toBeVisible();

    await ownerContext.close();
    await teammateContext.close();
  });

  test("refuses a malformed address or an existing member beside the email field", async ({
    page,
  }) => {
    const agency = await createAgencyWithOwner("Quiet Quarters");
    await signIn(page, agency.email, agency.password);
    await page.goto("/settings/team");
    await expect(page.getByRole("button", { name: "Send invitation" })).toBeVisible();
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(
      page.getByText("Enter a valid email address, like name@example.com."),
    ).toBeVisible();
    await page.getByLabel("Email address").fill(agency.email);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText("This person is already on the team.")).toBeVisible({
      timeout: 30_000,
    });
  });
});
