import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import {
  calcomPayload,
  retellPayload,
  type SampleBooking,
  type SampleCall,
  vapiEndOfCallReport,
} from "@portico/domain/voice/sample-payloads";
import { platformRecordId } from "@portico/domain/voice/stored";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signAs } from "../../functions/src/voice/webhookSignatures";
import { newAgencyOwner } from "../support/agencies";
import {
  admin,
  callableError,
  closeWebClients,
  fieldErrors,
  PROJECT_ID,
  runningEmulators,
  uniqueMarker,
  type WebClient,
} from "../support/emulator-clients";

// Calls and bookings arrive from the voice and booking platforms' webhooks,
// signed each platform's way, and land once on the client, whatever the order
// or the number of times they are sent. Anything else is refused, logged on the
// connection, and writes nothing.

let owner: WebClient;
let agencyId: string;
let clientId: string;
const RETELL_KEY = "key_retell_webhook_badge_0001";

interface Connection {
  connectionId: string;
  webhookPath: string;
  secret: string | null;
}

async function connect(platform: string, extra: Record<string, unknown> = {}): Promise<Connection> {
  return owner.call<Connection>(CALLABLES.createAgentConnection, { clientId, platform, ...extra });
}

async function postRaw(connectionId: string, body: string, headers: Record<string, string>) {
  const { functions } = await runningEmulators();
  const url = `http://${functions.host}:${functions.port}/${PROJECT_ID}/us-central1/voiceWebhook/${connectionId}`;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}

async function post(connectionId: string, body: string, headers: Record<string, string>) {
  const { status, text } = await postRaw(connectionId, body, headers);
  return { status, json: JSON.parse(text) as Record<string, unknown> };
}

function sampleCall(label: string): SampleCall {
  return {
    id: uniqueMarker(`call_${label}`),
    agentId: "agent_front_desk",
    direction: "inbound",
    callerNumber: "+14155550123",
    agentNumber: "+14155550199",
    startedAt: new Date(Date.now() - 5 * 60_000),
    durationSeconds: 95,
    lines: [
      "Bright Smiles, how can I help?",
      "I'd like a cleaning.",
      "Tuesday at 10?",
      "Yes please.",
    ],
    recordingUrl: "https://recordings.example.com/call.wav",
    summary: "Booked a cleaning for Tuesday at 10.",
    sentiment: "Positive",
    successful: true,
    costCents: 31,
  };
}

const db = () => admin().db;
const callDoc = async (platform: string, platformCallId: string) =>
  db()
    .doc(paths.call(agencyId, clientId, await platformRecordId(platform, platformCallId)))
    .get();
const callCount = async () =>
  (await db().collection(paths.calls(agencyId, clientId)).count().get()).data().count;
const deliveries = async (connectionId: string) =>
  (
    await db()
      .collection(paths.connectionDeliveries(agencyId, clientId, connectionId))
      .get()
  ).docs.map((doc) => doc.data());

beforeAll(async () => {
  ({ agencyId, owner } = await newAgencyOwner("voice-owner"));
  ({ clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Bright Smiles",
    email: `${uniqueMarker("smiles")}@client.test`,
    type: "client",
    language: "en",
  }));
  // The first calls load each function's worker: slow on a busy machine.
}, 120_000);

afterAll(closeWebClients);

describe("Retell calls", () => {
  let retell: Connection;
  beforeAll(async () => {
    retell = await connect("retell", { platformKey: RETELL_KEY, agentIds: ["agent_front_desk"] });
  }, 60_000);

  it("keeps Retell's key out of the answer and out of anything a browser can read", async () => {
    expect(retell.secret).toBeNull();
    const connection = await db()
      .doc(paths.agentConnection(agencyId, clientId, retell.connectionId))
      .get();
    expect(connection.get("secretHint")).toBe(RETELL_KEY.slice(-4));
    expect(JSON.stringify(connection.data())).not.toContain(RETELL_KEY);
    const endpoint = await db().doc(paths.webhookEndpoint(retell.connectionId)).get();
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
    const cost = await db()
      .doc(paths.callCost(agencyId, clientId, (await callDoc("retell", call.id)).id))
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

describe("Vapi calls and secrets", () => {
  it("verifies with the minted secret, keeps the replaced one for the overlap, and refuses it after", async () => {
    const vapi = await connect("vapi");
    expect(vapi.secret).toMatch(/^psk_/);
    const first = vapi.secret ?? "";
    const call = sampleCall("vapi");
    const body = JSON.stringify(vapiEndOfCallReport(call));
    expect((await post(vapi.connectionId, body, signAs.vapi(body, first))).json.result).toBe(
      "stored",
    );

    const rotated = await owner.call<{ secret: string; previousValidUntil: string }>(
      CALLABLES.rotateConnectionSecret,
      { clientId, connectionId: vapi.connectionId },
    );
    expect(rotated.secret).not.toBe(first);
    expect(Date.parse(rotated.previousValidUntil)).toBeGreaterThan(Date.now() + 23 * 3600_000);
    // Both verify during the overlap.
    expect((await post(vapi.connectionId, body, signAs.vapi(body, first))).status).toBe(200);
    expect((await post(vapi.connectionId, body, signAs.vapi(body, rotated.secret))).status).toBe(
      200,
    );

    // The overlap over (moved into the past), the old secret is refused.
    const endpointRef = db().doc(paths.webhookEndpoint(vapi.connectionId));
    const secrets = (await endpointRef.get()).get("secrets") as {
      sealed: string;
      expiresAt: unknown;
    }[];
    await endpointRef.update({
      secrets: secrets.map((secret) =>
        secret.expiresAt ? { ...secret, expiresAt: new Date(Date.now() - 1000) } : secret,
      ),
    });
    expect((await post(vapi.connectionId, body, signAs.vapi(body, first))).status).toBe(401);
    expect(
      (await post(vapi.connectionId, body, signAs.vapi(body, rotated.secret))).json.result,
    ).toBe("duplicate");
  });

  it("answers 404 for a turned-off connection and an unknown one, 413 for an oversized body", async () => {
    const vapi = await connect("vapi");
    const secret = vapi.secret ?? "";
    const huge = JSON.stringify({
      message: { type: "end-of-call-report", padding: "x".repeat(1024 * 1024 + 10) },
    });
    const tooBig = await post(vapi.connectionId, huge, signAs.vapi(huge, secret));
    expect(tooBig.status).toBe(413);

    await owner.call(CALLABLES.setAgentConnectionStatus, {
      clientId,
      connectionId: vapi.connectionId,
      status: "disabled",
    });
    const body = JSON.stringify(vapiEndOfCallReport(sampleCall("off")));
    expect((await post(vapi.connectionId, body, signAs.vapi(body, secret))).status).toBe(404);
    expect((await post("NoSuchConnection0001", body, signAs.vapi(body, secret))).status).toBe(404);
    expect((await deliveries(vapi.connectionId)).map((entry) => entry.result)).toEqual(
      expect.arrayContaining(["too-large", "disabled"]),
    );
  });

  it("refuses to connect Retell without its key, beside the field", async () => {
    const error = await callableError(connect("retell"));
    expect(error.code).toBe("functions/invalid-argument");
    expect(fieldErrors(error).platformKey).toMatch(/key/);
  });
});

describe("Cal.com bookings", () => {
  it("links a booking to the call that made it, moves it on reschedule, and keeps a cancel cancelled", async () => {
    const retell = await connect("retell", { platformKey: RETELL_KEY });
    const calcom = await connect("calcom");
    const secret = calcom.secret ?? "";
    const call = sampleCall("booked");
    const analyzed = JSON.stringify(retellPayload(call, "call_analyzed"));
    await post(retell.connectionId, analyzed, signAs.retell(analyzed, RETELL_KEY));

    const booking: SampleBooking = {
      id: uniqueMarker("bk"),
      title: "Cleaning",
      startsAt: new Date(Date.now() + 3 * 86_400_000),
      minutes: 45,
      attendeeName: "Dana Reyes",
      attendeeEmail: "dana@example.com",
      attendeePhone: call.callerNumber,
      timeZone: "America/Los_Angeles",
      callId: call.id,
    };
    const created = JSON.stringify(calcomPayload(booking, "BOOKING_CREATED"));
    expect(
      (await post(calcom.connectionId, created, signAs.calcom(created, secret))).json.result,
    ).toBe("stored");
    expect(
      (await post(calcom.connectionId, created, signAs.calcom(created, secret))).json.result,
    ).toBe("duplicate");

    const bookingId = await platformRecordId("calcom", booking.id);
    const callId = (await callDoc("retell", call.id)).id;
    const stored = await db()
      .doc(paths.booking(agencyId, clientId, bookingId))
      .get();
    expect(stored.data()).toMatchObject({ status: "booked", callId, attendeeName: "Dana Reyes" });
    expect((await callDoc("retell", call.id)).get("bookingId")).toBe(bookingId);

    const moved = {
      ...booking,
      id: uniqueMarker("bk-moved"),
      startsAt: new Date(Date.now() + 4 * 86_400_000),
    };
    const rescheduled = JSON.stringify(
      calcomPayload(moved, "BOOKING_RESCHEDULED", { rescheduleUid: booking.id }),
    );
    await post(calcom.connectionId, rescheduled, signAs.calcom(rescheduled, secret));
    const old = await db()
      .doc(paths.booking(agencyId, clientId, bookingId))
      .get();
    expect(old.data()).toMatchObject({ status: "rescheduled", rescheduledTo: moved.id });
    const movedId = await platformRecordId("calcom", moved.id);
    const next = await db()
      .doc(paths.booking(agencyId, clientId, movedId))
      .get();
    expect(next.data()).toMatchObject({ status: "booked", rescheduledFrom: booking.id });

    // A cancel, then the creation re-sent late: still cancelled, both in the history.
    const cancelled = JSON.stringify(
      calcomPayload(moved, "BOOKING_CANCELLED", {
        cancellationReason: "Feeling better",
        createdAt: new Date(),
      }),
    );
    await post(calcom.connectionId, cancelled, signAs.calcom(cancelled, secret));
    const lateCreate = JSON.stringify(
      calcomPayload(moved, "BOOKING_CREATED", { createdAt: new Date(Date.now() - 60_000) }),
    );
    await post(calcom.connectionId, lateCreate, signAs.calcom(lateCreate, secret));
    const final = (
      await db()
        .doc(paths.booking(agencyId, clientId, movedId))
        .get()
    ).data();
    expect(final).toMatchObject({ status: "cancelled", cancellationReason: "Feeling better" });
    const history = (final?.history ?? []) as { status: string }[];
    expect(history.map((entry) => entry.status)).toEqual(["booked", "booked", "cancelled"]);
  });

  it("refuses Cal.com's unsigned placeholder", async () => {
    const calcom = await connect("calcom");
    const body = JSON.stringify(
      calcomPayload({ ...sampleBookingBase(), id: uniqueMarker("bk") }, "BOOKING_CREATED"),
    );
    const refused = await post(calcom.connectionId, body, {
      "x-cal-signature-256": "no-secret-provided",
    });
    expect(refused.status).toBe(401);
  });
});

function sampleBookingBase(): SampleBooking {
  return {
    id: "bk",
    title: "Cleaning",
    startsAt: new Date(Date.now() + 86_400_000),
    minutes: 30,
    attendeeName: "Sam",
    attendeeEmail: "sam@example.com",
    attendeePhone: "+14155550777",
    timeZone: "Europe/Amsterdam",
  };
}

describe("Portico's own format (Standard Webhooks)", () => {
  it("stores a call and its booking once per webhook-id, and refuses an unsigned one", async () => {
    const portico = await connect("portico");
    const secret = portico.secret ?? "";
    expect(secret).toMatch(/^whsec_/);
    const callIdAtPlatform = uniqueMarker("bland");
    const callEvent = JSON.stringify({
      type: "call.completed",
      timestamp: new Date().toISOString(),
      data: {
        id: callIdAtPlatform,
        callerNumber: "+31612345678",
        startedAt: new Date(Date.now() - 120_000).toISOString(),
        endedAt: new Date(Date.now() - 30_000).toISOString(),
        outcome: "answered",
        summary: "Asked about whitening.",
        transcript: [
          { speaker: "agent", text: "Hello!", start: 0, end: 1 },
          { speaker: "caller", text: "Hi, how much is whitening?", start: 1.5, end: 3 },
        ],
      },
    });
    const headers = signAs.portico(callEvent, secret, uniqueMarker("msg"));
    expect((await post(portico.connectionId, callEvent, headers)).json.result).toBe("stored");
    expect((await post(portico.connectionId, callEvent, headers)).json.result).toBe("duplicate");
    expect((await post(portico.connectionId, callEvent, {})).status).toBe(401);
    expect((await callDoc("portico", callIdAtPlatform)).data()).toMatchObject({
      outcome: "answered",
      durationSeconds: 90,
      summary: "Asked about whitening.",
    });

    const bookingEvent = JSON.stringify({
      type: "booking.created",
      timestamp: new Date().toISOString(),
      data: {
        id: uniqueMarker("bk"),
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        callId: callIdAtPlatform,
      },
    });
    const booked = await post(
      portico.connectionId,
      bookingEvent,
      signAs.portico(bookingEvent, secret, uniqueMarker("msg")),
    );
    expect(booked.json.result).toBe("stored");
    expect((await callDoc("portico", callIdAtPlatform)).get("bookingId")).toEqual(
      expect.any(String),
    );
  });

  it("answers 400 naming the field for an event without an outcome", async () => {
    const portico = await connect("portico");
    const event = JSON.stringify({
      type: "call.completed",
      timestamp: new Date().toISOString(),
      data: { id: "x", startedAt: new Date().toISOString() },
    });
    const refused = await post(
      portico.connectionId,
      event,
      signAs.portico(event, portico.secret ?? "", uniqueMarker("msg")),
    );
    expect(refused.status).toBe(400);
    expect(String(refused.json.reason)).toMatch(/outcome/);
  });
});
