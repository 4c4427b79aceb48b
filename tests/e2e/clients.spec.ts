import { expect, test } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import { addTeammate, adminDb, createAgencyWithOwner, createClientRecord } from "./fixtures";
import { signIn } from "./support";

test.describe("Clients", () => {
  test("a new client appears live for a teammate, is found by company and ID, edited and deleted with its data", async ({
    browser,
  }) => {
    // Two people, about twenty steps, and each list change one function away (syncClientRow).
    test.setTimeout(120_000);
    const agency = await createAgencyWithOwner("Beacon Growth");
    const teammate = await addTeammate(agency.agencyId, "member");

    const teammateContext = await browser.newContext();
    const teammatePage = await teammateContext.newPage();
    await signIn(teammatePage, teammate.email, teammate.password, "/clients");
    await expect(teammatePage.getByText("No clients yet")).toBeVisible();

    const ownerContext = await browser.newContext();
    const owner = await ownerContext.newPage();
    await signIn(owner, agency.email, agency.password, "/clients");
    await owner.getByRole("button", { name: "Create Client" }).click();
    const dialog = owner.getByRole("dialog", { name: "Create Client" });
    await dialog.getByRole("button", { name: "Create" }).click();
    await expect(dialog.getByText("Enter the client's name.")).toBeVisible();
    await dialog.getByLabel("Name").fill("Juniper Bakery");
    await dialog.getByLabel("Company").fill("Juniper Foods Ltd");
    await dialog.getByLabel("Email").fill("hello@juniper.test");
    await dialog.getByLabel("Website").fill("not a website");
    await dialog.getByRole("button", { name: "Create" }).click();
    await expect(
      dialog.getByText("Enter a website like acme.com or https://acme.com."),
    ).toBeVisible();
    await dialog.getByLabel("Website").fill("juniper.test");
    await dialog.getByLabel("Type").selectOption("prospect");
    await dialog.getByLabel("Language").selectOption("es");
    await dialog.getByRole("button", { name: "Create" }).click();

    await expect(owner.getByRole("heading", { name: "Juniper Bakery" })).toBeVisible();
    const clientId = owner.url().split("/").pop() ?? "";
    expect(clientId).toMatch(/^[A-Za-z0-9]{20}$/);
    // No internet here: the favicon cannot be fetched, so the profile shows the monogram.
    await expect(owner.locator(".profile-title .client-avatar")).toHaveText("JB");

    // The teammate's open list shows it without reload.
    const list = teammatePage.getByRole("table", { name: "Clients" });
    const row = list.getByRole("row").filter({ hasText: "Juniper Bakery" });
    await expect(row).toBeVisible();
    await expect(row).toContainText("Juniper Foods Ltd");
    await expect(row).toContainText("Prospect");
    await expect(row).toContainText("Email Set");

    const search = teammatePage.getByLabel("Search clients");
    await search.fill("junip");
    await expect(row).toBeVisible();
    await search.fill("foods");
    await expect(row).toBeVisible();
    await search.fill(clientId);
    await expect(row).toBeVisible();
    await search.fill("nothing-matches");
    await expect(teammatePage.getByText("No clients match")).toBeVisible();
    await search.fill("");

    // Edit, with the duplicate-email guard on the way.
    await owner.getByRole("button", { name: "Edit details" }).click();
    await owner.getByLabel("Name").fill("Juniper Bakery & Café");
    await owner.getByRole("button", { name: "Save details" }).click();
    await expect(owner.getByRole("heading", { name: "Juniper Bakery & Café" })).toBeVisible();
    await expect(list.getByRole("row").filter({ hasText: "Juniper Bakery & Café" })).toBeVisible();

    // Data under the client (invites and responses, once they exist) goes with it.
    await adminDb()
      .doc(`${paths.client(agency.agencyId, clientId)}/notes/first`)
      .set({ text: "keep?" });

    await owner.getByRole("button", { name: "Delete client" }).click();
    await expect(
      owner.getByRole("dialog", { name: "Delete Juniper Bakery & Café?" }),
    ).toBeVisible();
    await owner.getByRole("button", { name: "Delete Juniper Bakery & Café" }).click();
    await expect(owner).toHaveURL(/\/clients$/);
    await expect(list.getByRole("row").filter({ hasText: "Juniper" })).toHaveCount(0);
    await expect
      .poll(
        async () =>
          (
            await adminDb()
              .collection(`${paths.client(agency.agencyId, clientId)}/notes`)
              .get()
          ).size,
      )
      .toBe(0);

    await ownerContext.close();
    await teammateContext.close();
  });

  test("Create Client gives focus back on Escape and Cancel; the profile leads with Create Invite, copies the client ID, and links a duplicate email to its client only while it stands", async ({
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Quill Partners");
    const clientId = await createClientRecord(agency.agencyId, {
      name: "Juniper Bakery",
      email: "hello@juniper.test",
      type: "client",
      language: "en",
    });
    await createClientRecord(agency.agencyId, {
      name: "Rye Roasters",
      email: "orders@rye.test",
      type: "client",
      language: "en",
    });
    const context = await browser.newContext({
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const owner = await context.newPage();
    await signIn(owner, agency.email, agency.password, "/clients");

    // Escape and Cancel give focus back to the button that opened the dialog.
    const createButton = owner.getByRole("button", { name: "Create Client" });
    const dialog = owner.getByRole("dialog", { name: "Create Client" });
    await createButton.click();
    await expect(dialog).toBeVisible();
    await owner.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(createButton).toBeFocused();
    await createButton.click();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(createButton).toBeFocused();

    await owner.getByRole("link", { name: "Juniper Bakery" }).click();

    // Create Invite is the profile's main action, for this client.
    const createInvite = owner.getByRole("link", { name: "Create Invite" });
    await expect(createInvite).toHaveAttribute("href", `/invites/new?client=${clientId}`);
    await expect(createInvite).toHaveClass(/btn-primary/);

    // The client ID copies in one click.
    await owner.getByRole("button", { name: "Copy client ID" }).click();
    await expect(owner.getByText("Client ID copied", { exact: true })).toBeVisible();
    expect(await owner.evaluate(() => navigator.clipboard.readText())).toBe(clientId);

    // The link to the client that has the email sits under the field, and
    // goes once the email is changed back.
    await owner.getByRole("button", { name: "Edit details" }).click();
    const emailField = owner.getByLabel("Email", { exact: true });
    await emailField.fill("orders@rye.test");
    await owner.getByRole("button", { name: "Save details" }).click();
    // The first call to a function can be slow on the emulator.
    await expect(emailField).toHaveAccessibleDescription("Rye Roasters already has this email.", {
      timeout: 30_000,
    });
    const existing = owner.getByRole("link", { name: "Open the existing client" });
    await expect(existing).toBeVisible();
    const linkFollowsField = await existing.evaluate(
      (link, field) =>
        Boolean(field && field.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING),
      await emailField.elementHandle(),
    );
    expect(linkFollowsField).toBe(true);
    await emailField.fill("hello@juniper.test");
    await expect(existing).toHaveCount(0);
    await expect(emailField).not.toHaveAttribute("aria-invalid", "true");
    await context.close();
  });

  test("a viewer sees clients but cannot create, edit or delete them", async ({ page }) => {
    const agency = await createAgencyWithOwner("Glasshouse");
    const viewer = await addTeammate(agency.agencyId, "viewer");
    const { derivedClientFields } = await import("../../functions/src/clients/clientRecord");
    const seedClient = async (name: string, createdAt: Date) => {
      const ref = adminDb().collection(paths.clients(agency.agencyId)).doc();
      await ref.set({
        ...derivedClientFields(ref.id, {
          name,
          company: "",
          email: "",
          website: "",
          type: "client",
          language: "en",
        }),
        metadata: { plan: "gold" },
        faviconUrl: null,
        faviconStatus: "none",
        latestInvite: null,
        portal: null,
        createdAt,
        updatedAt: createdAt,
      });
    };
    await seedClient("Orchid Spa", new Date("2026-01-01T00:00:00Z"));
    await seedClient("Zinnia Works", new Date("2026-06-01T00:00:00Z"));

    await signIn(page, viewer.email, viewer.password, "/clients");
    await expect(page.getByRole("row").filter({ hasText: "Orchid Spa" })).toContainText("No Email");
    await expect(page.getByRole("button", { name: "Create Client" })).toHaveCount(0);

    // Sorting is done by Firestore; the table headers choose it.
    const names = () => page.locator(".client-name").allTextContents();
    await expect.poll(names).toEqual(["Orchid Spa", "Zinnia Works"]);
    await page.getByRole("button", { name: "Added" }).click();
    await expect.poll(names).toEqual(["Zinnia Works", "Orchid Spa"]);
    await expect(page.getByRole("columnheader", { name: "Added" })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await page.getByRole("button", { name: "Name" }).click();
    await expect.poll(names).toEqual(["Orchid Spa", "Zinnia Works"]);
    await page.getByRole("button", { name: "Name" }).click();
    await expect.poll(names).toEqual(["Zinnia Works", "Orchid Spa"]);

    await page.getByRole("link", { name: "Orchid Spa" }).click();
    await expect(page.getByRole("heading", { name: "Orchid Spa" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Edit details" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Delete client" })).toHaveCount(0);
    await expect(page.getByLabel("Key 1")).toHaveValue("plan");
    await expect(page.getByRole("button", { name: "Save metadata" })).toHaveCount(0);
  });
});
