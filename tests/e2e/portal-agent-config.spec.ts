import { expect, test } from "@playwright/test";
import { CALLABLES } from "@portico/domain/config";
import { DEFAULT_FIELD_ACCESS } from "@portico/domain/voice/agent-settings";
import { demoVoiceUrl } from "../../scripts/lib/emulators";
import { closeWebClients, signedInClient, uniqueMarker } from "../support/emulator-clients";
import { RETELL_KEY } from "../support/voice-client";
import { CALLABLE_TIMEOUT, closePagesAfterEachTest, joinedPortal } from "./portal-steps";

// The client edits what its AI agent knows and does: an FAQ added in the
// portal reaches the agent on the demo voice platform (Retell's API, started
// by the global setup) and shows live on the agency's page; the agency decides
// which settings the client sees and edits, and the client's open page follows.

test.describe.configure({ timeout: 240_000 });
closePagesAfterEachTest();
test.afterAll(async () => {
  await closeWebClients();
});

/** The Retell LLM's prompt as the demo platform holds it (Retell's own API). */
async function retellPrompt(agentId: string): Promise<string> {
  const response = await fetch(`${demoVoiceUrl("test")}/get-retell-llm/llm_${agentId}`, {
    headers: { authorization: `Bearer ${RETELL_KEY}` },
  });
  return response.ok ? ((await response.json()) as { general_prompt: string }).general_prompt : "";
}

test("a portal user adds an FAQ and sees it synced to the agent", async ({ browser }) => {
  const { agency, clientId, clientPage, owner } = await joinedPortal(browser, {
    agency: "Lumen Voice Agency",
    client: "Bright Smiles Dental",
    user: "Dana Reyes",
  });
  const staff = await signedInClient(agency.email, agency.password);
  const agentId = uniqueMarker("agent_faqs");
  await staff.call(CALLABLES.createAgentConnection, {
    clientId,
    platform: "retell",
    platformKey: RETELL_KEY,
    agentIds: [agentId],
  });

  // The agency has the client's FAQs open while the client edits them.
  await owner.goto(`/clients/${clientId}/faqs`);
  await expect(owner.getByRole("heading", { name: "FAQs", level: 1 })).toBeVisible();

  await clientPage.getByRole("link", { name: "FAQs", exact: true }).click();
  await expect(clientPage.getByRole("heading", { name: "FAQs", level: 1 })).toBeVisible();
  await clientPage.getByRole("button", { name: "Add an FAQ" }).click();
  await clientPage.getByRole("textbox", { name: "Question" }).fill("Do you see children?");
  await clientPage.getByRole("textbox", { name: "Answer" }).fill("Yes, from age three.");
  await clientPage.getByRole("button", { name: "Save FAQ" }).click();
  await expect(clientPage.getByRole("heading", { name: "Do you see children?" })).toBeVisible({
    timeout: CALLABLE_TIMEOUT,
  });
  await expect(clientPage.getByText("Synced with the agent")).toBeVisible({ timeout: 45_000 });
  expect(await retellPrompt(agentId)).toContain("Q: Do you see children?\nA: Yes, from age three.");
  await expect(
    clientPage.getByText(/Dana Reyes added the FAQ “Do you see children\?”/),
  ).toBeVisible();
  // The agency's open page shows it without a reload, with who added it.
  await expect(owner.getByRole("heading", { name: "Do you see children?" })).toBeVisible();
  await expect(owner.getByText(/Dana Reyes added the FAQ “Do you see children\?”/)).toBeVisible();

  // A duplicate question is refused beside the field, and nothing changes.
  await clientPage.getByRole("button", { name: "Add an FAQ" }).click();
  await clientPage.getByRole("textbox", { name: "Question" }).fill("do you see children");
  await clientPage.getByRole("textbox", { name: "Answer" }).fill("Again.");
  await clientPage.getByRole("button", { name: "Save FAQ" }).click();
  await expect(
    clientPage.getByText("This question is already an FAQ.", { exact: true }),
  ).toBeVisible();
});

test("a portal user edits an editable setting, and a hidden one is not shown", async ({
  browser,
}) => {
  const { agency, clientId, clientPage, owner } = await joinedPortal(browser, {
    agency: "Lumen Voice Agency",
    client: "Harbor Physio",
    user: "Sam Ortiz",
  });
  const staff = await signedInClient(agency.email, agency.password);
  // The portal shows Agent settings once the client has an agent connection.
  await staff.call(CALLABLES.createAgentConnection, { clientId, platform: "portico" });
  await staff.call(CALLABLES.saveAgentSettings, {
    clientId,
    baseVersion: 0,
    changes: { greeting: "Harbor Physio, good morning!", transferNumber: "+14155550100" },
  });
  await staff.call(CALLABLES.setAgentFieldAccess, {
    clientId,
    access: {
      ...DEFAULT_FIELD_ACCESS,
      transferNumber: { visible: false, editable: false },
      afterHours: { visible: true, editable: false },
    },
  });

  await clientPage.getByRole("link", { name: "Agent settings", exact: true }).click();
  const greeting = clientPage.getByLabel("Greeting");
  await expect(greeting).toHaveValue("Harbor Physio, good morning!");
  await expect(clientPage.getByLabel("Transfer phone number")).toHaveCount(0);
  await expect(clientPage.getByLabel("After hours")).toBeDisabled();
  await greeting.fill("Harbor Physio, how can we help?");
  await clientPage.getByRole("button", { name: "Save settings" }).click();
  await expect(clientPage.getByText("Settings saved.", { exact: true })).toBeVisible({
    timeout: CALLABLE_TIMEOUT,
  });
  await expect(clientPage.getByText(/Sam Ortiz changed greeting/)).toBeVisible();

  // The agency makes the greeting read-only: the client's open page follows.
  await owner.goto(`/clients/${clientId}/agent`);
  await expect(owner.getByLabel("Greeting", { exact: true })).toHaveValue(
    "Harbor Physio, how can we help?",
  );
  await owner.getByRole("checkbox", { name: "Greeting: editable by the client" }).uncheck();
  await owner.getByRole("button", { name: "Save access" }).click();
  await expect(greeting).not.toBeEditable({ timeout: CALLABLE_TIMEOUT });
  await expect(greeting).toHaveValue("Harbor Physio, how can we help?");
});
