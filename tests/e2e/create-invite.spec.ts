// One journey file over 300 lines: the Create Invite wizard end to end, its refusals beside each field, and who may use it.
import { expect, type Page, test } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import {
  addTeammate,
  adminDb,
  createAgencyWithOwner,
  createClientRecord,
  linkIn,
  mailsTo,
  uniqueEmail,
} from "./fixtures";
import { signIn } from "./support";

/** A receiving account in the shape saveConnectedAccount writes. */
async function connectAccount(agencyId: string, kind: string, platform: string, value: string) {
  const ref = adminDb().collection(paths.connectedAccounts(agencyId)).doc();
  await ref.set({
    kind,
    platform,
    label: "Harbor MCC",
    value,
    createdAt: new Date(),
    createdBy: "seed",
    updatedAt: new Date(),
  });
  return ref.id;
}

async function setIntakeForm(agencyId: string, enabled: boolean) {
  await adminDb()
    .doc(paths.settings(agencyId, "intakeForm"))
    .set({
      enabled,
      questions: [
        {
          id: "goals",
          type: "short_text",
          label: "What should we improve first?",
          helpText: "",
          required: true,
          options: [],
        },
      ],
      updatedAt: new Date(),
    });
}

const invitesOf = async (agencyId: string) =>
  (await adminDb().collection(paths.invites(agencyId)).get()).docs;

const stepHeading = (page: Page, name: string) => page.getByRole("heading", { level: 2, name });

test.describe("Create Invite", () => {
  test("an owner builds an invite step by step, previews the page and email, sends it and copies the link the client receives", async ({
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Harbor Lights");
    const accountId = await connectAccount(
      agency.agencyId,
      "google-ads-manager",
      "google",
      "123-456-7890",
    );
    await setIntakeForm(agency.agencyId, true);
    const clientEmail = uniqueEmail("marisol");
    const clientId = await createClientRecord(agency.agencyId, {
      name: "Marisol Café",
      email: clientEmail,
      type: "client",
      language: "es",
    });

    const context = await browser.newContext({
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const page = await context.newPage();
    await signIn(page, agency.email, agency.password, `/invites/new?client=${clientId}`);

    // Step 1: the client from the URL is already selected.
    const steps = page.getByRole("list", { name: "Steps" }).getByRole("listitem");
    await expect(stepHeading(page, "Select an existing client or create a new one")).toBeVisible();
    await expect(steps.nth(0)).toHaveAttribute("aria-current", "step");
    await expect(page.getByRole("radio", { name: /Marisol Café/ })).toBeChecked();
    await page.getByRole("button", { name: "Next" }).click();

    // Step 2: Choose accounts, with the Intake Form toggle (the agency's form is on).
    await expect(stepHeading(page, "Choose accounts")).toBeVisible();
    await expect(steps.nth(1)).toHaveAttribute("aria-current", "step");
    await expect(steps.nth(0)).not.toHaveAttribute("aria-current", "step");
    await page.getByRole("checkbox", { name: "Google Ads", exact: true }).check();
    const googleAds = page.getByRole("group", { name: "Google Ads", exact: true });
    await expect(googleAds.getByLabel("Receiving account")).toHaveValue(accountId);
    await expect(googleAds.getByLabel("Access level")).toHaveValue("standard");
    await googleAds.getByLabel("Access level").selectOption("admin");
    await page.getByRole("switch", { name: /Intake Form/ }).check();
    await page.getByRole("button", { name: "Next" }).click();

    // Step 3: the access page in the client's language, the intake form and the real email.
    await expect(stepHeading(page, "Preview your link")).toBeVisible();
    const accessPage = page.getByRole("article", { name: "Harbor Lights access page" });
    await expect(accessPage.getByText("Hola, Marisol Café:")).toBeVisible();
    await expect(accessPage.getByRole("heading", { name: "Google Ads" })).toBeVisible();
    await expect(
      accessPage.getByRole("button", { name: "Iniciar sesión con Google" }),
    ).toHaveAttribute("aria-disabled", "true");
    await expect(accessPage.getByText("What should we improve first?")).toBeVisible();
    await expect(page.getByText("Harbor Lights solicita acceso a tus cuentas")).toBeVisible();
    const email = page.frameLocator('iframe[title="Email preview"]');
    await expect(email.getByText("Hola, Marisol Café:")).toBeVisible();
    await expect(email.getByText("• Google Ads")).toBeVisible();
    await page.getByRole("button", { name: "Next" }).click();

    // Step 4: a thank you message.
    await expect(stepHeading(page, "Add an optional thank you message or redirect")).toBeVisible();
    await page.getByLabel("A thank you message").check();
    await page
      .getByLabel("Thank you message", { exact: true })
      .fill("Gracias, we'll be in touch within a day.");
    await page.getByRole("button", { name: "Next" }).click();

    // Step 5: summary, email notification on by default, Send.
    await expect(stepHeading(page, "Review the summary")).toBeVisible();
    await expect(
      page.getByText("Google Ads: Admin → Harbor MCC (123-456-7890) · Required"),
    ).toBeVisible();
    await expect(page.getByText("On: 1 question")).toBeVisible();
    const sendEmail = page.getByLabel("Send email notification");
    await expect(sendEmail).toBeChecked();
    // The hint follows the checkbox: off, nothing is emailed.
    await expect(sendEmail).toHaveAccessibleDescription(
      `Portico emails the invite link to ${clientEmail}.`,
    );
    await sendEmail.uncheck();
    await expect(sendEmail).toHaveAccessibleDescription(
      "No email is sent: copy the link on the next screen and share it yourself.",
    );
    await sendEmail.check();
    await page.getByRole("button", { name: "Send" }).click();

    // The first call to a function can be slow on the emulator.
    await expect(page.getByRole("heading", { name: "Invite sent" })).toBeVisible({
      timeout: 30_000,
    });
    const urlField = page.getByLabel("Invite URL");
    await expect(urlField).toHaveValue(/\/i\/[A-Za-z0-9_-]{43}$/);
    const url = await urlField.inputValue();
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    // The client gets the email in Spanish, with the same link.
    await expect.poll(async () => (await mailsTo(clientEmail)).length).toBe(1);
    const [mail] = await mailsTo(clientEmail);
    expect(mail?.subject).toBe("Harbor Lights solicita acceso a tus cuentas");
    expect(linkIn(mail?.text ?? "", /https?:\/\/\S+\/i\/[A-Za-z0-9_-]+/)).toBe(url);

    // The invite holds what was chosen.
    const invites = await invitesOf(agency.agencyId);
    expect(invites).toHaveLength(1);
    expect(invites[0]?.data()).toMatchObject({
      clientId,
      services: [
        {
          serviceId: "google-ads",
          accessLevel: "admin",
          optional: false,
          status: "pending",
          connectedAccount: { id: accountId },
        },
      ],
      intake: { requested: true, status: "pending" },
      thankYouMessage: "Gracias, we'll be in touch within a day.",
      redirectUrl: "",
    });

    await page.getByRole("link", { name: "Go to the Dashboard" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await context.close();
  });

  test("bad input is shown beside its field and nothing is written or sent", async ({ page }) => {
    const agency = await createAgencyWithOwner("Quarry Media");
    await connectAccount(agency.agencyId, "google-ads-manager", "google", "222-333-4444");
    await setIntakeForm(agency.agencyId, true);
    const clientEmail = uniqueEmail("prospect");
    const clientId = await createClientRecord(agency.agencyId, {
      name: "Pebble Yoga",
      email: clientEmail,
      type: "prospect",
      language: "en",
    });
    await signIn(page, agency.email, agency.password, "/invites/new");

    // No client chosen.
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByText("Choose or create a client first.")).toBeVisible();
    await page.getByLabel("Search clients").fill("pebble");
    // The list re-renders when the search settles; a click just before it can be lost (noted).
    await expect(async () => {
      await page.getByRole("radio", { name: /Pebble Yoga/ }).check({ timeout: 2_000 });
    }).toPass();
    await page.getByRole("button", { name: "Next" }).click();

    // No service chosen: the message is tied to the list.
    await expect(stepHeading(page, "Choose accounts")).toBeVisible();
    await page.getByRole("button", { name: "Next" }).click();
    const services = page.getByRole("group", { name: "Services", exact: true });
    await expect(services).toHaveAccessibleDescription("Choose at least one service.");
    await expect(page.getByText("Choose at least one service.")).toBeVisible();

    // A service with no connected account: the troubleshooting message and where to fix it.
    await page.getByRole("checkbox", { name: "Meta ad account" }).check();
    const meta = page.getByRole("group", { name: "Meta ad account", exact: true });
    await expect(
      meta.getByText(
        "Connect an agency account for Meta ad account first (Settings → Connected accounts).",
      ),
    ).toBeVisible();
    await expect(meta.getByRole("button", { name: "Connect account" })).toBeVisible();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(stepHeading(page, "Choose accounts")).toBeVisible();
    await expect(meta.locator(".field-error")).toHaveText(
      "Connect an agency account for Meta ad account first (Settings → Connected accounts).",
    );

    // A prospect is offered read-only levels only, and told why.
    await page.getByRole("checkbox", { name: "Google Ads", exact: true }).check();
    const googleAds = page.getByRole("group", { name: "Google Ads", exact: true });
    const levels = googleAds.getByLabel("Access level");
    await expect(levels).toHaveValue("read-only");
    await expect(levels.locator("option")).toHaveText([
      "Read only (read-only)",
      "Email only (read-only)",
    ]);
    await expect(levels).toHaveAccessibleDescription(/only read-only levels are offered/);
    await page.getByRole("checkbox", { name: "Meta ad account" }).uncheck();
    await page.getByRole("switch", { name: /Intake Form/ }).check();
    await page.getByRole("button", { name: "Next" }).click();

    await expect(stepHeading(page, "Preview your link")).toBeVisible();
    await page.getByRole("button", { name: "Next" }).click();

    // A thank you message or redirect chosen but left empty is refused beside
    // its field, not dropped for the standard page.
    await page.getByLabel("A thank you message").check();
    const message = page.getByLabel("Thank you message", { exact: true });
    await page.getByRole("button", { name: "Next" }).click();
    await expect(message).toHaveAttribute("aria-invalid", "true");
    await expect(message).toHaveAccessibleDescription(
      /Write the thank you message, or choose the standard thank you page\./,
    );
    await expect(stepHeading(page, "Add an optional thank you message or redirect")).toBeVisible();
    await page.getByLabel("A redirect to a web address").check();
    const redirect = page.getByLabel("Redirect URL");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(redirect).toHaveAttribute("aria-invalid", "true");
    await expect(redirect).toHaveAccessibleDescription(
      /Enter the address to send the client to, or choose the standard page\./,
    );

    // A redirect that is not a web address.
    await redirect.fill("ftp://x");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(redirect).toHaveAttribute("aria-invalid", "true");
    await expect(redirect).toHaveAccessibleDescription(
      /Use a web address starting with https:\/\/ or http:\/\/\./,
    );
    await expect(stepHeading(page, "Add an optional thank you message or redirect")).toBeVisible();
    await redirect.fill("https://quarry.example/welcome");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(stepHeading(page, "Review the summary")).toBeVisible();

    // The server's own check: the intake form was turned off meanwhile.
    await setIntakeForm(agency.agencyId, false);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(stepHeading(page, "Choose accounts")).toBeVisible();
    await expect(
      page.getByText(
        "Your intake form is turned off or has no questions (Settings → Intake form).",
      ),
    ).toBeVisible();

    expect(await invitesOf(agency.agencyId)).toHaveLength(0);
    expect(await mailsTo(clientEmail)).toHaveLength(0);
    expect(
      (await adminDb().doc(paths.client(agency.agencyId, clientId)).get()).get("latestInvite"),
    ).toBeNull();
  });

  test("a client created inside the wizard is selected, and an invite without email shows the link to send by hand", async ({
    page,
  }) => {
    const agency = await createAgencyWithOwner("Orbit Works");
    await connectAccount(agency.agencyId, "google-ads-manager", "google", "555-666-7777");
    await signIn(page, agency.email, agency.password, "/invites/new");

    await expect(page.getByText("No clients yet. Create one below.")).toBeVisible();
    await page.getByRole("button", { name: "Create a new client" }).click();
    const newClient = page.getByRole("region", { name: "New client" });
    await newClient.getByRole("button", { name: "Create" }).click();
    await expect(newClient.getByText("Enter the client's name.")).toBeVisible();
    await newClient.getByLabel("Name").fill("Nova Dental");
    await newClient.getByLabel("Type").selectOption("prospect");
    await newClient.getByRole("button", { name: "Create" }).click();

    await expect(page.getByRole("radio", { name: /Nova Dental/ })).toBeChecked();
    await expect
      .poll(async () =>
        (await adminDb().collection(paths.clients(agency.agencyId)).get()).docs.map((doc) =>
          doc.get("name"),
        ),
      )
      .toEqual(["Nova Dental"]);
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByText(/Nova Dental is a Prospect/)).toBeVisible();
    // The agency's intake form is off, so there is no toggle.
    await expect(page.getByRole("switch", { name: /Intake Form/ })).toHaveCount(0);
    await page.getByRole("checkbox", { name: "Google Ads", exact: true }).check();
    for (const heading of ["Preview your link", "Add an optional thank you message or redirect"]) {
      await page.getByRole("button", { name: "Next" }).click();
      await expect(stepHeading(page, heading)).toBeVisible();
    }
    await page.getByRole("button", { name: "Next" }).click();

    // No email address: "Send email notification" has to be turned off.
    await page.getByRole("button", { name: "Send" }).click();
    await expect(
      page.getByText(
        'Nova Dental has no email address. Add one, or turn off "Send email notification" and copy the link.',
      ),
    ).toBeVisible();
    await page.getByLabel("Send email notification").uncheck();
    await page.getByRole("button", { name: "Send" }).click();

    await expect(page.getByRole("heading", { name: "Invite created" })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByText("No email was sent.", { exact: false })).toBeVisible();
    await expect(page.getByLabel("Invite URL")).toHaveValue(/\/i\/[A-Za-z0-9_-]{43}$/);
    const [invite] = await invitesOf(agency.agencyId);
    expect(invite?.get("client.name")).toBe("Nova Dental");
    expect(invite?.data().services).toMatchObject([
      { serviceId: "google-ads", accessLevel: "read-only" },
    ]);

    await page.getByRole("button", { name: "Create another invite" }).click();
    await expect(stepHeading(page, "Select an existing client or create a new one")).toBeVisible();
    await expect(page.getByRole("radio", { name: /Nova Dental/ })).not.toBeChecked();
  });

  test("a viewer is told they cannot create invites", async ({ page }) => {
    const agency = await createAgencyWithOwner("Slate Partners");
    const viewer = await addTeammate(agency.agencyId, "viewer");
    await signIn(page, viewer.email, viewer.password, "/invites/new");
    await expect(page.getByRole("heading", { name: "Viewers can't create invites" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Next" })).toHaveCount(0);
  });
});
