// One thing, over 300 lines: every page of the router, grouped by who sees it, each checked the same way.
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import {
  type Browser,
  type BrowserContext,
  expect,
  type Locator,
  type Page,
  test,
} from "@playwright/test";
import { paths } from "@portico/domain/paths";
import { SEEDED_STATEMENT_ID, seedBilling } from "./billing-steps";
import { storeCallWithBooking } from "./calls-steps";
import {
  adminAuth,
  adminDb,
  connectAccounts,
  createAgencyWithOwner,
  createClientRecord,
  createInviteRecord,
  issueInviteLink,
  linkIn,
  mailsTo,
  STRONG_PASSWORD,
  uniqueEmail,
} from "./fixtures";
import { signIn } from "./support";
import { seedWebhookEndpoint } from "./webhooks-steps";

// axe (WCAG 2.0-2.2 A and AA, and axe's best practices) on every page at a
// desktop and a phone size, and no page wider than the phone's 360 px; the
// client-facing pages once with a pale and once with a dark brand colour.

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
] as const;
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const BRANDS = {
  pale: { primaryColor: "#fdf8c8", accentColor: "#fffde7" },
  dark: { primaryColor: "#0b0b1a", accentColor: "#1a1a1a" },
} as const;
/** A callable's first call starts its function cold in the emulator: allow for it. */
const CALLABLE_TIMEOUT = 30_000;
const BAD_CODE = "not-a-real-code";

/**
 * Every path of web/src/app/router.tsx and the test that checks it here (a
 * redirect is checked through where it lands). A route added to the router
 * and missing here fails the first test.
 */
const ROUTES: Record<string, string> = {
  "/": "redirect to /dashboard",
  "/sign-in": "signed out",
  "/sign-up": "signed out",
  "/forgot-password": "signed out",
  "/reset-password": "signed out",
  "/verify-email": "signed out",
  "/no-workspace": "signed out",
  "/join/:token": "client-facing (valid link), signed out (invalid link, loading)",
  "/dashboard": "agency",
  "/clients": "agency",
  "/clients/:clientId": "agency",
  "/clients/:clientId/calls": "agency",
  "/clients/:clientId/calls/:callId": "agency",
  "/clients/:clientId/bookings": "agency",
  "/clients/:clientId/analytics": "agency (charts and their tables)",
  "/agents": "agency",
  "/clients/:clientId/faqs": "agency",
  "/clients/:clientId/agent": "agency",
  "/invites/new": "agency (every step)",
  "/access-pages": "agency (access pages)",
  "/access-pages/new": "agency (access pages)",
  "/access-pages/:pageId": "agency (access pages)",
  "/access-pages/:pageId/edit": "agency (access pages)",
  "/settings": "redirect to /settings/general",
  "/settings/general": "agency",
  "/settings/branding": "agency",
  "/settings/connected-accounts": "agency",
  "/settings/intake-form": "agency",
  "/settings/team": "agency",
  "/settings/agent-settings": "agency",
  "/settings/api": "agency (owner: the keys, a new key shown once)",
  "/settings/api/reference": "agency",
  "/settings/webhooks": "agency (an endpoint with its delivery log)",
  "/portal/confirm-email": "client-facing",
  "/portal/unsubscribe": "client-facing (the digest's unsubscribe link, before the click)",
  "/portal/join/:token": "client-facing",
  "/portal/sign-in": "client-facing, signed out",
  "/portal/forgot-password": "client-facing",
  "/portal/reset-password": "client-facing",
  "/portal": "client-facing",
  "/portal/calls": "client-facing",
  "/portal/calls/:callId": "client-facing",
  "/portal/bookings": "client-facing",
  "/portal/analytics": "client-facing",
  "/portal/billing": "client-facing",
  "/portal/billing/statements/:statementId": "client-facing",
  "/portal/faqs": "client-facing",
  "/portal/agent": "client-facing",
  "/portal/settings": "redirect to /portal/settings/team",
  "/portal/settings/team": "client-facing",
  "/portal/settings/profile": "client-facing",
  "/portal/a/:agencyId": "client-facing, signed out (the agency's portal address)",
  "/portal/*": "client-facing (the portal's own page not found)",
  "*": "signed out (page not found)",
};

/** The router's paths, children's relative paths joined to their parent's. */
function routerPaths(): string[] {
  const source = readFileSync(
    path.join(import.meta.dirname, "../../web/src/app/router.tsx"),
    "utf8",
  );
  let parent = "";
  return [...source.matchAll(/path:\s*"([^"]+)"/g)].map(([, route = ""]) => {
    if (route.startsWith("/") || route === "*") {
      parent = route;
      return route;
    }
    return `${parent}/${route}`;
  });
}

/** axe's findings, one line each: rule, what it says, and where. */
function describeViolations(violations: Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"]) {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${node.failureSummary?.split("\n").slice(1, 2).join(" ").trim()} @ ${node.target.join(" ")}`,
    ),
  );
}

/**
 * Checks the open page at each size: `ready` visible first, then axe finds
 * nothing and the page is no wider than the window. Soft, so one run lists
 * every page's problems.
 */
async function checkPage(page: Page, label: string, ready: Locator) {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await expect(ready).toBeVisible();
    const where = `${label} at ${viewport.width}x${viewport.height}`;
    // Email previews are sandboxed frames without scripts, where axe cannot run.
    const results = await new AxeBuilder({ page })
      .withTags(AXE_TAGS)
      .exclude("iframe[sandbox]")
      // Only violations are read: axe skips building the passes' details.
      .options({ resultTypes: ["violations"] })
      .analyze();
    expect.soft(describeViolations(results.violations), `axe on ${where}`).toEqual([]);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect
      .soft(width, `page width of ${where}; too wide: ${await tooWide(page)}`)
      .toBeLessThanOrEqual(viewport.width);
  }
  await page.setViewportSize(VIEWPORTS[0]);
}

/** The innermost elements that reach past the window's right edge (not inside a scroll box). */
function tooWide(page: Page): Promise<string> {
  return page.evaluate(() => {
    // Inside a scroll box, unless absolutely placed (which can escape its clipping).
    const clipped = (element: Element) => {
      if (getComputedStyle(element).position === "absolute") return false;
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return parent !== document.body;
      }
      return false;
    };
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(" ").join(".")}` : ""}`;
    const wide = [...document.body.querySelectorAll("*")].filter(
      (element) =>
        element.getBoundingClientRect().right > window.innerWidth + 0.5 && !clipped(element),
    );
    return wide
      .filter((element) => !wide.some((other) => other !== element && element.contains(other)))
      .slice(0, 6)
      .map((element) => `${name(element)} (${Math.round(element.getBoundingClientRect().right)})`)
      .join(", ");
  });
}

const heading = (page: Page, name: string | RegExp, level?: number) =>
  page.getByRole("heading", { name, ...(level ? { level } : {}) });

let contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
});

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORTS[0] });
  contexts.push(context);
  return context.newPage();
}

/** An agency in `brand`'s colours, a client with an email and an open invite (YouTube, Instagram). */
async function agencyWithInvite(agencyName: string, brand: keyof typeof BRANDS) {
  const agency = await createAgencyWithOwner(agencyName);
  await adminDb()
    .doc(paths.settings(agency.agencyId, "branding"))
    .set(BRANDS[brand], { merge: true });
  const accounts = await connectAccounts(agency.agencyId);
  const client = { name: "Juniper & Rowe Landscaping", email: uniqueEmail("juniper") };
  const clientId = await createClientRecord(agency.agencyId, {
    ...client,
    company: "Juniper & Rowe Landscaping Cooperative Ltd",
    type: "client",
    language: "en",
  });
  const inviteId = await createInviteRecord(agency.agencyId, {
    clientId,
    client,
    accounts,
    services: [
      { serviceId: "youtube", accessLevel: "manager", status: "pending" },
      { serviceId: "instagram", accessLevel: "full-control", status: "granted" },
      { serviceId: "google-ads", accessLevel: "standard", status: "skipped" },
    ],
  });
  return { agency, clientId, client, inviteId };
}

test.describe("accessibility and page width", () => {
  // Each journey checks a dozen pages at two sizes (the calls pages among them): slow under load.
  test.describe.configure({ timeout: 360_000 });

  test("this spec lists every route of the router", () => {
    const missing = routerPaths().filter((route) => !(route in ROUTES));
    expect(missing, "routes in router.tsx that accessibility.spec.ts does not check").toEqual([]);
    const stale = Object.keys(ROUTES).filter((route) => !routerPaths().includes(route));
    expect(stale, "routes listed here that router.tsx no longer has").toEqual([]);
  });

  test("signed-out pages", async ({ browser }) => {
    const page = await newPage(browser);
    await page.goto("/sign-in");
    await checkPage(page, "/sign-in", heading(page, "Sign in"));
    await page.goto("/sign-up");
    await checkPage(page, "/sign-up", heading(page, "Create your agency workspace"));
    await page.goto("/forgot-password");
    await checkPage(page, "/forgot-password", heading(page, "Reset your password"));
    await page.goto(`/reset-password?oobCode=${BAD_CODE}`);
    await checkPage(page, "/reset-password", page.getByRole("heading", { level: 1 }));
    await page.goto(`/verify-email?oobCode=${BAD_CODE}`);
    await checkPage(page, "/verify-email", heading(page, "Confirm your address"));
    await page.goto("/join/not-a-real-token");
    await checkPage(page, "/join (invalid link)", heading(page, "This link is no longer valid"));
    await page.goto("/no-such-page");
    await checkPage(page, "page not found", heading(page, "Page not found"));
    await page.goto("/portal/sign-in");
    await checkPage(
      page,
      "/portal/sign-in (no agency yet)",
      page.getByRole("heading", { level: 1 }),
    );
    await page.goto("/portal/join/not-a-real-token");
    await checkPage(page, "/portal/join (invalid link)", page.getByRole("heading", { level: 1 }));

    // The join page while it reads the invitation: held until checked.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/describeTeamInvitation", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/join/not-a-real-token");
    await checkPage(page, "/join (loading)", page.getByRole("status"));
    release();
    await expect(heading(page, "This link is no longer valid")).toBeVisible();

    // An account that belongs to no agency.
    const email = uniqueEmail("nobody");
    await adminAuth().createUser({ email, password: STRONG_PASSWORD, displayName: "Nora Nobody" });
    await signIn(page, email, STRONG_PASSWORD, "/no-workspace");
    await checkPage(page, "/no-workspace", heading(page, "You're not part of an agency workspace"));
  });

  test("the client profile's voice agent, signed in as the owner", async ({ browser }) => {
    const agency = await createAgencyWithOwner("Maplewood Voice Partners");
    const clientId = await createClientRecord(agency.agencyId, {
      name: "Bright Smiles Dental",
      email: uniqueEmail("smiles"),
      type: "client",
      language: "en",
    });
    const page = await newPage(browser);
    await signIn(page, agency.email, agency.password, `/clients/${clientId}`);
    // The Add connection dialog, then a connection with its secret shown once.
    const voiceAgent = page.getByRole("region", { name: "Voice agent" });
    await voiceAgent.getByRole("button", { name: "Add connection" }).click();
    const addConnection = page.getByRole("dialog", { name: "Add connection" });
    await checkPage(page, "/clients/:clientId: Add connection", addConnection);
    await addConnection.getByRole("radio", { name: /Cal\.com/ }).check();
    await addConnection.getByRole("button", { name: "Add connection" }).click();
    await expect(voiceAgent.getByRole("textbox", { name: "Signing secret" })).toBeVisible({
      timeout: CALLABLE_TIMEOUT,
    });
    await checkPage(
      page,
      "/clients/:clientId with a voice agent connection",
      voiceAgent.getByRole("article", { name: "Cal.com" }),
    );
  });

  test("agency pages, signed in as the owner: the board, clients and a client's pages", async ({
    browser,
  }) => {
    const { agency, clientId } = await agencyWithInvite("Birchwood Digital Partners", "pale");
    const page = await newPage(browser);
    await signIn(page, agency.email, agency.password, "/dashboard");
    await checkPage(page, "/dashboard", page.getByTestId("invite-board").getByRole("row").nth(1));
    await page.goto("/");
    await expect(page).toHaveURL(/\/dashboard$/);

    await page.goto("/clients");
    await checkPage(page, "/clients", page.getByRole("link", { name: /Juniper & Rowe/ }));
    const call = await storeCallWithBooking(agency.agencyId, clientId);
    await page.goto(`/clients/${clientId}`);
    await checkPage(page, "/clients/:clientId", heading(page, "Juniper & Rowe Landscaping", 1));
    await expect(page.locator(`[data-call-id="${call.callId}"]`)).toBeVisible();
    await page.goto(`/clients/${clientId}/calls`);
    await checkPage(
      page,
      "/clients/:clientId/calls",
      page.locator(`[data-call-id="${call.callId}"]`),
    );
    await page.goto(`/clients/${clientId}/calls/${call.callId}`);
    await checkPage(page, "/clients/:clientId/calls/:callId", page.getByTestId("call-cost"));
    await page.goto(`/clients/${clientId}/bookings`);
    await checkPage(
      page,
      "/clients/:clientId/bookings",
      page.getByRole("link", { name: "View call" }),
    );
    await page.goto(`/clients/${clientId}/analytics`);
    await checkPage(page, "/clients/:clientId/analytics", page.getByTestId("heatmap"));
    for (const toggle of await page.getByRole("button", { name: "Show as table" }).all()) {
      await toggle.click();
    }
    await checkPage(
      page,
      "/clients/:clientId/analytics (tables)",
      page.getByRole("table", { name: "Calls per day" }),
    );
    // The seeded call's connection gives the client a row on the agents overview.
    await page.goto("/agents");
    await checkPage(
      page,
      "/agents",
      page.getByRole("table", { name: "Agents" }).getByRole("link", { name: /Juniper & Rowe/ }),
    );
    await page.goto(`/clients/${clientId}/faqs`);
    await checkPage(page, "/clients/:clientId/faqs", heading(page, "FAQs", 1));
    await page.goto(`/clients/${clientId}/agent`);
    await checkPage(page, "/clients/:clientId/agent", heading(page, "What this client sees", 2));
  });

  test("agency pages, signed in as the owner: Create Invite and Settings", async ({ browser }) => {
    const { agency, clientId } = await agencyWithInvite("Birchwood Digital Partners", "pale");
    const page = await newPage(browser);
    await signIn(page, agency.email, agency.password, `/invites/new?client=${clientId}`);

    // Create Invite, each step.
    await checkPage(page, "Create Invite: client", heading(page, /Select an existing client/, 2));
    await page.getByRole("button", { name: "Next" }).click();
    await expect(heading(page, "Choose accounts", 2)).toBeVisible();
    await page.getByRole("checkbox", { name: "Google Ads", exact: true }).check();
    await page.getByRole("checkbox", { name: "YouTube", exact: true }).check();
    await checkPage(page, "Create Invite: accounts", heading(page, "Choose accounts", 2));
    await page.getByRole("button", { name: "Next" }).click();
    await checkPage(
      page,
      "Create Invite: preview (pale brand)",
      page.getByRole("article", { name: /access page/ }),
    );
    await page.getByRole("button", { name: "Next" }).click();
    await checkPage(page, "Create Invite: thank you", heading(page, /thank you message/, 2));
    await page.getByRole("button", { name: "Next" }).click();
    await checkPage(page, "Create Invite: summary", heading(page, "Review the summary", 2));

    await page.goto("/settings");
    await expect(page).toHaveURL(/\/settings\/general$/);
    await checkPage(page, "/settings/general", heading(page, "Workspace", 2));
    await page.goto("/settings/branding");
    await checkPage(page, "/settings/branding (pale brand)", heading(page, "Preview", 2));
    await page.goto("/settings/connected-accounts");
    await checkPage(page, "/settings/connected-accounts", heading(page, "Connected accounts", 2));
    await page.goto("/settings/intake-form");
    await checkPage(page, "/settings/intake-form", heading(page, "Intake form", 2));
    await page.goto("/settings/agent-settings");
    await checkPage(
      page,
      "/settings/agent-settings",
      heading(page, "What clients see by default", 2),
    );
    await seedWebhookEndpoint(agency.agencyId);
    await page.goto("/settings/webhooks");
    await checkPage(
      page,
      "/settings/webhooks",
      page
        .getByRole("table", { name: /Delivery log of/ })
        .getByRole("row")
        .nth(1),
    );
    await page.goto("/settings/team");
    await page.getByLabel("Email address").fill(uniqueEmail("a-rather-long-teammate-address"));
    await page.getByLabel("Role", { exact: true }).selectOption("member");
    await page.getByRole("button", { name: "Send invitation" }).click();
    const invitations = page.getByRole("table", { name: "Pending invitations" });
    await expect(invitations.getByText("Email sent")).toBeVisible({ timeout: CALLABLE_TIMEOUT });
    await checkPage(page, "/settings/team", invitations);

    // Settings -> API: a new key (shown once), the keys, and the reference.
    await page.goto("/settings/api");
    await page.getByRole("button", { name: "Create API key" }).click();
    const createKey = page.getByRole("dialog", { name: "Create API key" });
    await createKey.getByLabel("Name").fill("Zapier");
    await createKey.getByRole("checkbox", { name: /Read clients/ }).check();
    await createKey.getByRole("button", { name: "Create key" }).click();
    const newKey = page.getByRole("dialog", { name: "Your new API key" });
    await expect(newKey.getByRole("textbox", { name: "API key" })).toBeVisible({
      timeout: CALLABLE_TIMEOUT,
    });
    await checkPage(
      page,
      "/settings/api (new key)",
      newKey.getByRole("textbox", { name: "API key" }),
    );
    await newKey.getByRole("button", { name: "I've copied it" }).click();
    await checkPage(page, "/settings/api", page.getByRole("table", { name: "API keys" }));
    await page.goto("/settings/api/reference");
    await checkPage(page, "/settings/api/reference", heading(page, "API reference", 2));

    // The pages that paint the agency's colours, with a dark brand.
    await adminDb()
      .doc(paths.settings(agency.agencyId, "branding"))
      .set(BRANDS.dark, { merge: true });
    await page.goto("/settings/branding");
    await checkPage(page, "/settings/branding (dark brand)", heading(page, "Preview", 2));
    // The wizard kept this tab's unsent choices: back to their preview.
    await page.goto(`/invites/new?client=${clientId}`);
    await expect(heading(page, "Review the summary", 2)).toBeVisible();
    await page.getByRole("button", { name: "3 Preview your link" }).click();
    await checkPage(
      page,
      "Create Invite: preview (dark brand)",
      page.getByRole("article", { name: /access page/ }),
    );
  });

  for (const brand of ["pale", "dark"] as const) {
    test(`client-facing pages with a ${brand} brand colour`, async ({ browser }) => {
      const { agency, clientId, client, inviteId } = await agencyWithInvite(
        `Harbor ${brand} Studio`,
        brand,
      );
      const inviteLink = await issueInviteLink(agency.agencyId, inviteId, clientId);

      // The owner invites a teammate and sends the client its portal invitation.
      const owner = await newPage(browser);
      await signIn(owner, agency.email, agency.password, "/settings/team");
      const teammate = uniqueEmail("teammate");
      await owner.getByLabel("Email address").fill(teammate);
      await owner.getByLabel("Role", { exact: true }).selectOption("member");
      await owner.getByRole("button", { name: "Send invitation" }).click();
      await expect(
        owner.getByRole("table", { name: "Pending invitations" }).getByText("Email sent"),
      ).toBeVisible({ timeout: CALLABLE_TIMEOUT });
      await owner.goto(`/clients/${clientId}`);
      await owner.getByRole("button", { name: "Send Portal Invitation", exact: true }).click();
      const dialog = owner.getByRole("dialog", { name: "Send Portal Invitation" });
      await dialog.getByRole("button", { name: "Send invitation" }).click();
      await expect(dialog).toHaveCount(0, { timeout: CALLABLE_TIMEOUT });

      const page = await newPage(browser);
      await page.goto(inviteLink);
      await checkPage(page, `/i/<token> (${brand})`, heading(page, "YouTube"));

      await expect.poll(async () => (await mailsTo(teammate)).length).toBe(1);
      const joinUrl = linkIn((await mailsTo(teammate))[0]?.text ?? "", /\/join\/[A-Za-z0-9_-]{43}/);
      await page.goto(joinUrl);
      await checkPage(page, `/join/:token (${brand})`, heading(page, /Join Harbor/));

      await expect.poll(async () => (await mailsTo(client.email)).length).toBe(1);
      const portalUrl = linkIn(
        (await mailsTo(client.email))[0]?.text ?? "",
        /\/portal\/join\/[A-Za-z0-9_-]{43}/,
      );
      await page.goto(portalUrl);
      await checkPage(page, `/portal/join/:token (${brand})`, heading(page, /Join the/));
      await page.getByLabel("Your name").fill("Rowan Juniper-Whitfield");
      await page.getByLabel("Choose a password").fill(STRONG_PASSWORD);
      await page.getByRole("button", { name: "Create my account" }).click();
      const call = await storeCallWithBooking(agency.agencyId, clientId);
      await expect(page).toHaveURL(/\/portal$/, { timeout: CALLABLE_TIMEOUT });
      await checkPage(page, `/portal (${brand})`, heading(page, /Welcome, Rowan/, 1));
      await expect(page.locator(`[data-call-id="${call.callId}"]`)).toBeVisible();
      await page.goto("/portal/calls");
      await checkPage(
        page,
        `/portal/calls (${brand})`,
        page.locator(`[data-call-id="${call.callId}"]`),
      );
      await page.goto(`/portal/calls/${call.callId}`);
      await checkPage(
        page,
        `/portal/calls/:callId (${brand})`,
        heading(page, `Call with ${call.caller}`, 1),
      );
      await page.goto("/portal/bookings");
      await checkPage(
        page,
        `/portal/bookings (${brand})`,
        page.getByRole("link", { name: "View call" }),
      );
      await page.goto("/portal/analytics");
      await checkPage(page, `/portal/analytics (${brand})`, page.getByTestId("heatmap"));
      await seedBilling(agency.agencyId, clientId);
      await page.goto("/portal/billing");
      await checkPage(page, `/portal/billing (${brand})`, page.getByTestId("billing-projected"));
      await page.goto(`/portal/billing/statements/${SEEDED_STATEMENT_ID}`);
      await checkPage(
        page,
        `/portal/billing/statements/:statementId (${brand})`,
        page.getByTestId("statement-total"),
      );
      await page.goto("/portal/faqs");
      await checkPage(
        page,
        `/portal/faqs (${brand})`,
        page.getByRole("button", { name: "Add an FAQ" }),
      );
      await page.goto("/portal/agent");
      await checkPage(page, `/portal/agent (${brand})`, page.getByLabel("Greeting"));

      await page.goto("/portal/settings");
      await expect(page).toHaveURL(/\/portal\/settings\/team$/);
      await page.getByLabel("Email address").fill(uniqueEmail("a-rather-long-colleague-address"));
      await page.getByRole("button", { name: "Send invitation" }).click();
      await expect(page.getByRole("table").nth(1)).toBeVisible({ timeout: CALLABLE_TIMEOUT });
      await checkPage(page, `/portal/settings/team (${brand})`, page.getByRole("table").nth(1));
      // On a phone the team's tables fit the screen, without scrolling sideways.
      await page.setViewportSize(VIEWPORTS[1]);
      for (const table of await page.getByRole("table").all()) {
        const fits = await table.evaluate((element) => {
          const box = element.parentElement as HTMLElement;
          return box.scrollWidth <= box.clientWidth;
        });
        expect(fits, `${await table.getAttribute("aria-label")} fits a 360 px screen`).toBe(true);
      }
      await page.setViewportSize(VIEWPORTS[0]);

      await page.goto("/portal/settings/profile");
      await checkPage(
        page,
        `/portal/settings/profile (${brand})`,
        heading(page, "Your details", 2),
      );
      await page.goto("/portal/no-such-page");
      await checkPage(page, `/portal/* (${brand})`, page.getByRole("heading", { level: 1 }));

      // Signed out, the portal's pages keep the agency's look: first its own address.
      await page.goto("/portal");
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(new RegExp(`/portal/a/${agency.agencyId}$`));
      await checkPage(
        page,
        `/portal/a/:agencyId (${brand})`,
        page.getByRole("heading", { level: 1 }),
      );
      await page.goto("/portal/sign-in");
      await checkPage(page, `/portal/sign-in (${brand})`, page.getByRole("heading", { level: 1 }));
      await page.goto("/portal/forgot-password");
      await checkPage(
        page,
        `/portal/forgot-password (${brand})`,
        page.getByRole("heading", { level: 1 }),
      );
      await page.goto(`/portal/reset-password?oobCode=${BAD_CODE}`);
      await checkPage(
        page,
        `/portal/reset-password (${brand})`,
        page.getByRole("heading", { level: 1 }),
      );
      await page.goto(`/portal/confirm-email?oobCode=${BAD_CODE}`);
      await checkPage(
        page,
        `/portal/confirm-email (${brand})`,
        page.getByRole("heading", { level: 1 }),
      );
      await page.goto(`/portal/unsubscribe#token=${"x".repeat(40)}`);
      await checkPage(
        page,
        `/portal/unsubscribe (${brand})`,
        page.getByRole("button", { name: "Unsubscribe" }),
      );
    });
  }
});

// ---- Access pages (onboarding pages) ----

/** An access page as createOnboardingPage stores it, with the agency's demo accounts. */
async function seedAccessPage(agencyId: string, slug: string, paused: boolean) {
  const { seedAccessPage: seed } = await import("../../scripts/lib/seed-onboarding-pages");
  return seed(agencyId, await connectAccounts(agencyId), {
    pageId: `page${slug.replaceAll("-", "")}`,
    slug,
    paused,
    termsUrl: "https://example.com/terms",
  });
}

test.describe("access pages: accessibility and page width", () => {
  test.describe.configure({ timeout: 240_000 });

  test("the agency's access pages and the public page, live and paused", async ({ browser }) => {
    const agency = await createAgencyWithOwner("Lakeside Growth Studio");
    const page = await newPage(browser);
    await signIn(page, agency.email, agency.password, "/access-pages");
    await checkPage(page, "/access-pages (none yet)", heading(page, "No access pages yet"));
    const pageId = await seedAccessPage(agency.agencyId, "website-cta", false);
    await checkPage(
      page,
      "/access-pages",
      page.getByRole("link", { name: "Website CTA", exact: true }),
    );
    await page.goto("/access-pages/new");
    await checkPage(page, "/access-pages/new", heading(page, "Create access page", 1));
    await page.goto(`/access-pages/${pageId}`);
    await checkPage(page, "/access-pages/:pageId", heading(page, "Funnel"));
    await page.goto(`/access-pages/${pageId}/edit`);
    await checkPage(page, "/access-pages/:pageId/edit", heading(page, "Edit Website CTA", 1));

    await page.goto(`/p/${agency.agencyId}/website-cta`);
    await checkPage(
      page,
      "/p/:agencyId/:slug",
      page.getByRole("heading", { level: 1, name: /Lakeside Growth Studio/ }),
    );
    await seedAccessPage(agency.agencyId, "paused-page", true);
    await page.goto(`/p/${agency.agencyId}/paused-page`);
    await checkPage(page, "/p/:agencyId/:slug (paused)", heading(page, "This page is paused", 1));
  });
});
