import { expect, test } from "@playwright/test";
import { closeWebClients } from "../support/emulator-clients";
import { CALLABLE_TIMEOUT, closePagesAfterEachTest, joinedPortal } from "./portal-steps";

// The agency sets a client's plan on its profile; the client's open portal
// gains Billing with the projected charge. The agency then hides Billing: it
// leaves the portal's navigation and its address says it is not available.

test.describe.configure({ timeout: 240_000 });
closePagesAfterEachTest();
test.afterAll(async () => {
  await closeWebClients();
});

test("a plan set by the agency shows in the portal's Billing, until the agency hides it", async ({
  browser,
}) => {
  const { owner, clientPage } = await joinedPortal(browser, {
    agency: "Lumen Billing Agency",
    client: "Bright Smiles Dental",
    user: "Dana Reyes",
  });
  const nav = clientPage.getByRole("navigation", { name: "Client portal" });
  await expect(nav.getByRole("link", { name: "Home" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Billing" })).toHaveCount(0);

  // The agency sets the plan on the client's profile.
  await owner.getByRole("button", { name: "Set a plan" }).click();
  await owner.getByLabel("Monthly fee").fill("49.50");
  await owner.getByLabel("Currency").selectOption("EUR");
  await owner.getByLabel("Included minutes").fill("300");
  await owner.getByLabel("Price per extra minute").fill("0,25");
  await owner.getByRole("button", { name: "Save plan" }).click();
  await expect(owner.getByTestId("billing-plan-summary")).toContainText("€49.50 a month", {
    timeout: CALLABLE_TIMEOUT,
  });

  // The open portal gains Billing, with this period's charge so far (no calls yet: the fee).
  await nav.getByRole("link", { name: "Billing" }).click({ timeout: CALLABLE_TIMEOUT });
  await expect(clientPage.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
  await expect(clientPage.getByTestId("billing-projected")).toHaveText("€49.50", {
    timeout: CALLABLE_TIMEOUT,
  });
  await expect(clientPage.getByTestId("billing-minutes")).toHaveText("0");

  // The agency hides Billing: gone from the nav; the open page says it is not available.
  const sections = owner.getByRole("region", { name: "Portal sections" });
  await sections.getByLabel("Billing").uncheck();
  await sections.getByRole("button", { name: "Save sections" }).click();
  await expect(clientPage.getByTestId("portal-section-unavailable")).toBeVisible({
    timeout: CALLABLE_TIMEOUT,
  });
  await expect(nav.getByRole("link", { name: "Billing" })).toHaveCount(0);
  await expect(clientPage.getByRole("heading", { name: "Not available" })).toBeVisible();
});
