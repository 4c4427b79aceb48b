import { expect, type Page, test } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import { adminDb, createAgencyWithOwner } from "./fixtures";

const ZONE_MESSAGE = "Choose a time zone from the list, like Europe/Amsterdam.";

async function signIn(page: Page, email: string, password: string, next: string) {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
}

test("the agency's default time zone is checked and saved, new clients start in it, and the profile changes it", async ({
  page,
}) => {
  const agency = await createAgencyWithOwner("Meridian Media");
  await signIn(page, agency.email, agency.password, "/settings/general");
  const general = adminDb().doc(paths.settings(agency.agencyId, "general"));

  const before = (await general.get()).data();
  const defaultZone = page.getByLabel("Default time zone");
  await expect(defaultZone).toHaveValue("UTC");
  await defaultZone.fill("Atlantis/Capital");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText(ZONE_MESSAGE)).toBeVisible();
  expect((await general.get()).data()).toEqual(before);

  await defaultZone.fill("");
  await defaultZone.pressSequentially("asia/tokyo");
  await defaultZone.press("Enter");
  await expect(page.getByText("Settings saved").first()).toBeVisible();
  await expect.poll(async () => (await general.get()).data()?.defaultTimeZone).toBe("Asia/Tokyo");

  await page.goto("/clients");
  await page.getByRole("button", { name: "Create Client" }).click();
  const dialog = page.getByRole("dialog", { name: "Create Client" });
  // Prefilled once the settings have loaded; left blank before, the server applies the default.
  await expect(dialog.getByLabel("Time zone")).toHaveValue(/^(Asia\/Tokyo)?$/);
  await dialog.getByLabel("Name").fill("Sakura Dental");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { name: "Sakura Dental" })).toBeVisible();
  await expect(page.getByText("Asia/Tokyo (GMT+9)")).toBeVisible();

  await page.getByRole("button", { name: "Edit details" }).click();
  const zone = page.getByLabel("Time zone");
  await zone.fill("Mars/Olympus_Mons");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText(ZONE_MESSAGE)).toBeVisible();

  await zone.fill("America/Chicago");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText(/^America\/Chicago \(GMT-[56]\)$/)).toBeVisible();
  const clientId = page.url().split("/").pop() ?? "";
  await expect
    .poll(async () => (await adminDb().doc(paths.client(agency.agencyId, clientId)).get()).data())
    .toMatchObject({ timeZone: "America/Chicago" });
});
