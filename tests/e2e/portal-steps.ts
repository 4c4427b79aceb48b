/**
 * The portal journeys' shared steps: an agency with a client and an open access
 * request, its portal invitation sent from the client profile, the link mailed,
 * and the account created from it.
 */
import { createHash } from "node:crypto";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import type { Locale } from "@portico/domain/i18n/locales";
import { paths } from "@portico/domain/paths";
import {
  adminAuth,
  adminDb,
  connectAccounts,
  createAgencyWithOwner,
  createClientRecord,
  createInviteRecord,
  linkIn,
  mailsTo,
  STRONG_PASSWORD,
  uniqueEmail,
} from "./fixtures";
import { signIn } from "./support";

export const PORTAL_LINK = /http:\/\/127\.0\.0\.1:\d+\/portal\/join\/[A-Za-z0-9_-]{43}/;
/** Signed out, the portal goes to its sign-in: the agency's own portal address once this browser knows it. */
export const PORTAL_SIGN_IN = /\/portal\/(sign-in|a\/[A-Za-z0-9_-]+)(\?|$)/;
export const INVALID_TITLE = "This invitation link is no longer valid";
export const ACCESS_REMOVED = "Your access to this portal was removed.";
/** A callable's first call starts its function cold in the emulator: allow for it. */
export const CALLABLE_TIMEOUT = 30_000;

let contexts: BrowserContext[] = [];

/** Closes, after each test of the calling file, the browser contexts newPage opened. */
export function closePagesAfterEachTest() {
  test.afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });
}

/** A page in a browser context of its own (its own signed-in user). */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

/** An agency with one client (with a contact email) and an open access request for it. */
export async function agencyWithClient(
  agencyName: string,
  clientName: string,
  language: Locale = "en",
) {
  const agency = await createAgencyWithOwner(agencyName);
  const accounts = await connectAccounts(agency.agencyId);
  const client = { name: clientName, email: uniqueEmail("client") };
  const clientId = await createClientRecord(agency.agencyId, {
    ...client,
    type: "client",
    language,
  });
  const inviteId = await createInviteRecord(agency.agencyId, {
    clientId,
    client,
    accounts,
    services: [
      { serviceId: "google-search-console", accessLevel: "full", status: "pending" },
      { serviceId: "facebook-page", accessLevel: "admin", status: "granted" },
    ],
  });
  return { agency, clientId, client, inviteId };
}

/** The newest portal link mailed to `address`, once the `count`th mail has arrived. */
export async function portalLinkMailed(address: string, count: number): Promise<string> {
  // Mail goes through a trigger and the local SMTP capture: slow on a busy machine.
  await expect
    .poll(async () => (await mailsButWelcome(address)).length, { timeout: CALLABLE_TIMEOUT })
    .toBe(count);
  const mails = await mailsButWelcome(address);
  return linkIn(mails[count - 1]?.text ?? "", PORTAL_LINK);
}

/** Mails to `address` but the welcome sent after joining (it carries the portal's address). */
export async function mailsButWelcome(address: string) {
  return (await mailsTo(address)).filter((mail) => !mail.text.includes("/portal/a/"));
}

export const tokenHashOf = (link: string) =>
  createHash("sha256")
    .update(link.split("/").pop() ?? "")
    .digest("hex");

/** Send (or Resend) Portal Invitation from the open client profile. */
export async function sendInvitation(owner: Page, email: string, button: string) {
  await owner.getByRole("button", { name: button, exact: true }).click();
  const dialog = owner.getByRole("dialog", { name: button });
  await expect(dialog.getByTestId("portal-invitation-email")).toHaveText(email);
  await dialog.getByRole("button", { name: /^(Send|Resend) invitation$/ }).click();
  await expect(dialog).toHaveCount(0, { timeout: CALLABLE_TIMEOUT });
}

/** Opens a portal link and creates the account. */
export async function acceptInvitation(page: Page, link: string, clientName: string, name: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: `Join the ${clientName} portal` })).toBeVisible();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Choose a password").fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/portal$/, { timeout: CALLABLE_TIMEOUT });
  await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
}

/** Everything a portal link could change: the client's portal data, the token and the accounts. */
export async function portalWrites(
  agencyId: string,
  clientId: string,
  link: string,
  email: string,
) {
  const [client, members, invitations, token, user] = await Promise.all([
    adminDb().doc(paths.client(agencyId, clientId)).get(),
    adminDb().collection(paths.portalMembers(agencyId, clientId)).get(),
    adminDb().collection(paths.portalInvitations(agencyId, clientId)).get(),
    adminDb()
      .doc(paths.invitationToken(tokenHashOf(link)))
      .get(),
    adminAuth()
      .getUserByEmail(email)
      .then((record) => ({ uid: record.uid, disabled: record.disabled }))
      .catch(() => null),
  ]);
  return JSON.stringify({
    portal: client.get("portal"),
    members: members.docs.map((doc) => [doc.id, doc.data()]),
    invitations: invitations.docs.map((doc) => [doc.id, doc.data()]),
    token: token.data() ?? null,
    user,
  });
}

/**
 * A client whose contact accepted the agency's portal invitation: the owner on
 * the client's profile, the client on the portal home.
 */
export async function joinedPortal(
  browser: Browser,
  names: { agency: string; client: string; user: string },
  language: Locale = "en",
) {
  const { agency, clientId, client } = await agencyWithClient(names.agency, names.client, language);
  const owner = await newPage(browser);
  await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
  await sendInvitation(owner, client.email, "Send Portal Invitation");
  const link = await portalLinkMailed(client.email, 1);
  const clientPage = await newPage(browser);
  await acceptInvitation(clientPage, link, names.client, names.user);
  return { agency, clientId, client, owner, clientPage, link };
}

/** Settings -> Team in the portal: invites `email`, who shows as Invited. */
export async function inviteTeammateFromSettings(clientPage: Page, email: string) {
  await clientPage.getByRole("link", { name: "Settings", exact: true }).click();
  await expect(clientPage.getByRole("heading", { name: "Settings" })).toBeVisible();
  await clientPage.getByLabel("Email address").fill(email);
  await clientPage.getByRole("button", { name: "Send invitation" }).click();
  await expect(
    clientPage
      .getByRole("table", { name: "Pending invitations" })
      .getByRole("row")
      .filter({ hasText: email }),
  ).toContainText("Invited", { timeout: CALLABLE_TIMEOUT });
}

/** A teammate the portal user invited from Settings, joined and on the portal home. */
export async function joinedTeammate(browser: Browser, clientPage: Page, clientName: string) {
  const email = uniqueEmail("teammate");
  await inviteTeammateFromSettings(clientPage, email);
  const teammatePage = await newPage(browser);
  await acceptInvitation(teammatePage, await portalLinkMailed(email, 1), clientName, "Tomas Team");
  return teammatePage;
}
