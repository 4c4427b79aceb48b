import { expect, type Page, test } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import {
  adminDb,
  createAgencyWithOwner,
  createClientRecord,
  createInviteRecord,
  issueInviteLink,
  uniqueEmail,
} from "./fixtures";
import { signIn } from "./support";

/** A receiving account in the shape saveConnectedAccount writes. */
async function connectAccount(
  agencyId: string,
  fields: { kind: string; platform: string; label: string; value: string },
) {
  const ref = adminDb().collection(paths.connectedAccounts(agencyId)).doc();
  await ref.set({
    ...fields,
    createdAt: new Date(),
    createdBy: "seed",
    updatedAt: new Date(),
  });
  return { id: ref.id, ...fields };
}

const stepHeading = (page: Page, name: string) => page.getByRole("heading", { level: 2, name });

test.describe("connected accounts and open invites", () => {
  // Each journey makes a handful of function calls in a row (remove, edit, connect, send).
  // The browser journeys' global setup gives every callable a warm worker first.
  test.describe.configure({ timeout: 120_000 });

  test("removing an account used by an open invite asks first, flags the invite, stops the client, and Edit repairs it", async ({
    page,
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Lantern Ads");
    const harbor = await connectAccount(agency.agencyId, {
      kind: "google-ads-manager",
      platform: "google",
      label: "Harbor MCC",
      value: "123-456-7890",
    });
    const backup = await connectAccount(agency.agencyId, {
      kind: "google-ads-manager",
      platform: "google",
      label: "Backup MCC",
      value: "222-333-4444",
    });
    const client = { name: "Nora Nursery", email: uniqueEmail("nora") };
    const clientId = await createClientRecord(agency.agencyId, {
      ...client,
      type: "client",
      language: "en",
    });
    const inviteId = await createInviteRecord(agency.agencyId, {
      clientId,
      client,
      accounts: [harbor],
      services: [{ serviceId: "google-ads", accessLevel: "standard", status: "pending" }],
    });
    const link = await issueInviteLink(agency.agencyId, inviteId, clientId);

    await signIn(page, agency.email, agency.password, "/settings/connected-accounts");
    await page.getByRole("button", { name: "Remove Harbor MCC" }).click();
    const confirm = page.getByRole("dialog", { name: "Remove Harbor MCC?" });
    await expect(
      confirm.getByRole("region", { name: "Open invites using this account" }),
    ).toContainText("Nora Nursery: Google Ads");
    // Keeping it changes nothing.
    await confirm.getByRole("button", { name: "Keep account" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole("list", { name: "Google accounts" })).toContainText("Harbor MCC");

    await page.getByRole("button", { name: "Remove Harbor MCC" }).click();
    await confirm.getByRole("button", { name: "Remove account" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole("list", { name: "Google accounts" })).not.toContainText(
      "Harbor MCC",
    );

    // The client's page offers nothing to grant to the removed account.
    const clientPage = await (await browser.newContext()).newPage();
    await clientPage.goto(link);
    const card = clientPage.locator('[data-service-id="google-ads"]');
    await expect(card).toContainText("Lantern Ads is updating this part of the request.");
    await expect(card.getByRole("button")).toHaveCount(0);
    await expect(card).not.toContainText("123-456-7890");

    // The board flags the invite; Edit names the removed account and takes the other one.
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Dashboard" })
      .click();
    const row = page.getByRole("row", { name: /Nora Nursery/ });
    await expect(row.locator('[data-service-id="google-ads"]')).toContainText("Account removed");
    await row.getByRole("button", { name: /More actions/ }).click();
    await page.getByRole("menuitem", { name: "Edit" }).click();
    const edit = page.getByRole("dialog", { name: "Edit invite for Nora Nursery" });
    await expect(edit.getByRole("status")).toContainText(
      "Nora Nursery can't grant Google Ads: the receiving account was removed",
    );
    const receiving = edit
      .getByRole("group", { name: "Google Ads", exact: true })
      .getByLabel("Receiving account");
    await expect(receiving.locator("option:checked")).toHaveText(
      "Harbor MCC (123-456-7890) (removed)",
    );
    await receiving.selectOption({ label: "Backup MCC (222-333-4444)" });
    await edit.getByRole("button", { name: "Save" }).click();
    await expect(edit).toBeHidden();
    await expect(row.locator('[data-service-id="google-ads"]')).not.toContainText(
      "Account removed",
    );
    const stored = await adminDb().doc(paths.invite(agency.agencyId, inviteId)).get();
    expect(stored.get("services")[0].connectedAccount).toMatchObject({ id: backup.id });

    await clientPage.reload();
    await expect(card).toContainText("222-333-4444");
    // The client can act again: sign in with Google (the steps name the new account).
    await expect(card.getByRole("button", { name: "Sign in with Google" })).toBeVisible();
  });

  test("Create Invite says which services are ready, connects a missing account in place, and keeps its state across navigation", async ({
    page,
  }) => {
    const agency = await createAgencyWithOwner("Beacon Studio");
    await connectAccount(agency.agencyId, {
      kind: "google-ads-manager",
      platform: "google",
      label: "Beacon MCC",
      value: "333-444-5555",
    });
    await createClientRecord(agency.agencyId, {
      name: "Olive Optics",
      email: uniqueEmail("olive"),
      type: "client",
      language: "en",
    });
    await signIn(page, agency.email, agency.password, "/invites/new");
    await page.getByLabel("Search clients").fill("olive");
    // The list re-renders when the search settles; a click just before it can be lost (noted).
    await expect(async () => {
      await page.getByRole("radio", { name: /Olive Optics/ }).check({ timeout: 2_000 });
    }).toPass();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(stepHeading(page, "Choose accounts")).toBeVisible();

    // Which services have a connected account, and a filter for them.
    const ads = page.getByRole("checkbox", { name: "Google Ads", exact: true });
    const meta = page.getByRole("checkbox", { name: "Meta ad account", exact: true });
    await expect(ads).toHaveAccessibleDescription("Account connected");
    await expect(meta).toHaveAccessibleDescription("No account connected");
    await page.getByRole("checkbox", { name: /Connected only/ }).check();
    await expect(meta).toBeHidden();
    await expect(ads).toBeVisible();
    await page.getByRole("checkbox", { name: /Connected only/ }).uncheck();

    // Connect the missing account in a dialog: the wizard stays as it was.
    await ads.check();
    await meta.check();
    const metaRow = page.getByRole("group", { name: "Meta ad account", exact: true });
    await metaRow.getByRole("button", { name: "Connect account" }).click();
    const dialog = page.getByRole("dialog", { name: "Connect account" });
    await expect(dialog.getByLabel("Account", { exact: true })).toHaveValue("meta-business");
    await dialog.getByLabel("Meta Business ID").fill("12345");
    await dialog.getByRole("button", { name: "Connect account" }).click();
    await expect(dialog.getByText(/Use a Meta Business ID/)).toBeVisible();
    await dialog.getByLabel("Meta Business ID").fill("1234567890123456");
    await dialog.getByLabel("Name (optional)").fill("Beacon Business");
    await dialog.getByRole("button", { name: "Connect account" }).click();
    await expect(dialog).toBeHidden();
    await expect(stepHeading(page, "Choose accounts")).toBeVisible();
    await expect(metaRow.getByLabel("Receiving account")).toHaveValue(/.+/);
    await expect(metaRow.getByLabel("Receiving account").locator("option:checked")).toHaveText(
      "Beacon Business (1234567890123456)",
    );
    await expect(meta).toHaveAccessibleDescription("Account connected");
    await expect(ads).toBeChecked();

    // Leaving the wizard and coming back (Back, or a reload) finds it as it was.
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Clients" })
      .click();
    await expect(page).toHaveURL(/\/clients$/);
    await page.goBack();
    await expect(stepHeading(page, "Choose accounts")).toBeVisible();
    await expect(ads).toBeChecked();
    await expect(meta).toBeChecked();
    await page.reload();
    await expect(stepHeading(page, "Choose accounts")).toBeVisible();
    await expect(meta).toBeChecked();

    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(stepHeading(page, "Review the summary")).toBeVisible();
    await page.getByRole("button", { name: "Send" }).click();
    await expect(stepHeading(page, "Invite sent")).toBeVisible();
    const invites = await adminDb().collection(paths.invites(agency.agencyId)).get();
    expect(invites.docs).toHaveLength(1);
    const services = (invites.docs[0]?.get("services") ?? []) as { serviceId: string }[];
    expect(services.map((service) => service.serviceId)).toEqual(["google-ads", "meta-ad-account"]);

    // Sent: a new wizard starts empty.
    await page.goto("/invites/new");
    await expect(stepHeading(page, "Select an existing client or create a new one")).toBeVisible();
  });
});
