import { expect, test } from "@playwright/test";
import { formatDay } from "@portico/domain/format";
import { paths } from "@portico/domain/paths";
import { DEFAULT_TIME_ZONE } from "@portico/domain/time-zones";
import { localTime } from "@portico/domain/voice/business-hours";
import { closeWebClients } from "../support/emulator-clients";
import { storeCallWithBooking } from "./calls-steps";
import { adminDb } from "./fixtures";
import { closePagesAfterEachTest, joinedPortal } from "./portal-steps";

// A portal user's figures: the Overview on the portal home counts the client's
// calls, and Analytics shows the same numbers as charts and as tables.

test.describe.configure({ timeout: 240_000 });
closePagesAfterEachTest();
test.afterAll(closeWebClients);

test("a portal user sees the overview of the seeded calls, then the last 7 days as a table", async ({
  browser,
}) => {
  const { agency, clientId, clientPage } = await joinedPortal(browser, {
    agency: "Lumen Voice Agency",
    client: "Bright Smiles Dental",
    user: "Dana Reyes",
  });
  // One transferred 95-second call, an hour ago, that booked a cleaning.
  await storeCallWithBooking(agency.agencyId, clientId);
  const client = await adminDb().doc(paths.client(agency.agencyId, clientId)).get();
  const today = localTime(
    new Date(Date.now() - 60 * 60_000),
    String(client.get("timeZone") ?? DEFAULT_TIME_ZONE),
  ).date;

  await clientPage.goto("/portal");
  const overview = clientPage.getByRole("region", { name: "Last 30 days" });
  const figure = (name: string) => overview.locator(`[data-figure="${name}"] .figure-value`);
  await expect(figure("calls")).toHaveText("1");
  await expect(figure("answeredRate")).toHaveText("100%");
  await expect(figure("bookings")).toHaveText("1");
  await expect(figure("bookingRate")).toHaveText("100%");
  await expect(figure("averageDurationSeconds")).toHaveText("1:35");
  await expect(figure("minutes")).toHaveText("2");
  await expect(clientPage.getByTestId("last-call")).toHaveText(/Last call (1 hour|60 minutes) ago/);

  await clientPage.getByRole("navigation").getByRole("link", { name: "Analytics" }).click();
  await expect(clientPage.getByRole("heading", { name: "Analytics", level: 1 })).toBeVisible();
  await clientPage.getByRole("button", { name: "7 days" }).click();
  await expect(clientPage).toHaveURL(/days=7/);
  await expect(clientPage.getByRole("button", { name: "7 days" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const callsPerDay = clientPage.getByRole("region", { name: "Calls per day" });
  await callsPerDay.getByRole("button", { name: "Show as table" }).click();
  const table = callsPerDay.getByRole("table", { name: "Calls per day" });
  await expect(table.getByRole("row")).toHaveCount(1 + 7);
  const todayRow = table.getByRole("row", { name: new RegExp(formatDay(today, "en")) });
  // Answered (the transfer), missed, calls.
  await expect(todayRow.getByRole("cell")).toHaveText(["1", "0", "1"]);
});
