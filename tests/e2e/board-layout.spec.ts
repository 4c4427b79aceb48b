import { expect, type Locator, type Page, test } from "@playwright/test";
import {
  connectAccounts,
  createAgencyWithOwner,
  createClientRecord,
  createInviteRecord,
  uniqueEmail,
} from "./fixtures";
import { signIn } from "./support";

// The board's columns and row actions on desktop widths: in view, not under
// the Activity panel, not cut by the table's box, and their labels whole.

/** The element a click at the centre of `locator` would reach is `locator` or inside it. */
async function reachable(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && element.contains(hit);
  });
}

/** The label is shown whole: nothing cut off inside the element. */
const wholeLabel = (locator: Locator) =>
  locator.evaluate((element) => element.scrollWidth <= element.clientWidth);

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function boardWithOneInvite(page: Page) {
  const agency = await createAgencyWithOwner("Birchwood Digital Partners");
  const accounts = await connectAccounts(agency.agencyId);
  const client = { name: "Juniper & Rowe Landscaping", email: uniqueEmail("juniper") };
  const clientId = await createClientRecord(agency.agencyId, {
    ...client,
    company: "Juniper & Rowe Landscaping Cooperative Ltd",
    type: "client",
    language: "en",
  });
  await createInviteRecord(agency.agencyId, {
    clientId,
    client: { ...client, company: "Juniper & Rowe Landscaping Cooperative Ltd" },
    accounts,
    services: [
      { serviceId: "google-business-profile", accessLevel: "manager", status: "granted" },
      { serviceId: "instagram", accessLevel: "full-control", status: "pending" },
      { serviceId: "google-ads", accessLevel: "standard", status: "skipped" },
    ],
  });
  await signIn(page, agency.email, agency.password, "/dashboard");
  return page.getByTestId("invite-board");
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${viewport.width}x${viewport.height} every board column and row action is in view, uncovered and whole`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const board = await boardWithOneInvite(page);
    const row = board.getByRole("row").filter({ hasText: "Juniper & Rowe Landscaping" });
    await expect(row).toBeVisible();

    const headers = board.getByRole("columnheader");
    await expect(headers).toHaveText([
      "Client",
      "Services",
      "Intake form",
      "Status",
      "Reminders",
      "Created",
      "Actions",
    ]);
    const reminder = row.getByRole("button", { name: /Send Reminder/ });
    const menu = row.getByRole("button", { name: /More actions/ });
    for (const target of [...(await headers.all()), reminder, menu]) {
      // Ratio 1: wholly inside the window and the board's own scroll box.
      await expect(target).toBeInViewport({ ratio: 1 });
      expect(await reachable(target), `${await target.textContent()} is not covered`).toBe(true);
    }
    await expect(reminder).toHaveText("Send Reminder");
    expect(await wholeLabel(reminder), "Send Reminder shows its whole label").toBe(true);
    // The board never scrolls sideways to reach them.
    expect(await board.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);

    const activity = page.getByRole("region", { name: "Activity" });
    await expect(activity).toBeVisible();
    const [boardBox, activityBox] = await Promise.all(
      [board, activity].map((locator) =>
        locator.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect),
      ),
    );
    expect(overlaps(boardBox as DOMRect, activityBox as DOMRect)).toBe(false);

    // Each status badge stays one pill on one line, however its service name wraps.
    for (const badge of await row.locator(".service-status .badge").all()) {
      const lines = await badge.evaluate((element) => element.getClientRects().length);
      const box = await badge.boundingBox();
      expect(lines).toBe(1);
      expect(box?.height ?? 0).toBeLessThan(30);
    }
  });
}

test("on a phone the board scrolls in its own box and the page stays as wide as the screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const board = await boardWithOneInvite(page);
  await expect(board.getByRole("row").nth(1)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // Scrolled sideways inside its box, the row's actions come into view.
  const reminder = board.getByRole("button", { name: /Send Reminder/ });
  // Scrolled again if the first scroll came before the box's last layout (the row's badges settling).
  await expect(async () => {
    await reminder.evaluate((button) =>
      button.scrollIntoView({ block: "center", inline: "center" }),
    );
    await expect(reminder).toBeInViewport({ ratio: 1, timeout: 2_000 });
  }).toPass();
  expect(await reachable(reminder)).toBe(true);
  for (const badge of await board.locator(".badge").all()) {
    expect(await badge.evaluate((element) => element.getClientRects().length)).toBe(1);
  }
});
