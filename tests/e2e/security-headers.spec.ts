import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { TEST_WEB_DIR } from "../../scripts/lib/emulators";
import { issueInviteLink, STRONG_PASSWORD } from "./fixtures";
import {
  agencyWithClient,
  CALLABLE_TIMEOUT,
  closePagesAfterEachTest,
  newPage,
  portalLinkMailed,
  sendInvitation,
} from "./portal-steps";
import { signIn } from "./support";

// The app, the client's invite page and the portal run under the
// Content-Security-Policy that firebase.json gives Hosting, served here by the
// Hosting emulator from the production build (the test profile only adds the
// emulators' own origins to connect-src, and the Functions emulator to
// media-src for call recordings).

test.describe.configure({ timeout: 120_000 });
closePagesAfterEachTest();

/**
 * Every CSP violation a page reports: the `securitypolicyviolation` events of
 * its documents and Chromium's own "Refused to ..." console errors (which also
 * cover sandboxed frames, where no script runs).
 */
async function watchedPage(browser: Browser): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext();
  const violations: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    const text = message.text();
    if (/CSP violation|Content Security Policy/i.test(text)) violations.push(text);
  });
  return { page, violations };
}

/** Opens `url` and checks the policy came with it. */
async function openWithPolicy(page: Page, url: string) {
  const response = await page.goto(url);
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
}

test("sign-in and the agency's pages and dialogs run with no CSP violation", async ({
  browser,
}) => {
  const { agency, clientId } = await agencyWithClient("Cedar Works", "Quill Bakery");

  // Signed out: the agency's sign-in page.
  const owner = await watchedPage(browser);
  await openWithPolicy(owner.page, "/sign-in");
  await expect(owner.page.getByRole("button", { name: "Sign in" })).toBeVisible();

  // Signed in: the live board (Firestore, Auth, Functions), a menu and a dialog.
  await signIn(owner.page, agency.email, agency.password);
  const row = owner.page.getByRole("row").filter({ hasText: "Quill Bakery" });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: /More actions/ }).click();
  await owner.page.getByRole("menuitem", { name: "Add CC" }).click();
  await expect(owner.page.getByRole("dialog", { name: "Add CC" })).toBeVisible();
  await owner.page.keyboard.press("Escape");

  // Branding: the email preview (inline styles in a sandboxed frame).
  await openWithPolicy(owner.page, "/settings/branding");
  await expect(
    owner.page
      .frameLocator('iframe[title="Email preview"]')
      .getByRole("link", { name: "Review and grant access" }),
  ).toBeVisible();

  // The client's profile, and the portal invitation with its preview.
  await openWithPolicy(owner.page, `/clients/${clientId}`);
  await owner.page.getByRole("button", { name: "Send Portal Invitation" }).click();
  const dialog = owner.page.getByRole("dialog", { name: "Send Portal Invitation" });
  await expect(
    owner.page
      .frameLocator('iframe[title="Invitation email preview"]')
      .getByRole("link", { name: "Create your portal account" }),
  ).toBeVisible();
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog).toHaveCount(0, { timeout: CALLABLE_TIMEOUT });

  expect(owner.violations).toEqual([]);
  await owner.page.context().close();
});

test("the client's invite page and portal run with no CSP violation", async ({ browser }) => {
  const { agency, clientId, client, inviteId } = await agencyWithClient(
    "Cedar Works",
    "Quill Bakery",
  );
  const inviteLink = await issueInviteLink(agency.agencyId, inviteId, clientId);
  const owner = await newPage(browser);
  await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
  await sendInvitation(owner, client.email, "Send Portal Invitation");
  const portalLink = await portalLinkMailed(client.email, 1);

  // The invite page (its own light entry), then the portal.
  const visitor = await watchedPage(browser);
  await openWithPolicy(visitor.page, inviteLink);
  await expect(visitor.page.getByRole("button", { name: "I've done this" })).toBeVisible();

  await openWithPolicy(visitor.page, portalLink);
  await visitor.page.getByLabel("Your name").fill("Quinn Quill");
  await visitor.page.getByLabel("Choose a password").fill(STRONG_PASSWORD);
  await visitor.page.getByRole("button", { name: "Create my account" }).click();
  await expect(visitor.page).toHaveURL(/\/portal$/, { timeout: CALLABLE_TIMEOUT });
  await expect(visitor.page.getByRole("heading", { name: "Welcome, Quinn Quill" })).toBeVisible();
  await expect(
    visitor.page.getByRole("region", { name: "Access requests" }).getByRole("link", {
      name: "Continue",
    }),
  ).toHaveAttribute("href", /\/i\/[A-Za-z0-9_-]{43}$/);
  await openWithPolicy(visitor.page, "/portal/settings/team");
  await expect(visitor.page.getByRole("heading", { name: "Settings" })).toBeVisible();

  expect(visitor.violations).toEqual([]);
  await visitor.page.context().close();
});

test("the policy refuses what it should: an inline script and a script from another origin", async ({
  browser,
}) => {
  const { page, violations } = await watchedPage(browser);
  await openWithPolicy(page, "/sign-in");
  await page.evaluate(() => {
    const inline = document.createElement("script");
    inline.textContent = "window.inlineRan = true";
    document.body.append(inline);
    const foreign = document.createElement("script");
    foreign.src = "https://scripts.example/evil.js";
    document.body.append(foreign);
  });
  await expect
    .poll(() => violations.filter((text) => text.startsWith("CSP violation: script-src")))
    .toEqual([
      expect.stringContaining("blocked inline"),
      expect.stringContaining("blocked https://scripts.example/evil.js"),
    ]);
  expect(await page.evaluate(() => "inlineRan" in window)).toBe(false);
  await page.context().close();
});

test("the deployed build ships no source maps and no reference to one", async ({ request }) => {
  const files = readdirSync(TEST_WEB_DIR, { recursive: true, encoding: "utf8" });
  expect(files.filter((file) => file.endsWith(".map"))).toEqual([]);
  const code = files.filter((file) => /\.(js|css)$/.test(file));
  expect(code.length).toBeGreaterThan(0);
  for (const file of code) {
    expect(readFileSync(path.join(TEST_WEB_DIR, file), "utf8"), file).not.toContain(
      "sourceMappingURL",
    );
  }
  // What Hosting serves carries no map reference either.
  const html = await (await request.get("/sign-in")).text();
  const entry = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? "";
  expect(entry).not.toBe("");
  const served = await request.get(entry);
  expect(served.headers().sourcemap).toBeUndefined();
  expect(await served.text()).not.toContain("sourceMappingURL");
});

test("only an access page's embed mode may be framed, and only through its own CSP", async ({
  request,
}) => {
  const framing = async (path: string) => {
    const headers = (await request.get(path)).headersArray();
    const values = (name: string) =>
      headers.filter((header) => header.name.toLowerCase() === name).map(({ value }) => value);
    const [policy = "", ...morePolicies] = values("content-security-policy");
    expect(morePolicies, path).toEqual([]);
    return {
      xFrameOptions: values("x-frame-options"),
      frameAncestors: /frame-ancestors ([^;]*)/.exec(policy)?.[1],
      scriptHashes: policy.match(/'sha256-[^']+'/g),
    };
  };
  const app = await framing("/dashboard");
  expect(app.xFrameOptions).toEqual(["DENY"]);
  expect(app.frameAncestors).toBe("'none'");
  expect(app.scriptHashes).toHaveLength(1);
  expect(await framing("/p/agency/start")).toEqual(app);
  // The test profile adds local http pages, the stand-in for the agency's site.
  expect(await framing("/embed/p/agency/start")).toEqual({
    xFrameOptions: [],
    frameAncestors: "https: http://127.0.0.1:*",
    scriptHashes: app.scriptHashes,
  });
});
