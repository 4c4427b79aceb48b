import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { MAX_SYNC_ATTEMPTS, PROMPT_END, PROMPT_START } from "@portico/domain/voice/agent-sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DemoVoicePlatform, startDemoVoicePlatform } from "../../scripts/demo-voice/platform";
import { demoVoicePort } from "../../scripts/lib/emulators";
import { admin, closeWebClients, uniqueMarker } from "../support/emulator-clients";
import { RETELL_KEY, voiceClient } from "../support/voice-client";

// A saved FAQ set or setting reaches the agent through the platform's API
// (the demo voice platform plays Retell's and Vapi's), stored first and
// pushed by a function with retries: a platform that fails or times out
// leaves the sync pending, retried until it is synced; without an API key the
// sync state says the agent is not connected.

let platform: DemoVoicePlatform;

beforeAll(async () => {
  platform = await startDemoVoicePlatform(demoVoicePort("test"));
}, 60_000);
afterAll(async () => {
  await closeWebClients();
  await platform?.close();
});

const AGENCY_PROMPT = "You are the front desk of Bright Smiles. Be warm.";

async function syncState(agencyId: string, clientId: string) {
  return (await admin().db.doc(paths.agentSync(agencyId, clientId)).get()).data();
}

/** Waits for the sync to settle in `state`; the retries run on the emulator's task queue. */
function waitForSync(agencyId: string, clientId: string, state: string, timeout = 45_000) {
  return vi.waitFor(
    async () => {
      const sync = await syncState(agencyId, clientId);
      expect(sync?.state).toBe(state);
      return sync;
    },
    { timeout, interval: 200 },
  );
}

const faq = (id: string, question: string, answer: string) => ({ id, question, answer });

describe("syncing FAQs and settings to the agent", () => {
  it("should put the FAQs into the Retell LLM's prompt between Portico's markers, keeping the agency's text", async () => {
    const voice = await voiceClient("agent-sync-retell");
    const agentId = uniqueMarker("agent_retell");
    platform.agents.addRetellAgent(agentId, RETELL_KEY, AGENCY_PROMPT);
    await voice.connect("retell", { platformKey: RETELL_KEY, agentIds: [agentId] });

    await voice.owner.call(CALLABLES.saveFaqs, {
      clientId: voice.clientId,
      baseVersion: 0,
      faqs: [faq("f1", "Do you take walk-ins?", "Yes, mornings before noon.")],
    });
    const synced = await waitForSync(voice.agencyId, voice.clientId, "synced");
    expect(synced?.platform).toBe("retell");
    const agent = platform.agents.retellAgent(agentId);
    expect(agent?.generalPrompt.startsWith(AGENCY_PROMPT)).toBe(true);
    expect(agent?.generalPrompt).toContain(PROMPT_START);
    expect(agent?.generalPrompt).toContain(
      "Q: Do you take walk-ins?\nA: Yes, mornings before noon.",
    );

    // A second save replaces Portico's section only: the agency's text stays, once.
    await voice.owner.call(CALLABLES.saveAgentSettings, {
      clientId: voice.clientId,
      baseVersion: 0,
      changes: { greeting: "Thanks for calling Bright Smiles!", transferNumber: "+1 415 555 0100" },
    });
    await vi.waitFor(
      () => {
        expect(platform.agents.retellAgent(agentId)?.beginMessage).toBe(
          "Thanks for calling Bright Smiles!",
        );
      },
      { timeout: 30_000, interval: 200 },
    );
    await waitForSync(voice.agencyId, voice.clientId, "synced");
    const prompt = platform.agents.retellAgent(agentId)?.generalPrompt ?? "";
    expect(prompt.split(PROMPT_START)).toHaveLength(2);
    expect(prompt.split(PROMPT_END)).toHaveLength(2);
    expect(prompt).toContain("Transfer number: +14155550100.");
    expect(prompt).toContain("Q: Do you take walk-ins?");
    expect(prompt.startsWith(AGENCY_PROMPT)).toBe(true);
  }, 90_000);

  it("should keep a change pending while the platform fails, and retry it until it is synced", async () => {
    const voice = await voiceClient("agent-sync-retry");
    const agentId = uniqueMarker("agent_retry");
    platform.agents.addRetellAgent(agentId, RETELL_KEY, AGENCY_PROMPT);
    await voice.connect("retell", { platformKey: RETELL_KEY, agentIds: [agentId] });
    platform.agents.failNext(agentId, 2, 503);

    await voice.owner.call(CALLABLES.saveFaqs, {
      clientId: voice.clientId,
      baseVersion: 0,
      faqs: [faq("f1", "Is there parking?", "Yes, behind the building.")],
    });
    const seen = new Set<string>();
    await vi.waitFor(
      async () => {
        const sync = await syncState(voice.agencyId, voice.clientId);
        if (sync?.state === "pending" && sync.error) seen.add(`pending: ${sync.error}`);
        expect(sync?.state).toBe("synced");
      },
      { timeout: 60_000, interval: 100 },
    );
    const sync = await syncState(voice.agencyId, voice.clientId);
    expect(sync?.attempts).toBe(3);
    expect(sync?.error).toBeNull();
    expect(sync?.errorCode).toBeNull();
    expect([...seen]).toContain("pending: The platform answered 503.");
    expect(platform.agents.retellAgent(agentId)?.generalPrompt).toContain("Q: Is there parking?");
  }, 90_000);

  it("should warn on the agents overview while a push has given up, until one gets through", async () => {
    const voice = await voiceClient("agent-sync-gave-up");
    await voice.connect("vapi", { agentIds: ["asst_gave_up"] });
    const summary = async () =>
      (await admin().db.doc(paths.agentSummary(voice.agencyId, voice.clientId)).get()).data();
    // The connection's trigger writes the client's summary, without a warning.
    await vi.waitFor(async () => expect((await summary())?.syncFailed).toBe(false), {
      timeout: 30_000,
      interval: 200,
    });
    const sync = admin().db.doc(paths.agentSync(voice.agencyId, voice.clientId));
    const state = (value: "failed" | "synced") =>
      sync.set({
        state: value,
        revision: 1,
        syncedRevision: value === "synced" ? 1 : 0,
        attempts: value === "failed" ? MAX_SYNC_ATTEMPTS : 1,
        nextAttemptAt: null,
        leaseExpiresAt: null,
        error: value === "failed" ? "The platform answered 503." : null,
        errorCode: value === "failed" ? "platformError" : null,
        platform: "vapi",
        syncedAt: value === "synced" ? new Date() : null,
        updatedAt: new Date(),
      });

    // The last attempt gave up (as syncAgent writes it): the overview warns.
    await state("failed");
    await vi.waitFor(async () => expect((await summary())?.syncFailed).toBe(true), {
      timeout: 30_000,
      interval: 200,
    });
    // A later push got through: the warning goes.
    await state("synced");
    await vi.waitFor(async () => expect((await summary())?.syncFailed).toBe(false), {
      timeout: 30_000,
      interval: 200,
    });
  }, 120_000);

  it("should retry a push the platform never answered (a timeout), and sync it", async () => {
    const voice = await voiceClient("agent-sync-timeout");
    const assistantId = uniqueMarker("asst");
    const apiKey = "vapi_private_key_sync_0001";
    platform.agents.addVapiAssistant(assistantId, apiKey, AGENCY_PROMPT);
    await voice.connect("vapi", { agentIds: [assistantId], platformApiKey: apiKey });
    platform.agents.failNext(assistantId, 1, "hang");

    await voice.owner.call(CALLABLES.saveFaqs, {
      clientId: voice.clientId,
      baseVersion: 0,
      faqs: [faq("f1", "Do you open on Sundays?", "No, we are closed on Sundays.")],
    });
    await vi.waitFor(
      async () => {
        const sync = await syncState(voice.agencyId, voice.clientId);
        expect(sync?.error).toBe("The platform did not answer in time.");
      },
      { timeout: 45_000, interval: 200 },
    );
    await waitForSync(voice.agencyId, voice.clientId, "synced", 60_000);
    const assistant = platform.agents.vapiAssistant(assistantId);
    const system = assistant?.model.messages.find((message) => message.role === "system");
    expect(system?.content.startsWith(AGENCY_PROMPT)).toBe(true);
    expect(system?.content).toContain("Q: Do you open on Sundays?");
    expect(assistant?.model.model).toBe("gpt-4o");
  }, 120_000);

  it("should say the agent is not connected when the connection has no API key", async () => {
    const voice = await voiceClient("agent-sync-nokey");
    await voice.connect("vapi", { agentIds: ["asst_without_key"] });
    await voice.owner.call(CALLABLES.saveFaqs, {
      clientId: voice.clientId,
      baseVersion: 0,
      faqs: [faq("f1", "Where are you?", "12 Main Street.")],
    });
    const sync = await waitForSync(voice.agencyId, voice.clientId, "notConnected");
    expect(sync?.error).toBe("The connection has no API key for the platform.");
    // What the portal words in the client's language.
    expect(sync?.errorCode).toBe("noApiKey");
    expect(platform.agents.vapiAssistant("asst_without_key")).toBeUndefined();
    // The FAQ is kept all the same.
    const faqs = (
      await admin().db.doc(paths.agentFaqs(voice.agencyId, voice.clientId)).get()
    ).data();
    expect(faqs?.faqs).toHaveLength(1);
  }, 60_000);
});
