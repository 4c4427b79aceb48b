// One journey file over 300 lines: the client's invite page end to end, sharing the sandbox sign-in helpers.
import { randomBytes } from "node:crypto";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import type { Locale } from "@portico/domain/i18n/locales";
import { paths } from "@portico/domain/paths";
import {
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

// The client's side of an invite: the agency sends it from the wizard, the
// client opens the emailed link in another browser (a phone-sized one), and
// the agency's open board follows every step live.

test.describe.configure({ timeout: 180_000 });

async function setIntakeForm(agencyId: string) {
  await adminDb()
    .doc(paths.settings(agencyId, "intakeForm"))
    .set({
      enabled: true,
      questions: [
        {
          id: "goals",
          type: "short_text",
          label: "What should we improve first?",
          helpText: "",
          required: true,
          options: [],
        },
        {
          id: "contact",
          type: "yes_no",
          label: "May we call you?",
          helpText: "",
          required: true,
          options: [],
        },
      ],
      updatedAt: new Date(),
    });
}

interface WizardInvite {
  clientId: string;
  services: string[];
  optional?: string[];
  /** "standard": nothing extra, Portico's own thank you page. */
  finish: { thankYou: string } | { redirect: string } | "standard";
}

/** Create Invite in the wizard, email on; answers once "Invite sent" shows. */
async function sendInviteFromWizard(page: Page, invite: WizardInvite) {
  await page.goto(`/invites/new?client=${invite.clientId}`);
  await page.getByRole("button", { name: "Next" }).click();
  for (const service of invite.services) {
    await page.getByRole("checkbox", { name: service, exact: true }).check();
  }
  for (const service of invite.optional ?? []) {
    await page
      .getByRole("group", { name: service, exact: true })
      .getByRole("checkbox", { name: /Optional/ })
      .check();
  }
  await page.getByRole("switch", { name: /Intake Form/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click(); // the preview
  if (invite.finish === "standard") {
    // The step's default.
  } else if ("thankYou" in invite.finish) {
    await page.getByLabel("A thank you message").check();
    await page.getByLabel("Thank you message", { exact: true }).fill(invite.finish.thankYou);
  } else {
    await page.getByLabel("A redirect to a web address").check();
    await page.getByLabel("Redirect URL").fill(invite.finish.redirect);
  }
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { name: "Invite sent" })).toBeVisible({
    timeout: 30_000,
  });
}

async function emailedLink(address: string): Promise<string> {
  await expect.poll(async () => (await mailsTo(address)).length, { timeout: 30_000 }).toBe(1);
  const [mail] = await mailsTo(address);
  return linkIn(mail?.text ?? "", /http:\/\/127\.0\.0\.1:\d+\/i\/[A-Za-z0-9_-]{43}/);
}

async function setup(language: Locale = "en", name = "Marisol Café") {
  const agency = await createAgencyWithOwner("Harbor Lights");
  await connectAccounts(agency.agencyId);
  await setIntakeForm(agency.agencyId);
  const clientEmail = uniqueEmail("marisol");
  const clientId = await createClientRecord(agency.agencyId, {
    name,
    email: clientEmail,
    type: "client",
    language,
  });
  return { ...agency, clientId, clientEmail };
}

const card = (page: Page, serviceId: string) => page.locator(`[data-service-id="${serviceId}"]`);

/** Sign in with the platform on the sandbox consent screen and pick the first account. */
async function connectThroughSandbox(page: Page, serviceId: string, platform: string) {
  await card(page, serviceId)
    .getByRole("button", { name: `Sign in with ${platform}` })
    .click();
  await expect(page.getByRole("heading", { name: `Sign in with ${platform}` })).toBeVisible();
  await page.getByRole("button", { name: "Allow" }).click();
  const picker = page.getByRole("dialog");
  await expect(picker.getByRole("heading", { name: /Choose the .* account/ })).toBeVisible();
  await picker
    .getByRole("radio", { name: /Sandbox Bakery/ })
    .first()
    .check();
  await picker.getByRole("button", { name: "Give access" }).click();
  await expect(card(page, serviceId)).toHaveAttribute("data-status", "granted");
  await expect(card(page, serviceId).getByText("Access given for Sandbox Bakery")).toBeVisible();
}

async function phoneContext(context: BrowserContext) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  return page;
}

test("a client connects two services, follows the steps for one, skips one, answers the questions and is thanked, while the agency's board follows live", async ({
  browser,
}) => {
  const agency = await setup();
  const agencyContext = await browser.newContext();
  const boardContext = await browser.newContext();
  const clientContext = await browser.newContext();
  try {
    const agencyPage = await agencyContext.newPage();
    await signIn(agencyPage, agency.email, agency.password);
    await sendInviteFromWizard(agencyPage, {
      clientId: agency.clientId,
      services: ["Google Ads", "Meta ad account", "Google Search Console", "Google Tag Manager"],
      optional: ["Google Tag Manager"],
      finish: { thankYou: "Thanks Marisol, we start on Monday." },
    });

    const board = await boardContext.newPage();
    await signIn(board, agency.email, agency.password);
    const row = board.getByRole("row", { name: /Marisol Café/ });
    await expect(row).toBeVisible();
    await board.evaluate(() => {
      (window as unknown as { boardMarker: string }).boardMarker = "still here";
    });
    const boardService = (serviceId: string) => row.locator(`[data-service-id="${serviceId}"]`);
    const feed = board.getByRole("region", { name: "Activity" });

    const link = await emailedLink(agency.clientEmail);
    const client = await phoneContext(clientContext);
    const response = await client.goto(link);
    expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
    await expect(client.getByRole("banner")).toContainText("Harbor Lights");
    await expect(client.getByText("Hi Marisol Café,")).toBeVisible();
    await expect(client.locator("html")).toHaveAttribute("lang", "en");

    // Two services through the sandbox's sign-in.
    await connectThroughSandbox(client, "google-ads", "Google");
    await expect(boardService("google-ads")).toHaveAttribute("data-status", "granted");
    await expect(feed.getByText("Marisol Café granted Google Ads")).toBeVisible();
    await connectThroughSandbox(client, "meta-ad-account", "Meta");
    await expect(boardService("meta-ad-account")).toHaveAttribute("data-status", "granted");

    // Guided steps naming the agency's Google account, then "I've done this".
    const searchConsole = card(client, "google-search-console");
    await expect(searchConsole.getByRole("listitem").first()).toBeVisible();
    await expect(searchConsole).toContainText("Full");
    await searchConsole.getByRole("button", { name: "I've done this" }).click();
    await expect(searchConsole).toHaveAttribute("data-status", "granted");
    await expect(searchConsole.getByText("Granted (you confirmed)")).toBeVisible();
    await expect(boardService("google-search-console")).toHaveAttribute("data-status", "granted");

    // Skip the optional one, with a reason for the agency.
    await card(client, "google-tag-manager").getByRole("button", { name: "Skip" }).click();
    const skip = client.getByRole("dialog", { name: "Skip Google Tag Manager?" });
    await skip.getByLabel("Reason (optional)").fill("Our developer manages tags");
    await skip.getByRole("button", { name: "Skip this service" }).click();
    await expect(card(client, "google-tag-manager")).toHaveAttribute("data-status", "skipped");
    await expect(boardService("google-tag-manager")).toHaveAttribute("data-status", "skipped");
    await expect(feed.getByText("Marisol Café skipped Google Tag Manager")).toBeVisible();

    // The questions: a required one left empty is refused beside the field.
    await client
      .getByRole("group", { name: /May we call you/ })
      .getByRole("radio", { name: "Yes" })
      .check();
    await client.getByRole("button", { name: "Submit answers" }).click();
    await expect(client.getByText("This question needs an answer.")).toBeVisible();
    await client.getByLabel(/What should we improve first/).fill("Our search ads");
    await client.getByRole("button", { name: "Submit answers" }).click();

    await expect(client.getByRole("heading", { name: "Thank you!" })).toBeVisible();
    await expect(client.getByText("Thanks Marisol, we start on Monday.")).toBeVisible();

    await expect(feed.getByText("Marisol Café answered the intake form")).toBeVisible();
    await expect(feed.getByText("Marisol Café's invite is complete")).toBeVisible();
    await expect(row.getByText("Complete", { exact: true })).toBeVisible();
    expect(
      await board.evaluate(() => (window as unknown as { boardMarker?: string }).boardMarker),
    ).toBe("still here");

    // Coming back later: the request is complete, nothing left to click.
    await client.goto(link);
    await expect(client.getByRole("heading", { name: "This request is complete" })).toBeVisible();
    await expect(
      client.getByRole("button", { name: /Sign in with|I've done this|Skip/ }),
    ).toHaveCount(0);
  } finally {
    await Promise.all([agencyContext.close(), boardContext.close(), clientContext.close()]);
  }
});

/** What the finish step says before a redirect, per language. */
const LEAVING = {
  en: {
    done: "I've done this",
    no: "No",
    submit: "Submit answers",
    title: "You're leaving for harbor-lights.example",
    body: "Harbor Lights sends you on to this address:",
    continue: "Continue to harbor-lights.example",
  },
  es: {
    done: "Ya lo he hecho",
    no: "No",
    submit: "Enviar respuestas",
    title: "Vas a salir hacia harbor-lights.example",
    body: "Harbor Lights te envía a esta dirección:",
    continue: "Continuar a harbor-lights.example",
  },
} as const;

for (const language of ["en", "es"] as const) {
  test(`with a redirect, the finished client sees where they are going and leaves only on Continue (${language})`, async ({
    browser,
  }) => {
    const words = LEAVING[language];
    const agency = await setup(language);
    const agencyContext = await browser.newContext();
    const clientContext = await browser.newContext();
    try {
      const agencyPage = await agencyContext.newPage();
      await signIn(agencyPage, agency.email, agency.password);
      await sendInviteFromWizard(agencyPage, {
        clientId: agency.clientId,
        services: ["Google Search Console"],
        finish: { redirect: "https://harbor-lights.example/welcome?from=portico" },
      });
      await clientContext.route("https://harbor-lights.example/**", (route) =>
        route.fulfill({ contentType: "text/html", body: "<h1>Welcome aboard</h1>" }),
      );
      const client = await phoneContext(clientContext);
      const link = await emailedLink(agency.clientEmail);
      await client.goto(link);
      await card(client, "google-search-console").getByRole("button", { name: words.done }).click();
      await expect(card(client, "google-search-console")).toHaveAttribute("data-status", "granted");
      await client.getByLabel(/What should we improve first/).fill("Reporting");
      await client.getByRole("radio", { name: words.no }).check();
      await client.getByRole("button", { name: words.submit }).click();

      // The page stops on the destination: its host, its full address, and a way on.
      await expect(client.getByRole("heading", { name: words.title })).toBeFocused();
      await expect(client.getByText(words.body)).toBeVisible();
      await expect(
        client.getByText("https://harbor-lights.example/welcome?from=portico"),
      ).toBeVisible();
      expect(client.url()).toBe(link);
      const onward = client.getByRole("link", { name: words.continue });
      await expect(onward).toHaveAttribute(
        "href",
        "https://harbor-lights.example/welcome?from=portico",
      );
      await onward.click();
      await expect(client).toHaveURL("https://harbor-lights.example/welcome?from=portico");
      await expect(client.getByRole("heading", { name: "Welcome aboard" })).toBeVisible();
    } finally {
      await Promise.all([agencyContext.close(), clientContext.close()]);
    }
  });
}

/** An invite sent without the wizard, for the language checks. */
async function sendInvite(
  agencyEmail: string,
  password: string,
  clientId: string,
  context: BrowserContext,
) {
  const page = await context.newPage();
  await signIn(page, agencyEmail, password);
  await sendInviteFromWizard(page, {
    clientId,
    services: ["Google Ads", "Google Search Console"],
    finish: "standard",
  });
  await page.close();
}

test("the page speaks Spanish to a Spanish client and Dutch to a Dutch one, and the client can switch", async ({
  browser,
}) => {
  const spanish = await setup("es", "Lucía Pérez");
  const agencyContext = await browser.newContext();
  const clientContext = await browser.newContext();
  try {
    await sendInvite(spanish.email, spanish.password, spanish.clientId, agencyContext);
    const client = await phoneContext(clientContext);
    const link = await emailedLink(spanish.clientEmail);
    await client.goto(link);
    await expect(client.locator("html")).toHaveAttribute("lang", "es");
    await expect(client.getByText("Hola, Lucía Pérez:")).toBeVisible();
    await expect(
      card(client, "google-ads").getByRole("button", { name: "Iniciar sesión con Google" }),
    ).toBeVisible();
    await expect(
      card(client, "google-search-console").getByRole("button", { name: "Ya lo he hecho" }),
    ).toBeVisible();
    await expect(client.getByRole("button", { name: "Enviar respuestas" })).toBeVisible();

    // The client switches to Dutch; a reload keeps it.
    await client.getByLabel("Idioma").selectOption("nl");
    await expect(
      card(client, "google-ads").getByRole("button", { name: "Inloggen met Google" }),
    ).toBeVisible();
    await expect(client).toHaveURL(/[?&]lang=nl/);
    await client.reload();
    await expect(client.getByText("Een paar vragen")).toBeVisible();
    await expect(client.locator("html")).toHaveAttribute("lang", "nl");
  } finally {
    await Promise.all([agencyContext.close(), clientContext.close()]);
  }

  const dutch = await setup("nl", "Daan de Vries");
  const dutchAgency = await browser.newContext();
  const dutchClient = await browser.newContext();
  try {
    await sendInvite(dutch.email, dutch.password, dutch.clientId, dutchAgency);
    const client = await phoneContext(dutchClient);
    await client.goto(await emailedLink(dutch.clientEmail));
    await expect(client.locator("html")).toHaveAttribute("lang", "nl");
    await expect(client.getByText("Hallo Daan de Vries,")).toBeVisible();
    await card(client, "google-search-console").getByRole("button", { name: "Overslaan" }).click();
    await client.getByRole("dialog").getByRole("button", { name: "Deze dienst overslaan" }).click();
    await expect(card(client, "google-search-console")).toHaveAttribute("data-status", "skipped");
    await expect(card(client, "google-search-console").getByText("Overgeslagen")).toBeVisible();
  } finally {
    await Promise.all([dutchAgency.close(), dutchClient.close()]);
  }
});

test("an unknown link shows a clear page and offers nothing to click", async ({ page }) => {
  const response = await page.goto(`/i/${randomBytes(32).toString("base64url")}`);
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(page.getByRole("heading", { name: "This link isn't valid" })).toBeVisible();
  await expect(page.getByRole("button")).toHaveCount(0);
});

test("a client who cancels the platform's sign-in is told nothing was shared, and can sign in again", async ({
  page,
}) => {
  const agency = await setup("en", "Noor Bakery");
  const accounts = await connectAccounts(agency.agencyId);
  const inviteId = await createInviteRecord(agency.agencyId, {
    clientId: agency.clientId,
    client: { name: "Noor Bakery", email: agency.clientEmail },
    accounts,
    services: [{ serviceId: "google-ads", accessLevel: "standard", status: "pending" }],
  });
  await page.goto(await issueInviteLink(agency.agencyId, inviteId, agency.clientId));
  await card(page, "google-ads").getByRole("button", { name: "Sign in with Google" }).click();
  await expect(page.getByRole("heading", { name: "Sign in with Google" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();

  await expect(page).toHaveURL(/\/i\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("alert")).toHaveText(
    "You cancelled signing in, so nothing was shared. Sign in again when you're ready, or follow the steps instead.",
  );
  await expect(card(page, "google-ads")).toHaveAttribute("data-status", "pending");
  await expect(
    card(page, "google-ads").getByRole("button", { name: "Sign in with Google" }),
  ).toBeVisible();
});
