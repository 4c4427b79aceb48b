import { paths } from "@portico/domain/paths";
import type { NormalizedBooking } from "@portico/domain/voice/booking";
import type { NormalizedCall } from "@portico/domain/voice/call";
import { bookingFields, callFields } from "@portico/domain/voice/stored";
import { recountCallDays } from "../../functions/src/voice/recount";
import { adminDb } from "./fixtures";

/**
 * A call of the client's agent and the booking it made, stored as the webhook
 * function stores them (fields from domain's callFields/bookingFields), for
 * pages that only need calls to show, counted into the client's day counters.
 */
export async function storeCallWithBooking(agencyId: string, clientId: string) {
  const startedAt = new Date(Date.now() - 60 * 60_000);
  const callId = "seededCall1";
  const bookingId = "seededBooking1";
  const call: NormalizedCall = {
    platform: "retell",
    platformCallId: "call_seeded_1",
    agentId: "agent_front_desk",
    stage: "analyzed",
    direction: "inbound",
    callerNumber: "+14155550123",
    callerName: "Dana Reyes",
    calledNumber: "+14155550199",
    startedAt: startedAt.toISOString(),
    endedAt: new Date(startedAt.getTime() + 95_000).toISOString(),
    durationSeconds: 95,
    outcome: "transferred",
    endedReason: "call_transfer",
    transferTarget: "+14155550100",
    summary: "The caller booked a cleaning for Tuesday at 10 and asked about insurance.",
    sentiment: "positive",
    successful: true,
    transcript: [
      { speaker: "agent", text: "Bright Smiles, how can I help?", start: 0.4, end: 2.5 },
      { speaker: "caller", text: "I'd like a cleaning on Tuesday.", start: 3, end: 5 },
      { speaker: "agent", text: "You're booked for Tuesday at 10.", start: 5.5, end: 7.5 },
    ],
    structuredData: { service: "Cleaning", insurance: "Delta Dental" },
    recording: null,
    platformCostCents: 19,
    metadata: null,
  };
  const booking: NormalizedBooking = {
    platform: "calcom",
    platformBookingId: "booking_seeded_1",
    status: "booked",
    title: "Cleaning",
    startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 3 * 86_400_000 + 45 * 60_000).toISOString(),
    timeZone: "America/Los_Angeles",
    attendeeName: "Dana Reyes",
    attendeeEmail: "dana@example.com",
    attendeePhone: "+14155550123",
    location: "12 Harbour Street",
    cancellationReason: null,
    rescheduledFrom: null,
    rescheduledTo: null,
    platformCallId: call.platformCallId,
    changedAt: startedAt.toISOString(),
  };
  const now = new Date();
  // The connection the call came through: it shows the agent's sections in the portal.
  await adminDb()
    .doc(paths.agentConnection(agencyId, clientId, "seededConnection"))
    .set({
      platform: "retell",
      label: "Front desk",
      status: "active",
      agentIds: [],
      secretHint: null,
      secretSetAt: null,
      previousSecretExpiresAt: null,
      createdAt: now,
      createdBy: { uid: "seeded", name: "Seed" },
      lastEventAt: startedAt,
      lastEventType: "call_analyzed",
      lastRefusalAt: null,
    });
  await adminDb()
    .doc(paths.call(agencyId, clientId, callId))
    .set({
      ...callFields(call),
      connectionId: "seededConnection",
      bookingId,
      booked: true,
      sortAt: startedAt,
      receivedAt: now,
      updatedAt: now,
    });
  await adminDb()
    .doc(paths.callCost(agencyId, clientId, callId))
    .set({ platformCostCents: call.platformCostCents, updatedAt: now });
  await adminDb()
    .doc(paths.booking(agencyId, clientId, bookingId))
    .set({
      ...bookingFields(booking),
      connectionId: "seededConnection",
      callId,
      history: [{ status: "booked", at: startedAt, startsAt: new Date(booking.startsAt) }],
      lastChangedAt: startedAt,
      receivedAt: now,
      updatedAt: now,
    });
  // Counted into the day counters (Overview, Analytics) as the webhook would have.
  await recountCallDays(agencyId, clientId);
  return { callId, bookingId, caller: call.callerName ?? "" };
}
