import { describe, expect, it } from "vitest";
import { mergeCallReports, normalizedCallSchema } from "./call";
import { normalizeRetellWebhook, retellWebhookSchema } from "./retell";
import {
  retellPayload,
  type SampleCall,
  vapiEndOfCallReport,
  vapiStatusUpdate,
} from "./sample-payloads";
import { normalizeVapiWebhook, vapiWebhookSchema } from "./vapi";

const call: SampleCall = {
  id: "call_8f2a",
  agentId: "agent_7c1",
  direction: "inbound",
  callerNumber: "+14155550123",
  agentNumber: "+14155550199",
  startedAt: new Date("2026-11-20T15:04:00.000Z"),
  durationSeconds: 95,
  lines: [
    "Thanks for calling Bright Smiles, how can I help?",
    "Hi, I'd like to book a cleaning next week.",
    "Sure, Tuesday at 10 works. Shall I book it?",
    "Yes please.",
  ],
  recordingUrl: "https://recordings.example.com/call_8f2a.wav",
  summary: "The caller booked a cleaning for Tuesday at 10.",
  sentiment: "Positive",
  successful: true,
  structuredData: { booked: true },
  costCents: 25,
  metadata: { source: "test" },
};

function retell(event: Parameters<typeof retellPayload>[1], reason?: string) {
  const parsed = retellWebhookSchema.parse(retellPayload(call, event, reason));
  const normalized = normalizeRetellWebhook(parsed);
  if (!normalized) throw new Error("expected a call");
  return normalizedCallSchema.parse(normalized);
}

describe("Retell webhooks", () => {
  it("normalizes call_analyzed into one complete call", () => {
    const analyzed = retell("call_analyzed");
    expect(analyzed).toMatchObject({
      platform: "retell",
      platformCallId: "call_8f2a",
      agentId: "agent_7c1",
      stage: "analyzed",
      direction: "inbound",
      callerNumber: "+14155550123",
      calledNumber: "+14155550199",
      startedAt: "2026-11-20T15:04:00.000Z",
      endedAt: "2026-11-20T15:05:35.000Z",
      durationSeconds: 95,
      outcome: "answered",
      endedReason: "user_hangup",
      summary: call.summary,
      sentiment: "positive",
      successful: true,
      structuredData: { booked: true },
      recording: { url: call.recordingUrl, expiresAt: null },
      platformCostCents: 25,
    });
    expect(analyzed.transcript).toHaveLength(4);
    expect(analyzed.transcript[1]).toMatchObject({ speaker: "caller", text: call.lines[1] });
    expect(analyzed.transcript[1]?.start).toBeGreaterThan(0);
  });

  it("keeps call_started in progress, without an outcome", () => {
    const started = retell("call_started");
    expect(started).toMatchObject({ stage: "started", outcome: null, durationSeconds: null });
  });

  it("merges call_analyzed and call_ended into the same call in either order", () => {
    const ended = retell("call_ended");
    const analyzed = retell("call_analyzed");
    const inOrder = mergeCallReports(ended, analyzed);
    const reversed = mergeCallReports(analyzed, ended);
    expect(reversed).toEqual(inOrder);
    expect(inOrder).toMatchObject({
      stage: "analyzed",
      summary: call.summary,
      sentiment: "positive",
    });
    expect(mergeCallReports(inOrder, analyzed)).toEqual(inOrder);
    expect(mergeCallReports(inOrder, ended)).toEqual(inOrder);
  });

  it("maps a voicemail and a web call", () => {
    expect(retell("call_analyzed", "voicemail_reached").outcome).toBe("voicemail");
    const web = retellPayload(call, "call_ended");
    web.call.call_type = "web_call";
    const normalized = normalizeRetellWebhook(retellWebhookSchema.parse(web));
    expect(normalized?.direction).toBe("web");
  });

  it("accepts events Portico does not store, and stores nothing for them", () => {
    const body = retellWebhookSchema.parse({
      ...retellPayload(call, "call_ended"),
      event: "transcript_updated",
    });
    expect(normalizeRetellWebhook(body)).toBeNull();
  });

  it("refuses a body without a call id", () => {
    const body = retellPayload(call, "call_ended") as { call: Record<string, unknown> };
    body.call.call_id = undefined;
    expect(retellWebhookSchema.safeParse(body).success).toBe(false);
  });
});

describe("Vapi webhooks", () => {
  it("normalizes an end-of-call report", () => {
    const parsed = vapiWebhookSchema.parse(vapiEndOfCallReport(call));
    const normalized = normalizedCallSchema.parse(normalizeVapiWebhook(parsed));
    expect(normalized).toMatchObject({
      platform: "vapi",
      platformCallId: "call_8f2a",
      stage: "analyzed",
      direction: "inbound",
      callerNumber: "+14155550123",
      calledNumber: "+14155550199",
      durationSeconds: 95,
      outcome: "answered",
      summary: call.summary,
      successful: true,
      platformCostCents: 25,
    });
    // The system prompt is not part of the conversation.
    expect(normalized.transcript.map((turn) => turn.speaker)).toEqual([
      "agent",
      "caller",
      "agent",
      "caller",
    ]);
    expect(normalized.transcript[0]?.end).toBeGreaterThan(normalized.transcript[0]?.start ?? 0);
  });

  it("shows a status update as a call in progress that the report then completes", () => {
    const live = normalizeVapiWebhook(
      vapiWebhookSchema.parse(vapiStatusUpdate(call, "in-progress")),
    );
    const report = normalizeVapiWebhook(vapiWebhookSchema.parse(vapiEndOfCallReport(call)));
    if (!live || !report) throw new Error("expected calls");
    expect(live).toMatchObject({ stage: "started", outcome: null });
    expect(mergeCallReports(live, report)).toEqual(mergeCallReports(report, live));
    expect(mergeCallReports(report, live).outcome).toBe("answered");
  });

  it("maps a missed outbound call", () => {
    const outbound = { ...call, direction: "outbound" as const, lines: [] };
    const normalized = normalizeVapiWebhook(
      vapiWebhookSchema.parse(vapiEndOfCallReport(outbound, "customer-did-not-answer")),
    );
    expect(normalized?.outcome).toBe("missed");
  });

  it("ignores message types Portico does not store", () => {
    const body = vapiWebhookSchema.parse({ message: { type: "speech-update", call: { id: "x" } } });
    expect(normalizeVapiWebhook(body)).toBeNull();
  });
});
