import { paths } from "@portico/domain/paths";
import { retellPayload } from "@portico/domain/voice/sample-payloads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signAs } from "../../functions/src/voice/webhookSignatures";
import { admin, closeWebClients } from "../support/emulator-clients";
import {
  type Connection,
  post,
  postRaw,
  RETELL_KEY,
  sampleCall,
  type VoiceClient,
  voiceClient,
} from "../support/voice-client";

// Retell's call webhooks, signed with the agency's Retell key: one call from its
// reports in any order, re-sends change nothing, and everything refused is
// logged on the connection and writes no call.

let voice: VoiceClient;
const connect = (platform: string, extra?: Record<string, unknown>) =>
  voice.connect(platform, extra);
const callDoc = (platform: string, id: string) => voice.callDoc(platform, id);
const callCount = () => voice.callCount();
const deliveries = (connectionId: string) => voice.deliveries(connectionId);

// The first calls load each function's worker: slow on a busy machine.
beforeAll(async () => {
  voice = await voiceClient("voice-webhooks-retell");
}, 120_000);

afterAll(closeWebClients);

describe("Retell calls", () => {
  let retell: Connection;
  beforeAll(async () => {
    retell = await connect("retell", { platformKey: RETELL_KEY, agentIds: ["agent_front_desk"] });
  }, 60_000);

  it("keeps Retell's key out of the answer and out of anything a browser can read", async () => {
    expect(retell.secret).toBeNull();
    const connection = await admin()
      .db.doc(paths.agentConnection(voice.agencyId, voice.clientId, retell.connectionId))
      .get();
    expect(connection.get("secretHint")).toBe(RETELL_KEY.slice(-4));
    expect(JSON.stringify(connection.data())).not.toContain(RETELL_KEY);
    const endpoint = await admin().db.doc(paths.webhookEndpoint(retell.connectionId)).get();
    expect(JSON.stringify(endpoint.data())).not.toContain(RETELL_KEY);
  });

  it("stores one call from call_ended and call_analyzed, in either order, and re-sends change nothing", async () => {
    const call = sampleCall("retell");
    const analyzed = JSON.stringify(retellPayload(call, "call_analyzed"));
    const ended = JSON.stringify(retellPayload(call, "call_ended"));
    const before = await callCount();

    const first = await post(retell.connectionId, analyzed, signAs.retell(analyzed, RETELL_KEY));
    expect(first).toEqual({ status: 200, json: { received: true, result: "stored" } });
    const late = await post(retell.connectionId, ended, signAs.retell(ended, RETELL_KEY));
    expect(late.status).toBe(200);
    const again = await post(retell.connectionId, analyzed, signAs.retell(analyzed, RETELL_KEY));
    expect(again.json.result).toBe("duplicate");

    expect(await callCount()).toBe(before + 1);
    const stored = (await callDoc("retell", call.id)).data();
    expect(stored).toMatchObject({
      stage: "analyzed",
      outcome: "answered",
      summary: call.summary,
      sentiment: "positive",
      durationSeconds: 95,
      callerNumber: call.callerNumber,
      connectionId: retell.connectionId,
    });
    expect(stored?.transcript).toHaveLength(4);
    // The platform's cost is the agency's business: apart from the call.
    expect(stored).not.toHaveProperty("platformCostCents");
    const cost = await admin()
      .db.doc(paths.callCost(voice.agencyId, voice.clientId, (await callDoc("retell", call.id)).id))
      .get();
    expect(cost.get("platformCostCents")).toBe(31);
  });

  it("refuses a bad signature, a stale one and another agent's call, and writes no call", async () => {
    const before = await callCount();
    const call = sampleCall("refused");
    const body = JSON.stringify(retellPayload(call, "call_ended"));
    const wrongKey = await post(
      retell.connectionId,
      body,
      signAs.retell(body, "key_someone_else_000000"),
    );
    expect(wrongKey.status).toBe(401);
    expect(wrongKey.json.error).toBe("bad-signature");
    const stale = await post(
      retell.connectionId,
      body,
      signAs.retell(body, RETELL_KEY, Date.now() - 6 * 60_000),
    );
    expect(stale.status).toBe(401);
    expect(stale.json.error).toBe("stale-timestamp");
    const unsigned = await post(retell.connectionId, body, {});
    expect(unsigned.status).toBe(401);

    const otherAgent = JSON.stringify(
      retellPayload({ ...call, agentId: "agent_of_someone_else" }, "call_ended"),
    );
    const foreign = await post(
      retell.connectionId,
      otherAgent,
      signAs.retell(otherAgent, RETELL_KEY),
    );
    expect(foreign.status).toBe(403);

    expect(await callCount()).toBe(before);
    const log = await deliveries(retell.connectionId);
    expect(log.map((entry) => entry.result)).toEqual(
      expect.arrayContaining([
        "bad-signature",
        "stale-timestamp",
        "missing-signature",
        "other-agent",
      ]),
    );
    const refusal = log.find((entry) => entry.result === "stale-timestamp");
    expect(refusal).toMatchObject({ status: 401 });
    expect(String(refusal?.reason)).toMatch(/5 minutes/);
  });

  it("answers 400 with a reason for a malformed body, signed or not JSON", async () => {
    const notJson = "{not json";
    // Sent as JSON, the HTTP layer refuses it before the handler (400 as well).
    const asJson = await postRaw(retell.connectionId, notJson, signAs.retell(notJson, RETELL_KEY));
    expect(asJson.status).toBe(400);
    const asText = await postRaw(retell.connectionId, notJson, {
      ...signAs.retell(notJson, RETELL_KEY),
      "content-type": "text/plain",
    });
    expect(asText.status).toBe(400);
    expect(JSON.parse(asText.text)).toMatchObject({
      error: "malformed",
      reason: "The body is not valid JSON.",
    });
    const noId = JSON.stringify({ event: "call_ended", call: { agent_id: "agent_front_desk" } });
    const missing = await post(retell.connectionId, noId, signAs.retell(noId, RETELL_KEY));
    expect(missing.status).toBe(400);
    expect(String(missing.json.reason)).toMatch(/call_id/);
  });

  it("accepts events it does not store without storing anything", async () => {
    const before = await callCount();
    const body = JSON.stringify({
      ...retellPayload(sampleCall("live"), "call_ended"),
      event: "transcript_updated",
    });
    const result = await post(retell.connectionId, body, signAs.retell(body, RETELL_KEY));
    expect(result).toEqual({ status: 200, json: { received: true, result: "ignored" } });
    expect(await callCount()).toBe(before);
  });
});
