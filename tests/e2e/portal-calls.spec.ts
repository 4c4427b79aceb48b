import { expect, type Page, test } from "@playwright/test";
import { CALLABLES } from "@portico/domain/config";
import { calcomPayload, retellPayload } from "@portico/domain/voice/sample-payloads";
import { platformRecordId } from "@portico/domain/voice/stored";
import { signAs } from "../../functions/src/voice/webhookSignatures";
import { type DemoVoicePlatform, startDemoVoicePlatform } from "../../scripts/demo-voice/platform";
import { DEMO_CONVERSATIONS, demoCall } from "../../scripts/demo-voice/recordings";
import { closeWebClients, signedInClient, uniqueMarker } from "../support/emulator-clients";
import { postRaw, RETELL_KEY, sampleBooking } from "../support/voice-client";
import { createClientRecord, uniqueEmail } from "./fixtures";
import {
  acceptInvitation,
  CALLABLE_TIMEOUT,
  closePagesAfterEachTest,
  joinedPortal,
  joinedTeammate,
  newPage,
  portalLinkMailed,
  sendInvitation,
} from "./portal-steps";

// The client's AI agent in the portal: signed webhooks in each platform's own
// format (a Retell call whose recording the demo voice platform serves, a
// Cal.com booking made during it) reach an open portal without reload; the
// call plays with its transcript in step; everyone on the client's team sees
// the same, and a portal user of another client sees none of it.

test.describe.configure({ timeout: 360_000 });
closePagesAfterEachTest();

let platform: DemoVoicePlatform;
test.beforeAll(async () => {
  platform = await startDemoVoicePlatform(0);
});
test.afterAll(async () => {
  await platform?.close();
  await closeWebClients();
});

const WEBHOOK_TIMEOUT = 30_000;

async function postSigned(connectionId: string, body: string, headers: Record<string, string>) {
  const { status, text } = await postRaw(connectionId, body, headers);
  expect(status, text).toBe(200);
}

const callRow = (page: Page, callId: string) => page.locator(`tr[data-call-id="${callId}"]`);

test("a call and its booking reach the portal live, play with the transcript in step, and stay the client's", async ({
  browser,
}) => {
  const { agency, clientId, owner, clientPage } = await joinedPortal(browser, {
    agency: "Lumen Voice Agency",
    client: "Bright Smiles Dental",
    user: "Dana Reyes",
  });
  const staff = await signedInClient(agency.email, agency.password);
  const retell = await staff.call<{ connectionId: string }>(CALLABLES.createAgentConnection, {
    clientId,
    platform: "retell",
    platformKey: RETELL_KEY,
  });
  const calcom = await staff.call<{ connectionId: string; secret: string }>(
    CALLABLES.createAgentConnection,
    { clientId, platform: "calcom" },
  );

  // The portal's Calls page is open before the call ends.
  await clientPage.getByRole("link", { name: "Calls", exact: true }).click();
  await expect(clientPage.getByRole("heading", { name: "No calls yet" })).toBeVisible();

  const conversation = DEMO_CONVERSATIONS.find((c) => c.id === "cleaning-booked");
  if (!conversation) throw new Error("no demo conversation cleaning-booked");
  const call = demoCall(conversation, {
    callId: uniqueMarker("call_portal"),
    agentId: "agent_front_desk",
    callerNumber: "+14155550123",
    agentNumber: "+14155550199",
    startedAt: new Date(Date.now() - 2 * 60_000),
    platformUrl: platform.url,
  });
  const callId = await platformRecordId("retell", call.id);
  const analyzed = JSON.stringify(retellPayload(call, "call_analyzed"));
  await postSigned(retell.connectionId, analyzed, signAs.retell(analyzed, RETELL_KEY));
  const row = callRow(clientPage, callId);
  await expect(row).toBeVisible({ timeout: WEBHOOK_TIMEOUT });
  await expect(row).toContainText("Answered");
  await expect(row).toContainText("0:50");

  // The agent booked during the call (Cal.com carries the call id in its metadata).
  const booking = sampleBooking("booking_portal", { callId: call.id, title: "Cleaning" });
  const created = JSON.stringify(calcomPayload(booking, "BOOKING_CREATED"));
  await postSigned(calcom.connectionId, created, signAs.calcom(created, calcom.secret));
  await expect(row.getByRole("cell").nth(6)).toHaveText("Yes", { timeout: WEBHOOK_TIMEOUT });

  // The call: summary first, the recording through Portico, the transcript in step.
  await row.getByRole("link").click();
  await expect(clientPage).toHaveURL(new RegExp(`/portal/calls/${callId}$`));
  await expect(clientPage.getByText(conversation.summary)).toBeVisible();
  const audio = clientPage.getByTestId("call-audio");
  await expect(audio).toHaveAttribute("src", /\/callRecording\//, { timeout: CALLABLE_TIMEOUT });
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.duration), {
      timeout: WEBHOOK_TIMEOUT,
    })
    .toBeGreaterThan(45);
  const line = clientPage.locator('li[data-turn-index="4"]');
  const lineStart = call.lineTimes?.[4]?.start ?? 0;
  await line.getByRole("button").click();
  const position = () => audio.evaluate((element: HTMLAudioElement) => element.currentTime);
  await expect.poll(position).toBeGreaterThanOrEqual(lineStart);
  expect(await position()).toBeLessThan(lineStart + 4);
  await expect(line).toHaveAttribute("aria-current", "true");
  // It plays on from there.
  await expect.poll(position, { timeout: 15_000 }).toBeGreaterThan(lineStart + 0.5);
  const booked = clientPage.getByRole("region", { name: "Booking" });
  await expect(booked).toContainText("Cleaning");
  await expect(booked).toContainText("Booked");

  // Bookings: the booking, linked to the call that made it.
  await clientPage.getByRole("link", { name: "Bookings", exact: true }).first().click();
  const upcoming = clientPage.getByRole("table", { name: "Upcoming" });
  await expect(upcoming).toContainText("Dana Reyes");
  await expect(upcoming.getByRole("link", { name: "View call" })).toHaveAttribute(
    "href",
    `/portal/calls/${callId}`,
  );

  // A teammate of the client sees the same.
  const teammate = await joinedTeammate(browser, clientPage, "Bright Smiles Dental");
  await expect(teammate.getByRole("region", { name: "Latest calls" })).toContainText(
    "+14155550123",
  );
  await teammate.goto("/portal/calls");
  await expect(callRow(teammate, callId)).toBeVisible();
  await teammate.goto("/portal/bookings");
  await expect(teammate.getByRole("table", { name: "Upcoming" })).toContainText("Dana Reyes");

  // Agency staff see it on the client's profile, with what the platform charged.
  await owner.goto(`/clients/${clientId}`);
  const latest = owner.getByRole("region", { name: "Latest calls" });
  await expect(latest.locator(`[data-call-id="${callId}"]`)).toContainText("Platform cost: $");
  await latest.getByRole("link", { name: "All calls" }).click();
  await expect(callRow(owner, callId)).toBeVisible();

  // A portal user of another client of the same agency gets none of it.
  const otherEmail = uniqueEmail("other-client");
  const otherClientId = await createClientRecord(agency.agencyId, {
    name: "Other Clinic",
    email: otherEmail,
    type: "client",
    language: "en",
  });
  await owner.goto(`/clients/${otherClientId}`);
  await sendInvitation(owner, otherEmail, "Send Portal Invitation");
  const other = await newPage(browser);
  await acceptInvitation(other, await portalLinkMailed(otherEmail, 1), "Other Clinic", "Olive");
  // It has no agent connection: its portal has no Calls or Bookings, even by address.
  await other.goto("/portal/calls");
  await expect(other.getByRole("heading", { name: "Not available" })).toBeVisible();
  await other.goto(`/portal/calls/${callId}`);
  await expect(other.getByRole("heading", { name: "Not available" })).toBeVisible();
  await expect(other.getByText(conversation.summary)).toHaveCount(0);
  await other.goto("/portal/bookings");
  await expect(other.getByRole("heading", { name: "Not available" })).toBeVisible();
});
