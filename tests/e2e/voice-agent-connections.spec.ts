import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { FUNCTIONS_REGION } from "@portico/domain/config";
import { type SampleCall, vapiEndOfCallReport } from "@portico/domain/voice/sample-payloads";
import { signAs } from "../../functions/src/voice/webhookSignatures";
import { emulatorPorts, PROJECT_IDS } from "../../scripts/lib/emulators";
import { addTeammate, createAgencyWithOwner, createClientRecord, uniqueEmail } from "./fixtures";
import { signIn } from "./support";

// Client profile → Voice agent: a member connects the client's Vapi agent,
// copies the webhook URL and secret, and watches deliveries arrive (and be
// refused) live; rotating shows a new secret; a viewer only reads.

/** A callable's or the webhook's first call starts its function cold in the emulator. */
const COLD_START = 30_000;

/** POSTs a body to a connection as the platform would, to the emulator's webhook function. */
async function deliver(connectionId: string, body: string, headers: Record<string, string>) {
  const url = `http://127.0.0.1:${emulatorPorts("test").functions}/${PROJECT_IDS.test}/${FUNCTIONS_REGION}/voiceWebhook/${connectionId}`;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  return response.status;
}

function sampleCall(): SampleCall {
  return {
    id: `call_${randomUUID()}`,
    agentId: "agent_front_desk",
    direction: "inbound",
    callerNumber: "+14155550123",
    agentNumber: "+14155550199",
    startedAt: new Date(Date.now() - 5 * 60_000),
    durationSeconds: 95,
    lines: ["Bright Smiles, how can I help?", "I'd like a cleaning.", "Tuesday at 10?", "Yes."],
    recordingUrl: "https://recordings.example.com/call.wav",
    summary: "Booked a cleaning for Tuesday at 10.",
    sentiment: "Positive",
    successful: true,
    costCents: 31,
  };
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe("the client's voice agent connections", () => {
  test("a member connects Vapi, sees deliveries and refusals, rotates the secret; a viewer only reads", async ({
    browser,
  }) => {
    // Two people's sessions and three functions' cold starts: slow on a busy machine.
    test.setTimeout(180_000);
    const agency = await createAgencyWithOwner("Lakeside Voice Agency");
    const clientId = await createClientRecord(agency.agencyId, {
      name: "Bright Smiles Dental",
      email: uniqueEmail("smiles"),
      type: "client",
      language: "en",
    });
    const member = await addTeammate(agency.agencyId, "member");
    const viewer = await addTeammate(agency.agencyId, "viewer");

    const context = await browser.newContext({
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const page = await context.newPage();
    await signIn(page, member.email, member.password, `/clients/${clientId}`);
    const section = page.getByRole("region", { name: "Voice agent" });
    await expect(section.getByText(/No connections yet/)).toBeVisible();

    await section.getByRole("button", { name: "Add connection" }).click();
    const dialog = page.getByRole("dialog", { name: "Add connection" });
    await dialog.getByRole("radio", { name: /Vapi/ }).check();
    await dialog.getByLabel("Name (optional)").fill("Front desk line");
    await dialog.getByRole("button", { name: "Add connection" }).click();

    const card = section.getByRole("article", { name: "Front desk line" });
    await expect(card).toBeVisible({ timeout: COLD_START });
    await expect(card.getByText("No events yet", { exact: true })).toBeVisible();
    await card.getByRole("button", { name: "Copy webhook URL" }).click();
    const url = await clipboard(page);
    expect(url).toMatch(/\/hooks\/voice\/[A-Za-z0-9]{20}$/);
    await expect(card.getByRole("textbox", { name: "Webhook URL" })).toHaveValue(url);
    await card.getByRole("button", { name: "Copy signing secret" }).click();
    await expect.poll(() => clipboard(page)).toMatch(/^psk_/);
    const secret = await clipboard(page);
    const connectionId = url.split("/").at(-1) ?? "";

    // A signed end-of-call report: stored, in the log and the health.
    const body = JSON.stringify(vapiEndOfCallReport(sampleCall()));
    expect(await deliver(connectionId, body, signAs.vapi(body, secret))).toBe(200);
    const log = card.getByRole("table", { name: /Delivery log/ });
    await expect(log.getByRole("row").nth(1)).toContainText("Stored");
    await expect(log.getByRole("row").nth(1)).toContainText("end-of-call-report");
    await expect(card.getByText("Receiving", { exact: true })).toBeVisible();
    await expect(card.getByText(/Last event (now|\d+ (seconds?|minutes?) ago)/)).toBeVisible();

    // A bad signature: refused, with its reason, newest first.
    expect(await deliver(connectionId, body, signAs.vapi(body, "psk_not-the-secret"))).toBe(401);
    await expect(log.getByRole("row").nth(1)).toContainText("Refused: bad signature");
    await expect(log.getByRole("row").nth(1)).toContainText(
      "The signature did not match the connection's secret.",
    );
    await expect(card.getByText(/The last delivery was refused/)).toBeVisible();

    // Rotating shows a new secret, and how long the old one keeps working.
    await card.getByRole("button", { name: "I've copied it" }).click();
    await expect(card.getByRole("textbox", { name: "Signing secret" })).toBeHidden();
    await card.getByRole("button", { name: "Rotate secret" }).click();
    const rotate = page.getByRole("dialog", { name: /Rotate the secret/ });
    await rotate.getByRole("button", { name: "Rotate secret" }).click();
    const rotated = card.getByRole("textbox", { name: "Signing secret" });
    await expect(rotated).toHaveValue(/^psk_/, { timeout: COLD_START });
    expect(await rotated.inputValue()).not.toBe(secret);
    await expect(card.getByText(/The previous signing secret keeps working until/)).toBeVisible();
    const newSecret = await rotated.inputValue();
    const next = JSON.stringify(vapiEndOfCallReport(sampleCall()));
    expect(await deliver(connectionId, next, signAs.vapi(next, newSecret))).toBe(200);
    await expect(log.getByRole("row").nth(1)).toContainText("Stored");
    await context.close();

    // The viewer sees the connection and its log, and can change nothing.
    const viewerContext = await browser.newContext();
    const viewerPage = await viewerContext.newPage();
    await signIn(viewerPage, viewer.email, viewer.password, `/clients/${clientId}`);
    const viewerCard = viewerPage
      .getByRole("region", { name: "Voice agent" })
      .getByRole("article", { name: "Front desk line" });
    await expect(viewerCard.getByRole("table", { name: /Delivery log/ })).toBeVisible();
    await expect(viewerCard.getByText("Refused: bad signature")).toBeVisible();
    await expect(viewerPage.getByRole("button", { name: "Add connection" })).toHaveCount(0);
    await expect(viewerCard.getByRole("button", { name: /Rotate|Turn off|Turn on/ })).toHaveCount(
      0,
    );
    await expect(viewerCard.getByRole("textbox", { name: "Signing secret" })).toHaveCount(0);
    await viewerContext.close();
  });
});
