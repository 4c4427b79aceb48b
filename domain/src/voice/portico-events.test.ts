import { describe, expect, it } from "vitest";
import { normalizedBookingSchema } from "./booking";
import { normalizedCallSchema } from "./call";
import {
  normalizePorticoBooking,
  normalizePorticoCall,
  porticoEventSchema,
} from "./portico-events";

describe("Portico's own events", () => {
  it("reads call.completed into the one call shape", () => {
    const event = porticoEventSchema.parse({
      type: "call.completed",
      timestamp: "2026-11-20T15:06:00Z",
      data: {
        id: "bland_123",
        callerNumber: "+31612345678",
        startedAt: "2026-11-20T15:04:00Z",
        endedAt: "2026-11-20T15:05:30Z",
        outcome: "answered",
        summary: "Asked about prices.",
        transcript: [{ speaker: "agent", text: "Hallo!" }],
      },
    });
    if (event.type !== "call.completed") throw new Error("expected a call");
    const call = normalizedCallSchema.parse(normalizePorticoCall(event.data));
    expect(call).toMatchObject({
      platform: "portico",
      platformCallId: "bland_123",
      stage: "analyzed",
      durationSeconds: 90,
      outcome: "answered",
      transcript: [{ speaker: "agent", text: "Hallo!", start: null, end: null }],
    });
  });

  it("reads booking events, with the call that made the booking", () => {
    const event = porticoEventSchema.parse({
      type: "booking.cancelled",
      timestamp: "2026-11-21T09:00:00Z",
      data: {
        id: "b1",
        startsAt: "2026-11-24T10:00:00Z",
        cancellationReason: "Ill",
        callId: "bland_123",
      },
    });
    if (event.type === "call.completed") throw new Error("expected a booking");
    expect(normalizedBookingSchema.parse(normalizePorticoBooking(event))).toMatchObject({
      status: "cancelled",
      cancellationReason: "Ill",
      platformCallId: "bland_123",
      changedAt: "2026-11-21T09:00:00Z",
    });
  });

  it("refuses an unknown event type and a call without an outcome", () => {
    expect(
      porticoEventSchema.safeParse({
        type: "call.started",
        timestamp: "2026-11-20T15:06:00Z",
        data: {},
      }).success,
    ).toBe(false);
    expect(
      porticoEventSchema.safeParse({
        type: "call.completed",
        timestamp: "2026-11-20T15:06:00Z",
        data: { id: "x", startedAt: "2026-11-20T15:04:00Z" },
      }).success,
    ).toBe(false);
  });
});
