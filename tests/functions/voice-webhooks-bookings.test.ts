import { paths } from "@portico/domain/paths";
import { calcomPayload, retellPayload } from "@portico/domain/voice/sample-payloads";
import { platformRecordId } from "@portico/domain/voice/stored";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signAs } from "../../functions/src/voice/webhookSignatures";
import { admin, closeWebClients, uniqueMarker } from "../support/emulator-clients";
import {
  post,
  RETELL_KEY,
  sampleBooking,
  sampleCall,
  type VoiceClient,
  voiceClient,
} from "../support/voice-client";

// Bookings from Cal.com and from Portico's own Standard Webhooks format: linked
// to the call that made them, moved on reschedule, kept cancelled against late
// events.

let voice: VoiceClient;
const connect = (platform: string, extra?: Record<string, unknown>) =>
  voice.connect(platform, extra);
const callDoc = (platform: string, id: string) => voice.callDoc(platform, id);

// The first calls load each function's worker: slow on a busy machine.
beforeAll(async () => {
  voice = await voiceClient("voice-webhooks-bookings");
}, 120_000);

afterAll(closeWebClients);

describe("Cal.com bookings", () => {
  it("links a booking to the call that made it, moves it on reschedule, and keeps a cancel cancelled", async () => {
    const retell = await connect("retell", { platformKey: RETELL_KEY });
    const calcom = await connect("calcom");
    const secret = calcom.secret ?? "";
    const call = sampleCall("booked");
    const analyzed = JSON.stringify(retellPayload(call, "call_analyzed"));
    await post(retell.connectionId, analyzed, signAs.retell(analyzed, RETELL_KEY));

    const booking = sampleBooking("bk", { attendeePhone: call.callerNumber, callId: call.id });
    const created = JSON.stringify(calcomPayload(booking, "BOOKING_CREATED"));
    expect(
      (await post(calcom.connectionId, created, signAs.calcom(created, secret))).json.result,
    ).toBe("stored");
    expect(
      (await post(calcom.connectionId, created, signAs.calcom(created, secret))).json.result,
    ).toBe("duplicate");

    const bookingId = await platformRecordId("calcom", booking.id);
    const callId = (await callDoc("retell", call.id)).id;
    const stored = await admin()
      .db.doc(paths.booking(voice.agencyId, voice.clientId, bookingId))
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
    const old = await admin()
      .db.doc(paths.booking(voice.agencyId, voice.clientId, bookingId))
      .get();
    expect(old.data()).toMatchObject({ status: "rescheduled", rescheduledTo: moved.id });
    const movedId = await platformRecordId("calcom", moved.id);
    const next = await admin()
      .db.doc(paths.booking(voice.agencyId, voice.clientId, movedId))
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
      await admin()
        .db.doc(paths.booking(voice.agencyId, voice.clientId, movedId))
        .get()
    ).data();
    expect(final).toMatchObject({ status: "cancelled", cancellationReason: "Feeling better" });
    const history = (final?.history ?? []) as { status: string }[];
    expect(history.map((entry) => entry.status)).toEqual(["booked", "booked", "cancelled"]);
  });

  it("refuses Cal.com's unsigned placeholder", async () => {
    const calcom = await connect("calcom");
    const body = JSON.stringify(
      calcomPayload(sampleBooking("bk", { attendeePhone: "+14155550777" }), "BOOKING_CREATED"),
    );
    const refused = await post(calcom.connectionId, body, {
      "x-cal-signature-256": "no-secret-provided",
    });
    expect(refused.status).toBe(401);
  });
});

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
