import { describe, expect, it } from "vitest";
import { normalizedBookingSchema } from "./booking";
import {
  calcomWebhookSchema,
  calendlyWebhookSchema,
  normalizeCalcomWebhook,
  normalizeCalendlyWebhook,
} from "./booking-platforms";
import { calcomPayload, calendlyPayload, type SampleBooking } from "./sample-payloads";

const booking: SampleBooking = {
  id: "bk_3Yt9",
  title: "Cleaning between Bright Smiles and Dana Reyes",
  startsAt: new Date("2026-11-24T18:00:00.000Z"),
  minutes: 45,
  attendeeName: "Dana Reyes",
  attendeeEmail: "dana@example.com",
  attendeePhone: "+14155550123",
  timeZone: "America/Los_Angeles",
  callId: "call_8f2a",
};

function calcom(...args: Parameters<typeof calcomPayload>) {
  return normalizedBookingSchema.parse(
    normalizeCalcomWebhook(calcomWebhookSchema.parse(calcomPayload(...args))),
  );
}

function calendly(...args: Parameters<typeof calendlyPayload>) {
  return normalizedBookingSchema.parse(
    normalizeCalendlyWebhook(calendlyWebhookSchema.parse(calendlyPayload(...args))),
  );
}

describe("Cal.com bookings", () => {
  it("reads a new booking with its attendee and the call that made it", () => {
    expect(calcom(booking, "BOOKING_CREATED")).toMatchObject({
      platform: "calcom",
      platformBookingId: "bk_3Yt9",
      status: "booked",
      startsAt: "2026-11-24T18:00:00.000Z",
      endsAt: "2026-11-24T18:45:00.000Z",
      timeZone: "America/Los_Angeles",
      attendeeName: "Dana Reyes",
      attendeeEmail: "dana@example.com",
      attendeePhone: "+14155550123",
      platformCallId: "call_8f2a",
      rescheduledFrom: null,
    });
  });

  it("reads a reschedule as a new booking naming the one it replaced", () => {
    const moved = calcom({ ...booking, id: "bk_new" }, "BOOKING_RESCHEDULED", {
      rescheduleUid: "bk_3Yt9",
    });
    expect(moved).toMatchObject({
      platformBookingId: "bk_new",
      status: "booked",
      rescheduledFrom: "bk_3Yt9",
    });
  });

  it("reads a cancellation with its reason", () => {
    expect(
      calcom(booking, "BOOKING_CANCELLED", { cancellationReason: "Feeling better" }),
    ).toMatchObject({ status: "cancelled", cancellationReason: "Feeling better" });
  });

  it("ignores triggers Portico does not store", () => {
    const body = calcomWebhookSchema.parse({
      ...calcomPayload(booking, "BOOKING_CREATED"),
      triggerEvent: "MEETING_ENDED",
    });
    expect(normalizeCalcomWebhook(body)).toBeNull();
  });

  it("refuses a payload without a start time", () => {
    const body = calcomPayload(booking, "BOOKING_CREATED") as { payload: Record<string, unknown> };
    body.payload.startTime = "next tuesday";
    expect(calcomWebhookSchema.safeParse(body).success).toBe(false);
  });
});

describe("Calendly bookings", () => {
  const invitee = "https://api.calendly.com/scheduled_events/BBBB/invitees/OLD";
  const next = "https://api.calendly.com/scheduled_events/CCCC/invitees/NEW";

  it("reads invitee.created", () => {
    expect(calendly({ ...booking, id: invitee }, "invitee.created")).toMatchObject({
      platform: "calendly",
      platformBookingId: invitee,
      status: "booked",
      attendeeName: "Dana Reyes",
      platformCallId: "call_8f2a",
    });
  });

  it("reads a reschedule as the old invitee moved to the new one, and the new one naming the old", () => {
    const cancelled = calendly({ ...booking, id: invitee }, "invitee.canceled", {
      rescheduled: true,
      newInvitee: next,
    });
    expect(cancelled).toMatchObject({
      status: "rescheduled",
      rescheduledTo: next,
      cancellationReason: null,
    });
    const created = calendly({ ...booking, id: next }, "invitee.created", { oldInvitee: invitee });
    expect(created).toMatchObject({ status: "booked", rescheduledFrom: invitee });
  });

  it("reads a plain cancellation", () => {
    expect(
      calendly({ ...booking, id: invitee }, "invitee.canceled", { reason: "Moving away" }),
    ).toMatchObject({ status: "cancelled", cancellationReason: "Moving away" });
  });
});
