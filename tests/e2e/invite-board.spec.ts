// One thing, over 300 lines: the live board, its filters and row actions, sharing one set of board fixtures.
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import {
  addTeammate,
  adminDb,
  connectAccounts,
  createAgencyWithOwner,
  createClientRecord,
  createInviteRecord,
  issueInviteLink,
  linkIn,
  mailsTo,
  uniqueEmail,
} from "./fixtures";
import { signIn } from "./support";

/** Marks the page, so a later check proves it was never reloaded. */
const markPage = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { boardMarker: string }).boardMarker = "still here";
  });
const pageMarker = (page: Page) =>
  page.evaluate(() => (window as unknown as { boardMarker?: string }).boardMarker);

const counter = (page: Page, label: string | RegExp) =>
  page.getByRole("group", { name: "Filter by status" }).getByRole("button", { name: label });
const feed = (page: Page) => page.getByRole("region", { name: "Activity" });

/** The client grants a service, as the client page's functions will write it. */
async function grantService(agencyId: string, inviteId: string, serviceId: string) {
  const ref = adminDb().doc(paths.invite(agencyId, inviteId));
  const services = (await ref.get()).get("services") as { serviceId: string }[];
  await ref.update({
    services: services.map((service) =>
      service.serviceId === serviceId
        ? { ...service, status: "granted", statusChangedAt: new Date() }
        : service,
    ),
  });
}

test.describe("the live invite board", () => {
  // Two teammates' pages, a new invite and a reminder seen live: half a minute on an idle machine.
  test.describe.configure({ timeout: 120_000 });
  let contexts: BrowserContext[] = [];
  test.afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });

  test("one teammate creates an invite and sends a reminder; the other's open board follows without reload", async ({
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Lantern Works");
    const teammate = await addTeammate(agency.agencyId, "member");
    await connectAccounts(agency.agencyId);
    const clientEmail = uniqueEmail("bayside");
    const clientId = await createClientRecord(agency.agencyId, {
      name: "Bayside Bakery",
      company: "Bayside Bakery Ltd",
      email: clientEmail,
      type: "client",
      language: "en",
    });

    const ownerContext = await browser.newContext({
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const mateContext = await browser.newContext();
    contexts = [ownerContext, mateContext];
    const owner = await ownerContext.newPage();
    const mate = await mateContext.newPage();

    // The teammate watches the board, empty for now.
    await signIn(mate, teammate.email, teammate.password, "/dashboard");
    await expect(mate.getByRole("heading", { name: "No access requests yet" })).toBeVisible();
    await expect(counter(mate, /All invites/)).toContainText("0");
    await markPage(mate);

    // The owner creates an invite for Bayside Bakery through the wizard.
    await signIn(owner, agency.email, agency.password, `/invites/new?client=${clientId}`);
    await owner.getByRole("button", { name: "Next" }).click();
    await owner.getByRole("checkbox", { name: "Google Ads", exact: true }).check();
    await owner.getByRole("checkbox", { name: "Facebook Page", exact: true }).check();
    await owner.getByRole("button", { name: "Next" }).click();
    await expect(owner.getByRole("heading", { level: 2, name: "Preview your link" })).toBeVisible();
    await owner.getByRole("button", { name: "Next" }).click();
    await owner.getByRole("button", { name: "Next" }).click();
    await expect(owner.getByLabel("Send email notification")).toBeChecked();
    await owner.getByRole("button", { name: "Send" }).click();
    await expect(owner.getByRole("heading", { name: "Invite sent" })).toBeVisible();
    const url = await owner.getByLabel("Invite URL").inputValue();
    await owner.getByRole("button", { name: "Copy link" }).click();
    expect(await owner.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await expect.poll(async () => (await mailsTo(clientEmail)).length).toBe(1);
    expect(linkIn((await mailsTo(clientEmail))[0]?.text ?? "", /https?:\/\/\S+\/i\/\S+/)).toBe(url);
    const [invite] = (await adminDb().collection(paths.invites(agency.agencyId)).get()).docs;
    const inviteId = invite?.id ?? "";

    // The teammate's board shows it: row, per-service status, counters, feed.
    const mateRow = mate.getByRole("row", { name: /Bayside Bakery/ });
    await expect(mateRow).toBeVisible();
    await expect(mateRow).toContainText("Bayside Bakery Ltd");
    await expect(mateRow.getByRole("listitem").filter({ hasText: "Google Ads" })).toContainText(
      "pending",
    );
    await expect(mateRow.getByRole("listitem").filter({ hasText: "Facebook Page" })).toContainText(
      "pending",
    );
    await expect(counter(mate, /All invites/)).toContainText("1");
    await expect(counter(mate, /Pending/)).toContainText("1");
    await expect(feed(mate)).toContainText("Otto Owner sent Bayside Bakery an invite");
    await expect(mateRow).toContainText("None sent");

    // The owner sends a reminder from the board; the button then waits out the cooldown.
    await owner.getByRole("link", { name: "Go to the Dashboard" }).click();
    const ownerRow = owner.getByRole("row", { name: /Bayside Bakery/ });
    await ownerRow.getByRole("button", { name: "Send Reminder to Bayside Bakery" }).click();
    await expect(ownerRow.getByRole("button", { name: /next reminder/ })).toBeDisabled();
    await expect.poll(async () => (await mailsTo(clientEmail)).length).toBe(2);
    expect((await mailsTo(clientEmail))[1]?.subject).toMatch(/reminder/i);

    // The teammate's board shows the reminder and the cooldown, live.
    const mateReminder = mateRow.getByRole("button", {
      name: /Send Reminder to Bayside Bakery: next reminder/,
    });
    await expect(mateReminder).toBeDisabled();
    await expect(mateReminder).toContainText("Next reminder");
    await expect(mateRow).toContainText("1 sent");
    await expect(feed(mate)).toContainText("Otto Owner sent Bayside Bakery a reminder");

    // The client grants both services: statuses, counters and feed follow on both boards.
    await grantService(agency.agencyId, inviteId, "google-ads");
    await expect(mateRow.locator('[data-service-id="google-ads"]')).toHaveAttribute(
      "data-status",
      "granted",
    );
    await expect(feed(mate)).toContainText("Bayside Bakery granted Google Ads");
    await expect(counter(mate, /In progress/)).toContainText("1");
    await grantService(agency.agencyId, inviteId, "facebook-page");
    await expect(counter(mate, /Complete/)).toContainText("1");
    await expect(mateRow).toContainText("Complete");
    await expect(feed(mate)).toContainText("Bayside Bakery's invite is complete");
    await expect(ownerRow.locator('[data-service-id="facebook-page"]')).toHaveAttribute(
      "data-status",
      "granted",
    );

    expect(await pageMarker(mate)).toBe("still here");

    // The client profile shows the same invite, live, and the access granted.
    await owner
      .getByRole("link", { name: /Bayside Bakery/ })
      .first()
      .click();
    const history = owner.getByRole("table", { name: "Invite history" });
    await expect(history.getByRole("row").filter({ hasText: "Google Ads" })).toContainText(
      "Complete",
    );
    await expect(owner.getByRole("region", { name: "Granted access" })).toContainText("Google Ads");
  });

  test("filters by status, platform and client; counters come from the counter document; viewers only copy links", async ({
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Meadow Studio");
    const viewer = await addTeammate(agency.agencyId, "viewer");
    const accounts = await connectAccounts(agency.agencyId);
    const fern = { name: "Fern Florist", email: uniqueEmail("fern") };
    const gale = { name: "Gale Gym", email: uniqueEmail("gale") };
    const fernId = await createClientRecord(agency.agencyId, {
      ...fern,
      type: "client",
      language: "en",
    });
    const galeId = await createClientRecord(agency.agencyId, {
      ...gale,
      type: "client",
      language: "en",
    });
    const day = (n: number) => new Date(Date.now() - n * 86_400_000);
    await createInviteRecord(agency.agencyId, {
      clientId: fernId,
      client: fern,
      accounts,
      createdAt: day(3),
      services: [{ serviceId: "google-ads", accessLevel: "standard", status: "granted" }],
    });
    await createInviteRecord(agency.agencyId, {
      clientId: fernId,
      client: fern,
      accounts,
      createdAt: day(2),
      services: [{ serviceId: "facebook-page", accessLevel: "admin", status: "pending" }],
    });
    await createInviteRecord(agency.agencyId, {
      clientId: galeId,
      client: gale,
      accounts,
      createdAt: day(1),
      services: [
        { serviceId: "google-ads", accessLevel: "standard", status: "granted" },
        { serviceId: "facebook-page", accessLevel: "admin", status: "pending" },
      ],
    });

    const context = await browser.newContext();
    contexts = [context];
    const page = await context.newPage();
    await signIn(page, viewer.email, viewer.password, "/dashboard");
    const rows = page.getByRole("table", { name: "Invites" }).getByRole("row");
    await expect(rows).toHaveCount(4); // header + 3 invites
    await expect(counter(page, /All invites/)).toContainText("3");
    await expect(counter(page, /Pending/)).toContainText("1");
    await expect(counter(page, /In progress/)).toContainText("1");
    await expect(counter(page, /Complete/)).toContainText("1");

    await counter(page, /Complete/).click();
    await expect(counter(page, /Complete/)).toHaveAttribute("aria-pressed", "true");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText("Fern Florist");
    await expect(rows.nth(1)).toContainText("Google Ads");
    await expect(page).toHaveURL(/status=complete/);
    await counter(page, /All invites/).click();
    await expect(rows).toHaveCount(4);

    await page.getByLabel("Platform").selectOption({ label: "Meta" });
    await expect(rows).toHaveCount(3);
    // Fern's Google-only invite is gone; Gale's (Google and Meta) stays.
    await expect(rows.filter({ hasText: "Google Ads" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "Google Ads" })).toContainText("Gale Gym");
    await page.getByLabel("Platform").selectOption({ label: "All platforms" });
    await expect(rows).toHaveCount(4);

    await page.getByRole("searchbox", { name: "Client" }).fill("gale");
    await page
      .getByRole("list", { name: "Matching clients" })
      .getByRole("button", { name: /Gale Gym/ })
      .click();
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText("Gale Gym");
    await page.getByRole("button", { name: /Clear the client filter/ }).click();
    await expect(rows).toHaveCount(4);

    // A viewer sees no Send Reminder and can only copy links.
    await expect(page.getByRole("button", { name: /Send Reminder/ })).toHaveCount(0);
    await rows
      .nth(1)
      .getByRole("button", { name: /More actions/ })
      .click();
    await expect(page.getByRole("menuitem")).toHaveText(["Copy link"]);
  });

  test("Add CC returns focus where it was opened, refuses an empty or the client's own address beside the field, then sends the invite to a colleague", async ({
    page,
  }) => {
    const agency = await createAgencyWithOwner("Orchard Digital");
    const accounts = await connectAccounts(agency.agencyId);
    const client = { name: "Hazel Hotel", email: uniqueEmail("hazel") };
    const clientId = await createClientRecord(agency.agencyId, {
      ...client,
      type: "client",
      language: "en",
    });
    await createInviteRecord(agency.agencyId, {
      clientId,
      client,
      accounts,
      services: [{ serviceId: "google-ads", accessLevel: "standard", status: "pending" }],
    });
    await signIn(page, agency.email, agency.password, "/dashboard");
    const row = page.getByRole("row", { name: /Hazel Hotel/ });
    const moreActions = row.getByRole("button", { name: /More actions/ });
    const dialog = page.getByRole("dialog", { name: "Add CC" });
    const openAddCc = async () => {
      await moreActions.click();
      await page.getByRole("menuitem", { name: "Add CC" }).click();
      await expect(dialog).toBeVisible();
    };

    // Escape and Cancel give focus back to the menu button it was opened from.
    await openAddCc();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(moreActions).toBeFocused();
    await openAddCc();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(moreActions).toBeFocused();

    // An empty address: the message speaks of the CC, not of "your" address.
    await openAddCc();
    await dialog.getByRole("button", { name: "Add CC" }).click();
    await expect(dialog.getByLabel("Email address")).toHaveAccessibleDescription(
      /Enter the email address of the person to add in CC\./,
    );

    await dialog.getByLabel("Email address").fill(client.email);
    await dialog.getByRole("button", { name: "Add CC" }).click();
    await expect(
      dialog.getByText("That is the client's own address.", { exact: false }),
    ).toBeVisible();
    await expect(dialog.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
    expect(await mailsTo(client.email)).toHaveLength(0);

    const colleague = uniqueEmail("colleague");
    await dialog.getByLabel("Email address").fill(colleague);
    await dialog.getByRole("button", { name: "Add CC" }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(async () => (await mailsTo(colleague)).length).toBe(1);
    await expect(feed(page)).toContainText(
      `Otto Owner added ${colleague} in CC on Hazel Hotel's invite`,
    );
  });

  test("New link: after a confirmation the old link stops working at once and the new one is shown and copied", async ({
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Birch Partners");
    const accounts = await connectAccounts(agency.agencyId);
    const client = { name: "Iris Interiors", email: uniqueEmail("iris") };
    const clientId = await createClientRecord(agency.agencyId, {
      ...client,
      type: "client",
      language: "en",
    });
    const inviteId = await createInviteRecord(agency.agencyId, {
      clientId,
      client,
      accounts,
      services: [{ serviceId: "google-search-console", accessLevel: "full", status: "pending" }],
    });
    const oldLink = await issueInviteLink(agency.agencyId, inviteId, clientId);
    const ownerContext = await browser.newContext({
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const visitorContext = await browser.newContext();
    contexts = [ownerContext, visitorContext];
    const visitor = await visitorContext.newPage();
    await visitor.goto(oldLink);
    await expect(visitor.getByRole("button", { name: "I've done this" })).toBeVisible();

    const page = await ownerContext.newPage();
    await signIn(page, agency.email, agency.password, "/dashboard");
    const row = page.getByRole("row", { name: /Iris Interiors/ });
    await row.getByRole("button", { name: /More actions/ }).click();
    await page.getByRole("menuitem", { name: "New link" }).click();
    const dialog = page.getByRole("dialog", { name: "Make a new link?" });
    await expect(dialog).toContainText("stops working at once, also in emails already sent");
    await dialog.getByRole("button", { name: "Make new link" }).click();

    const ready = page.getByRole("dialog", { name: "New link ready" });
    const newLink = await ready.getByLabel("New link").inputValue();
    expect(newLink).toMatch(/\/i\/[A-Za-z0-9_-]{43}$/);
    expect(newLink.endsWith(oldLink)).toBe(false);
    await ready.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(newLink);
    await ready.getByRole("button", { name: "Done" }).click();
    await expect(feed(page)).toContainText(
      "Otto Owner made a new link for Iris Interiors' invite; the old one no longer works",
    );

    // The client's tab with the old link: reloaded, it is dead; the new one works.
    await visitor.reload();
    await expect(visitor.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
    await visitor.goto(newLink);
    await expect(visitor.getByRole("button", { name: "I've done this" })).toBeVisible();
  });
});
