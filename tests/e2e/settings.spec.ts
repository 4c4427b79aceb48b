import { expect, type Page, test } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import { adminDb, createAgencyWithOwner } from "./fixtures";

async function signIn(page: Page, email: string, password: string, next: string) {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
}

test.describe("Settings", () => {
  test("general settings refuse out-of-range numbers beside the field and save valid ones", async ({
    page,
  }) => {
    const agency = await createAgencyWithOwner("Tidewater Ads");
    await signIn(page, agency.email, agency.password, "/settings/general");

    const cooldown = page.getByLabel("Reminder cooldown (hours)");
    await expect(cooldown).toHaveValue("24");
    await expect(page.getByLabel("Portal link lifetime (days)")).toHaveValue("7");

    await cooldown.fill("0");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("The cooldown is at least 1 hour.")).toBeVisible();
    const stored = await adminDb().doc(paths.settings(agency.agencyId, "general")).get();
    expect(stored.get("reminderCooldownHours")).toBe(24);

    await cooldown.fill("6");
    await page.getByLabel("Default language").selectOption("nl");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved").first()).toBeVisible();
    await expect
      .poll(async () =>
        (await adminDb().doc(paths.settings(agency.agencyId, "general")).get()).data(),
      )
      .toMatchObject({ reminderCooldownHours: 6, defaultLocale: "nl", portalLinkLifetimeDays: 7 });
  });

  test("branding validates colours, warns about contrast, previews the real email and saves", async ({
    page,
  }) => {
    const agency = await createAgencyWithOwner("Lumen Labs");
    await signIn(page, agency.email, agency.password, "/settings/branding");

    const preview = page.frameLocator('iframe[title="Email preview"]');
    await expect(preview.getByText("Lumen Labs is asking for access")).toBeVisible();

    const primary = page.getByLabel("Primary colour", { exact: true });
    await primary.fill("teal");
    await expect(page.getByText("Use a colour like #4338ca.")).toBeVisible();
    // On a mid-grey neither white nor ink reaches AA: the preview derives black, nothing to warn about.
    await primary.fill("#777777");
    await expect(page.getByText("Grant access", { exact: true })).toHaveCSS(
      "color",
      "rgb(0, 0, 0)",
    );
    await expect(
      page.getByText("Text on the primary colour will be hard to read.", { exact: false }),
    ).toHaveCount(0);
    await primary.fill("#0f766e");
    await expect(page.getByText("Grant access", { exact: true })).toHaveCSS(
      "color",
      "rgb(255, 255, 255)",
    );

    await page.getByLabel("Display name").fill("Lumen Studio");
    await page.getByLabel("Logo URL").fill("http://insecure.example/logo.png");
    await page.getByRole("button", { name: "Save branding" }).click();
    await expect(
      page.getByText("Use an https:// image address or upload a PNG, JPEG, WebP or SVG image."),
    ).toBeVisible();
    await page.getByLabel("Logo URL").fill("");

    await expect(preview.getByText("Lumen Studio is asking for access")).toBeVisible();
    await page.getByRole("button", { name: "Save branding" }).click();
    await expect(page.getByText("Branding saved").first()).toBeVisible();
    await expect
      .poll(async () =>
        (await adminDb().doc(paths.settings(agency.agencyId, "branding")).get()).data(),
      )
      .toMatchObject({ displayName: "Lumen Studio", primaryColor: "#0f766e" });
  });

  test("a logo upload is resized in the browser and stored inline; other files are refused", async ({
    page,
  }) => {
    const agency = await createAgencyWithOwner("Pixel Pier");
    await signIn(page, agency.email, agency.password, "/settings/branding");

    const upload = page.getByLabel("Upload logo image");
    await upload.setInputFiles({
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("hello"),
    });
    await expect(page.getByText("Choose a PNG, JPEG, WebP or SVG image.")).toBeVisible();

    await upload.setInputFiles({
      name: "logo.png",
      mimeType: "image/png",
      buffer: Buffer.from(TINY_PNG, "base64"),
    });
    await expect(page.getByRole("img", { name: "Uploaded logo" })).toBeVisible();
    await page.getByRole("button", { name: "Save branding" }).click();
    await expect(page.getByText("Branding saved").first()).toBeVisible();
    const stored = await adminDb().doc(paths.settings(agency.agencyId, "branding")).get();
    expect(stored.get("logoUrl")).toMatch(/^data:image\/png;base64,/);
    expect((stored.get("logoUrl") as string).length).toBeLessThan(140_000);
  });
});

/** An 8x8 teal PNG. */
const TINY_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGPgL8vDihiGlgQApWE8wfekj3cAAAAASUVORK5CYII=";
