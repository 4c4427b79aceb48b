import { expect, test } from "@playwright/test";
import { startWebhookReceiver } from "../support/webhook-receiver";
import {
  connectAccounts,
  createAgencyWithOwner,
  createClientRecord,
  createInviteRecord,
  issueInviteLink,
  uniqueEmail,
} from "./fixtures";
import { signIn } from "./support";

// An owner makes an API key in Settings -> API and adds a webhook endpoint (a
// local receiver that verifies every request with the standardwebhooks
// package) in Settings -> Webhooks; the client grants a service on the invite
// page; the delivery shows in the log with the receiver's answer, Replay
// sends the same event id again, and the key reads the granted invite.

test.describe.configure({ timeout: 180_000 });

test("a granted service reaches the agency's webhook endpoint, and Replay resends it", async ({
  browser,
}) => {
  const receiver = await startWebhookReceiver([200]);
  const agency = await createAgencyWithOwner("Webhook Works");
  const accounts = await connectAccounts(agency.agencyId);
  const client = { name: "Marisol Café", email: uniqueEmail("marisol") };
  const clientId = await createClientRecord(agency.agencyId, {
    ...client,
    type: "client",
    language: "en",
  });
  const inviteId = await createInviteRecord(agency.agencyId, {
    clientId,
    client,
    accounts,
    services: [{ serviceId: "google-search-console", accessLevel: "full", status: "pending" }],
  });
  const inviteLink = await issueInviteLink(agency.agencyId, inviteId, clientId);
  const agencyContext = await browser.newContext();
  const clientContext = await browser.newContext();
  try {
    const owner = await agencyContext.newPage();
    await signIn(owner, agency.email, agency.password, "/settings/api");
    await owner.getByRole("button", { name: "Create API key" }).click();
    const createKey = owner.getByRole("dialog", { name: "Create API key" });
    await createKey.getByLabel("Name").fill("CRM");
    await createKey.getByRole("checkbox", { name: /Read invites/ }).check();
    await createKey.getByRole("button", { name: "Create key" }).click();
    const newKey = owner.getByRole("dialog", { name: "Your new API key" });
    const keyField = newKey.getByRole("textbox", { name: "API key" });
    await expect(keyField).toHaveValue(/^ptk_/, { timeout: 30_000 });
    const apiKey = await keyField.inputValue();
    await newKey.getByRole("button", { name: "I've copied it" }).click();

    await owner.goto("/settings/webhooks");
    await owner.getByRole("button", { name: "Add endpoint" }).click();
    const dialog = owner.getByRole("dialog", { name: "Add endpoint" });
    await dialog.getByLabel("Endpoint URL").fill(receiver.url);
    await dialog.getByLabel("Description (optional)").fill("CRM sync");
    await dialog.getByRole("checkbox", { name: /Service granted/ }).check();
    await dialog.getByRole("button", { name: "Add endpoint" }).click();
    const endpoint = owner.getByRole("region", { name: "Endpoint CRM sync" });
    const secret = endpoint.getByLabel("Signing secret");
    await expect(secret).toHaveValue(/^whsec_/, { timeout: 30_000 });
    receiver.secrets = [await secret.inputValue()];

    const page = await clientContext.newPage();
    await page.goto(inviteLink);
    const service = page.locator('[data-service-id="google-search-console"]');
    await service.getByRole("button", { name: "I've done this" }).click();
    // Granted (its only service: the page then moves on to its thank-you step).
    await expect(
      page.locator('[data-service-id="google-search-console"][data-status="pending"]'),
    ).toHaveCount(0, { timeout: 60_000 });

    await expect.poll(() => receiver.received.length, { timeout: 60_000 }).toBe(1);
    const [first] = receiver.received;
    expect(first?.verifiedWith).toEqual([0]);
    expect(first?.payload).toMatchObject({
      type: "invite.service_granted",
      data: { inviteId, clientId, service: { serviceId: "google-search-console" } },
    });

    const row = endpoint.locator(`tr[data-event-id="${first?.id}"]`);
    await expect(row).toContainText("invite.service_granted");
    await expect(row.getByTestId("response-status")).toHaveText("200");
    await expect(row).toContainText("Delivered");

    await row.getByRole("button", { name: /^Replay/ }).click();
    await expect.poll(() => receiver.received.length, { timeout: 60_000 }).toBe(2);
    expect(receiver.received[1]?.id).toBe(first?.id);
    expect(receiver.received[1]?.verifiedWith).toEqual([0]);
    await expect(row).toContainText("(replay 1)");
    await expect(row).toContainText("Delivered");

    // The key reads the invite through Hosting's /api/v1 rewrite, as a CRM would.
    const read = await agencyContext.request.get(`/api/v1/invites/${inviteId}`, {
      headers: { authorization: `Bearer ${apiKey}` },
    });
    expect(read.status()).toBe(200);
    expect(await read.json()).toMatchObject({
      id: inviteId,
      services: [{ serviceId: "google-search-console", status: "granted" }],
    });
  } finally {
    await Promise.all([agencyContext.close(), clientContext.close(), receiver.close()]);
  }
});
