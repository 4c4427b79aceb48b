import { expect, test } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import {
  addTeammate,
  adminDb,
  createAgencyWithOwner,
  createClientRecord,
  uniqueEmail,
} from "./fixtures";
import {
  acceptInvitation,
  agencyWithClient,
  CALLABLE_TIMEOUT,
  closePagesAfterEachTest,
  INVALID_TITLE,
  newPage,
  portalLinkMailed,
  portalWrites,
  sendInvitation,
  tokenHashOf,
} from "./portal-steps";
import { signIn } from "./support";

closePagesAfterEachTest();

test.describe("Portal invitation links", () => {
  test.describe.configure({ timeout: 120_000 });

  test("an expired link shows the invalid page and writes nothing", async ({ browser }) => {
    const { agency, clientId, client } = await agencyWithClient("Juniper Works", "Oak Optics");
    const owner = await newPage(browser);
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    await sendInvitation(owner, client.email, "Send Portal Invitation");
    const link = await portalLinkMailed(client.email, 1);

    // The link's time is up (as the agency's portal link lifetime would make it).
    const past = new Date(Date.now() - 60_000);
    await adminDb()
      .doc(paths.invitationToken(tokenHashOf(link)))
      .update({ expiresAt: past });
    await adminDb()
      .doc(paths.client(agency.agencyId, clientId))
      .update({ "portal.expiresAt": past });
    await expect(owner.locator(".page-header").getByText("Expired")).toBeVisible();
    await expect(owner.getByRole("button", { name: "Resend Invitation" })).toBeVisible();
    await owner.getByRole("link", { name: "Clients", exact: true }).first().click();
    await expect(
      owner.getByRole("table", { name: "Clients" }).getByRole("row", { name: /Oak Optics/ }),
    ).toContainText("Expired");

    const before = await portalWrites(agency.agencyId, clientId, link, client.email);
    const page = await newPage(browser);
    await page.goto(link);
    await expect(page.getByRole("heading", { name: INVALID_TITLE })).toBeVisible();
    await expect(page.getByLabel("Choose a password")).toHaveCount(0);
    expect(await portalWrites(agency.agencyId, clientId, link, client.email)).toBe(before);
  });

  test("a used link shows the invalid page, even to a second tab that opened it before, and writes nothing", async ({
    browser,
  }) => {
    const { agency, clientId, client } = await agencyWithClient("Harbour Lane", "Pine Physio");
    const owner = await newPage(browser);
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    await sendInvitation(owner, client.email, "Send Portal Invitation");
    const link = await portalLinkMailed(client.email, 1);

    const first = await newPage(browser);
    const second = await newPage(browser);
    await second.goto(link);
    await expect(second.getByLabel("Choose a password")).toBeVisible();
    await acceptInvitation(first, link, "Pine Physio", "Petra Pine");
    // Joining sends the welcome mail, whose delivery is then noted on the member: let it land.
    const members = adminDb().collection(paths.portalMembers(agency.agencyId, clientId));
    await expect
      .poll(async () =>
        (await members.get()).docs.map((member) => member.get("emailDelivery")?.state ?? null),
      )
      .toEqual(["SUCCESS"]);

    const before = await portalWrites(agency.agencyId, clientId, link, client.email);
    await second.getByLabel("Your name").fill("Someone Else");
    await second.getByLabel("Choose a password").fill("another-pass-7");
    await second.getByRole("button", { name: "Create my account" }).click();
    await expect(second.getByRole("heading", { name: INVALID_TITLE })).toBeVisible();

    const third = await newPage(browser);
    await third.goto(link);
    await expect(third.getByRole("heading", { name: INVALID_TITLE })).toBeVisible();
    expect(await portalWrites(agency.agencyId, clientId, link, client.email)).toBe(before);
  });

  test("a link replaced by Resend Invitation shows the invalid page and writes nothing; the new one works", async ({
    browser,
  }) => {
    const { agency, clientId, client } = await agencyWithClient("Copper Kite", "Birch Bikes");
    const owner = await newPage(browser);
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    await sendInvitation(owner, client.email, "Send Portal Invitation");
    const oldLink = await portalLinkMailed(client.email, 1);
    await sendInvitation(owner, client.email, "Resend Invitation");
    const newLink = await portalLinkMailed(client.email, 2);
    expect(newLink).not.toBe(oldLink);

    const before = await portalWrites(agency.agencyId, clientId, oldLink, client.email);
    const page = await newPage(browser);
    await page.goto(oldLink);
    await expect(page.getByRole("heading", { name: INVALID_TITLE })).toBeVisible();
    expect(await portalWrites(agency.agencyId, clientId, oldLink, client.email)).toBe(before);

    await acceptInvitation(page, newLink, "Birch Bikes", "Bea Birch");
  });

  test("correcting the client's email after sending cancels the invitation: the profile says so and offers Resend to the new address; the old link shows the invalid page", async ({
    browser,
  }) => {
    const { agency, clientId, client } = await agencyWithClient("Quill Works", "Harbor Tea");
    const owner = await newPage(browser);
    await signIn(owner, agency.email, agency.password, `/clients/${clientId}`);
    await sendInvitation(owner, client.email, "Send Portal Invitation");
    const oldLink = await portalLinkMailed(client.email, 1);

    const corrected = uniqueEmail("corrected");
    await owner.getByRole("button", { name: "Edit details" }).click();
    await owner.getByLabel("Email").fill(corrected);
    await owner.getByRole("button", { name: "Save details" }).click();

    const portalCard = owner.getByRole("region", { name: "Portal access" });
    await expect(
      portalCard.getByText(
        `The invitation sent to ${client.email} was cancelled when the email changed: its link no longer works. Resend it to ${corrected}.`,
      ),
    ).toBeVisible({ timeout: CALLABLE_TIMEOUT });
    await expect(portalCard.getByText("Email Set")).toBeVisible();

    const page = await newPage(browser);
    await page.goto(oldLink);
    await expect(page.getByRole("heading", { name: INVALID_TITLE })).toBeVisible();

    await sendInvitation(owner, corrected, "Resend Invitation");
    const newLink = await portalLinkMailed(corrected, 1);
    await acceptInvitation(page, newLink, "Harbor Tea", "Hana Harbor");
  });

  test("the profile explains why a client without an email cannot be invited; viewers see the portal state and team but no actions", async ({
    browser,
  }) => {
    const agency = await createAgencyWithOwner("Slate Signals");
    const viewer = await addTeammate(agency.agencyId, "viewer");
    const clientId = await createClientRecord(agency.agencyId, {
      name: "No Mail Bakery",
      email: "",
      type: "client",
      language: "en",
    });
    const page = await newPage(browser);
    await signIn(page, agency.email, agency.password, `/clients/${clientId}`);
    await expect(page.locator(".page-header").getByText("No Email")).toBeVisible();
    const send = page.getByRole("button", { name: "Send Portal Invitation" });
    await expect(send).toBeDisabled();
    await expect(send).toHaveAccessibleDescription(
      "Add an email address to invite this client to the portal.",
    );
    await expect(
      page
        .getByRole("region", { name: "Client's team" })
        .getByText("No one from this client has portal access yet."),
    ).toBeVisible();

    const withEmail = await createClientRecord(agency.agencyId, {
      name: "Mail Bakery",
      email: uniqueEmail("bakery"),
      type: "client",
      language: "en",
    });
    const viewerPage = await newPage(browser);
    await signIn(viewerPage, viewer.email, viewer.password, `/clients/${withEmail}`);
    await expect(viewerPage.locator(".page-header").getByText("Email Set")).toBeVisible();
    await expect(viewerPage.getByRole("region", { name: "Client's team" })).toBeVisible();
    await expect(viewerPage.getByRole("button", { name: /Portal|Invitation/ })).toHaveCount(0);
  });
});
