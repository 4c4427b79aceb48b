// One journey file over 300 lines: the agency's side of grants, sharing one setup of an invite the client works through.
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { localAppCheckToken } from "@portico/domain/app-check";
import { FUNCTIONS_REGION } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { emulatorPorts, PROJECT_IDS } from "../../scripts/lib/emulators";
import {
  addTeammate,
  adminDb,
  connectAccounts,
  createAgencyWithOwner,
  createClientRecord,
  createInviteRecord,
  uniqueEmail,
} from "./fixtures";
import { signIn } from "./support";

/**
 * A callable of the test Functions emulator, over its HTTP protocol, as the
 * client's invite page calls it (no account: the link token authorizes).
 */
async function callClientPage<Output>(name: string, data: Record<string, unknown>) {
  const url = `http://127.0.0.1:${emulatorPorts("test").functions}/${PROJECT_IDS.test}/${FUNCTIONS_REGION}/${name}`;
  const response = await fetch(url, {
    method: "POST",
    // Callables enforce App Check; the emulator takes the app's local token.
    headers: {
      "Content-Type": "application/json",
      "X-Firebase-AppCheck": localAppCheckToken().token,
    },
    body: JSON.stringify({ data }),
  });
  const body = (await response.json()) as { result?: Output; error?: { message: string } };
  if (!response.ok || body.error) {
    throw new Error(`${name} failed (${response.status}): ${body.error?.message ?? ""}`);
  }
  return body.result as Output;
}

/**
 * The client signs in with the platform on the sandbox consent screen, allows,
 * and picks the first account: startConnection, the consent form's POST,
 * completeConnection, grantService, as the invite page drives them.
 */
async function grantThroughSignIn(token: string, serviceId: string) {
  const started = await callClientPage<{ state: string; authorizationUrl: string }>(
    "startConnection",
    { token, serviceId },
  );
  const consent = new URL(started.authorizationUrl);
  const form = new URLSearchParams(consent.searchParams);
  form.set("decision", "allow");
  const allowed = await fetch(`${consent.origin}${consent.pathname}`, {
    method: "POST",
    body: form,
    redirect: "manual",
  });
  expect(allowed.status).toBe(303);
  const back = new URL(allowed.headers.get("location") ?? "");
  expect(back.searchParams.get("state")).toBe(started.state);
  const code = back.searchParams.get("code") ?? "";
  const completed = await callClientPage<{ accounts: { id: string; name: string }[] }>(
    "completeConnection",
    { token, state: started.state, code },
  );
  const account = completed.accounts[0];
  if (!account) throw new Error("The sandbox listed no accounts");
  await callClientPage("grantService", { token, state: started.state, accountId: account.id });
  return account;
}

const feed = (page: Page) => page.getByRole("region", { name: "Activity" });
const serviceItem = (page: Page, client: string, serviceId: string) =>
  page.getByRole("row", { name: new RegExp(client) }).locator(`[data-service-id="${serviceId}"]`);

test.describe("the agency's side of grants", () => {
  let contexts: BrowserContext[] = [];
  test.afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });

  test("an invite that keeps tokens: the board shows how each service went, Mark verified follows live, owners reveal a token, members don't see Token access", async ({
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Harbor Lights");
    const member = await addTeammate(agency.agencyId, "member");
    await connectAccounts(agency.agencyId);
    const clientName = "Juniper Jams";
    const clientId = await createClientRecord(agency.agencyId, {
      name: clientName,
      email: uniqueEmail("juniper"),
      type: "client",
      language: "en",
    });

    const ownerContext = await browser.newContext({
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const memberContext = await browser.newContext();
    contexts = [ownerContext, memberContext];
    const owner = await ownerContext.newPage();
    const mate = await memberContext.newPage();

    // The owner creates the invite and turns on "Keep access tokens" on the summary.
    await signIn(owner, agency.email, agency.password, `/invites/new?client=${clientId}`);
    await owner.getByRole("button", { name: "Next" }).click();
    await owner.getByRole("checkbox", { name: "Google Ads", exact: true }).check();
    await owner.getByRole("checkbox", { name: "Google Search Console", exact: true }).check();
    await owner.getByRole("checkbox", { name: "Facebook Page", exact: true }).check();
    await owner.getByRole("button", { name: "Next" }).click();
    await owner.getByRole("button", { name: "Next" }).click();
    await owner.getByRole("button", { name: "Next" }).click();
    const keepTokens = owner.getByRole("switch", { name: "Keep access tokens" });
    await expect(keepTokens).not.toBeChecked();
    await expect(owner.getByText("Store the sign-in tokens, encrypted")).toBeVisible();
    await expect(owner.locator(".invite-summary")).toContainText("Not kept");
    await keepTokens.check();
    await expect(owner.locator(".invite-summary")).toContainText(
      "Kept, encrypted: owners and admins can reveal them",
    );
    await owner.getByLabel("Send email notification").uncheck();
    await owner.getByRole("button", { name: "Send" }).click();
    const url = await owner.getByLabel("Invite URL").inputValue();
    const token = url.split("/i/")[1] ?? "";
    const [invite] = (await adminDb().collection(paths.invites(agency.agencyId)).get()).docs;
    expect(invite?.get("retainTokens")).toBe(true);

    await owner.getByRole("link", { name: "Go to the Dashboard" }).click();
    await expect(serviceItem(owner, clientName, "google-ads")).toHaveAttribute(
      "data-status",
      "pending",
    );
    await signIn(mate, member.email, member.password, "/dashboard");
    await expect(serviceItem(mate, clientName, "google-ads")).toBeVisible();

    // The client: Google Ads through sign-in, Search Console by "I've done this", Facebook skipped.
    const account = await grantThroughSignIn(token, "google-ads");
    await callClientPage("confirmService", { token, serviceId: "google-search-console" });
    await callClientPage("skipService", {
      token,
      serviceId: "facebook-page",
      reason: "We closed our Facebook page",
    });

    // A sign-in grant: granted, checked by the connector, with the client's account.
    const ads = serviceItem(owner, clientName, "google-ads");
    await expect(ads).toHaveAttribute("data-status", "granted");
    await expect(ads).toHaveAttribute("data-verified", "true");
    await expect(ads.getByRole("button")).toHaveText("granted");
    await ads.getByRole("button", { name: /Google Ads: granted/ }).click();
    const adsDetail = owner.getByRole("dialog", { name: /Google Ads on Juniper Jams/ });
    await expect(adsDetail).toContainText("Granted through Google sign-in");
    await expect(adsDetail).toContainText(`Client's account: ${account.name}`);
    await owner.keyboard.press("Escape");
    await expect(adsDetail).toBeHidden();

    // A skipped service says why.
    const facebook = serviceItem(owner, clientName, "facebook-page");
    await expect(facebook).toHaveAttribute("data-status", "skipped");
    await expect(facebook).toHaveAttribute("title", /We closed our Facebook page/);
    await facebook.getByRole("button", { name: /Facebook Page: skipped/ }).click();
    await expect(owner.getByRole("dialog", { name: /Facebook Page on/ })).toContainText(
      "Skipped by the client: “We closed our Facebook page”",
    );
    await owner.keyboard.press("Escape");

    // The client-confirmed grant waits for the agency; the member's board shows the same.
    const searchConsole = serviceItem(owner, clientName, "google-search-console");
    const mateConsole = serviceItem(mate, clientName, "google-search-console");
    for (const item of [searchConsole, mateConsole]) {
      await expect(item).toHaveAttribute("data-status", "granted");
      await expect(item).toHaveAttribute("data-verified", "false");
      await expect(item).toContainText("granted (client confirmed)");
    }

    // Mark verified from the badge; both boards follow without reload.
    await searchConsole.getByRole("button", { name: /Google Search Console: granted/ }).click();
    const consoleDetail = owner.getByRole("dialog", { name: /Google Search Console on/ });
    await expect(consoleDetail).toContainText("Not verified yet");
    await consoleDetail.getByRole("button", { name: "Mark verified" }).click();
    await expect(consoleDetail).toContainText("Verified by Otto Owner");
    await expect(consoleDetail.getByRole("button", { name: "Mark verified" })).toHaveCount(0);
    await owner.keyboard.press("Escape");
    for (const item of [searchConsole, mateConsole]) {
      await expect(item).toHaveAttribute("data-verified", "true");
      await expect(item.getByRole("button")).toHaveText("granted");
      await expect(item).toHaveAttribute("title", /Verified by Otto Owner/);
    }
    await expect(feed(mate)).toContainText(
      `Otto Owner verified ${clientName}' Google Search Console access`,
    );

    // Token access (owner): what was kept, then Reveal token, recorded in the feed.
    await owner
      .getByRole("row", { name: new RegExp(clientName) })
      .getByRole("button", { name: /More actions/ })
      .click();
    await owner.getByRole("menuitem", { name: "Token access" }).click();
    const tokens = owner.getByRole("dialog", { name: "Token access" });
    await expect(tokens).toContainText("Google Ads");
    await expect(tokens).toContainText("google.google-ads.manage-users");
    await expect(tokens).toContainText(account.name);
    await tokens.getByRole("button", { name: "Reveal token for Google Ads" }).click();
    const accessToken = tokens.getByRole("textbox", { name: "Google Ads access token" });
    await expect(accessToken).toHaveValue(/^sandbox-access-\S+$/);
    await expect(accessToken).toHaveAttribute("readonly", "");
    await expect(tokens.getByRole("status")).toContainText("Your reveal was recorded");
    await tokens.getByRole("button", { name: "Copy Google Ads access token" }).click();
    expect(await owner.evaluate(() => navigator.clipboard.readText())).toBe(
      await accessToken.inputValue(),
    );
    await tokens.getByRole("button", { name: "Close" }).click();
    await expect(feed(owner)).toContainText(
      `Otto Owner revealed the Google Ads token for ${clientName}`,
    );
    await expect(feed(mate)).toContainText(
      `Otto Owner revealed the Google Ads token for ${clientName}`,
    );

    // A member edits invites but has no Token access (and nothing left to verify).
    await mate
      .getByRole("row", { name: new RegExp(clientName) })
      .getByRole("button", { name: /More actions/ })
      .click();
    await expect(mate.getByRole("menuitem")).toHaveText([
      "Copy link",
      "Edit",
      "Add CC",
      "New link",
    ]);
  });

  test("Mark verified from the row's menu; viewers see the client-confirmed grant but cannot verify it", async ({
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Quarry Creative");
    const viewer = await addTeammate(agency.agencyId, "viewer");
    const accounts = await connectAccounts(agency.agencyId);
    const client = { name: "Rowan Rugs", email: uniqueEmail("rowan") };
    const clientId = await createClientRecord(agency.agencyId, {
      ...client,
      type: "client",
      language: "en",
    });
    const inviteId = await createInviteRecord(agency.agencyId, {
      clientId,
      client,
      accounts,
      services: [
        { serviceId: "google-search-console", accessLevel: "full", status: "pending" },
        { serviceId: "facebook-page", accessLevel: "admin", status: "pending" },
      ],
    });
    // As confirmService and skipService (without a reason) write them.
    const ref = adminDb().doc(paths.invite(agency.agencyId, inviteId));
    const services = (await ref.get()).get("services") as { serviceId: string }[];
    await ref.update({
      services: services.map((service) =>
        service.serviceId === "google-search-console"
          ? {
              ...service,
              status: "granted",
              grantedVia: "client_confirmed",
              statusChangedAt: new Date(),
            }
          : { ...service, status: "skipped", skipReason: null, statusChangedAt: new Date() },
      ),
    });

    const ownerContext = await browser.newContext();
    const viewerContext = await browser.newContext();
    contexts = [ownerContext, viewerContext];
    const owner = await ownerContext.newPage();
    const watcher = await viewerContext.newPage();

    await signIn(watcher, viewer.email, viewer.password, "/dashboard");
    const watched = serviceItem(watcher, client.name, "google-search-console");
    await expect(watched).toContainText("granted (client confirmed)");
    await watched.getByRole("button", { name: /Google Search Console/ }).click();
    const detail = watcher.getByRole("dialog", { name: /Google Search Console on/ });
    await expect(detail).toContainText("Not verified yet");
    await expect(detail.getByRole("button", { name: "Mark verified" })).toHaveCount(0);
    await watcher.keyboard.press("Escape");
    await watcher
      .getByRole("row", { name: /Rowan Rugs/ })
      .getByRole("button", { name: /More actions/ })
      .click();
    await expect(watcher.getByRole("menuitem")).toHaveText(["Copy link"]);
    await watcher.keyboard.press("Escape");
    await serviceItem(watcher, client.name, "facebook-page").getByRole("button").click();
    await expect(watcher.getByRole("dialog", { name: /Facebook Page on/ })).toContainText(
      "Skipped by the client (no reason given).",
    );
    await watcher.keyboard.press("Escape");

    // The owner verifies from the client profile's invite history, through the row's menu.
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    const granted = owner.getByRole("region", { name: "Granted access" });
    await expect(granted).toContainText("client confirmed, not verified yet");
    const history = owner.getByRole("table", { name: "Invite history" });
    await history.getByRole("button", { name: /More actions/ }).click();
    await owner.getByRole("menuitem", { name: "Mark Google Search Console verified" }).click();
    await expect(history.locator('[data-service-id="google-search-console"]')).toHaveAttribute(
      "data-verified",
      "true",
    );
    await expect(granted).not.toContainText("not verified");
    await expect(watched).toHaveAttribute("data-verified", "true");
    await expect(watched).not.toContainText("client confirmed");
    await expect(feed(watcher)).toContainText(
      "Otto Owner verified Rowan Rugs' Google Search Console access",
    );
  });

  test("the client profile lists intake responses live, newest first, with answers as staff read them", async ({
    page,
  }) => {
    const agency = await createAgencyWithOwner("Sable Studio");
    const client = { name: "Tamsin Tea", email: uniqueEmail("tamsin") };
    const clientId = await createClientRecord(agency.agencyId, {
      ...client,
      type: "client",
      language: "en",
    });
    await signIn(page, agency.email, agency.password, `/clients/${clientId}`);
    await expect(page.getByRole("heading", { name: "Invite history" })).toBeVisible();
    await expect(page.getByText("No invites yet.")).toBeVisible();
    // No responses: no section at all.
    await expect(page.getByRole("heading", { name: "Intake responses" })).toHaveCount(0);

    const questions = [
      { id: "goals", label: "What are your goals this year?", type: "long_text" },
      { id: "site", label: "Your website", type: "url" },
      { id: "channels", label: "Which channels do you use?", type: "multiple_choice" },
      { id: "budget", label: "Do you have a monthly budget?", type: "yes_no" },
      { id: "notes", label: "Anything else?", type: "short_text" },
    ];
    const day = (n: number) => new Date(Date.now() - n * 86_400_000);
    await adminDb()
      .doc(paths.intakeResponse(agency.agencyId, clientId, "invite-older"))
      .set({
        inviteId: "invite-older",
        clientId,
        questions,
        answers: {
          goals: "More bookings",
          site: "https://tamsin.example",
          channels: ["Search", "Email"],
          budget: true,
          notes: "",
        },
        status: "submitted",
        updatedAt: day(3),
        submittedAt: day(3),
      });

    const section = page.getByRole("region", { name: "Intake responses" });
    await expect(section).toBeVisible();
    const answer = (label: string) =>
      section.getByRole("listitem").first().locator(".intake-answer").filter({ hasText: label });
    await expect(section.getByRole("listitem").first()).toContainText("Submitted");
    await expect(answer("goals")).toContainText("More bookings");
    // A URL answer opens the client's site.
    await expect(
      answer("Your website").getByRole("link", { name: "https://tamsin.example" }),
    ).toHaveAttribute("href", "https://tamsin.example/");
    await expect(answer("Which channels")).toContainText("Search, Email");
    await expect(answer("monthly budget")).toContainText("Yes");
    await expect(answer("Anything else")).toContainText("No answer");

    // A newer invite's answers, still in progress, arrive live on top.
    await adminDb()
      .doc(paths.intakeResponse(agency.agencyId, clientId, "invite-newer"))
      .set({
        inviteId: "invite-newer",
        clientId,
        questions: questions.slice(2),
        answers: { budget: false },
        status: "draft",
        updatedAt: day(0),
        submittedAt: null,
      });
    await expect(section.locator(".intake-response")).toHaveCount(2);
    const newest = section.locator(".intake-response").first();
    await expect(newest).toHaveAttribute("data-status", "draft");
    await expect(newest).toContainText("In progress (saved");
    await expect(newest.locator(".intake-answer").filter({ hasText: "budget" })).toContainText(
      "No",
    );
    await expect(
      newest.locator(".intake-answer").filter({ hasText: "Which channels" }),
    ).toContainText("No answer");
    await expect(section.locator(".intake-response").nth(1)).toContainText("Submitted");
  });
});
