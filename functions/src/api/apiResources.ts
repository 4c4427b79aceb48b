import type { ApiBooking, ApiCall, ApiClient, ApiInvite } from "@portico/domain/api/resources";
import { DEFAULT_TIME_ZONE } from "@portico/domain/time-zones";
import type { BookingDoc, CallDoc } from "@portico/domain/voice/stored";
import type { Timestamp } from "firebase-admin/firestore";
import type { Stored, StoredClient, StoredInvite } from "../documents";

/** Stored documents as the REST API shows them (api/resources.ts): ISO times, no internals. */
const iso = (at: Timestamp) => at.toDate().toISOString();
const isoOrNull = (at: Timestamp | null | undefined) => (at ? iso(at) : null);

export function apiClient(id: string, client: StoredClient): ApiClient {
  return {
    id,
    name: client.name,
    company: client.company,
    email: client.email,
    website: client.website,
    type: client.type,
    language: client.language,
    timeZone: client.timeZone ?? DEFAULT_TIME_ZONE,
    metadata: client.metadata ?? {},
    createdAt: iso(client.createdAt),
    updatedAt: iso(client.updatedAt ?? client.createdAt),
  };
}

export function apiInvite(id: string, invite: StoredInvite): ApiInvite {
  return {
    id,
    clientId: invite.clientId,
    client: {
      name: invite.client.name,
      company: invite.client.company,
      email: invite.client.email,
    },
    status: invite.status,
    services: invite.services.map((service) => ({
      serviceId: service.serviceId,
      accessLevel: service.accessLevel,
      optional: service.optional ?? false,
      connectedAccountId: service.connectedAccount.id,
      status: service.status,
      statusChangedAt: isoOrNull(service.statusChangedAt),
    })),
    intake: { requested: invite.intake.requested, status: invite.intake.status },
    thankYouMessage: invite.thankYouMessage,
    redirectUrl: invite.redirectUrl,
    createdAt: iso(invite.createdAt),
    updatedAt: isoOrNull(invite.updatedAt),
  };
}

export function apiCall(id: string, clientId: string, call: Stored<CallDoc>): ApiCall {
  return {
    id,
    clientId,
    platform: call.platform,
    platformCallId: call.platformCallId,
    stage: call.stage,
    direction: call.direction,
    callerNumber: call.callerNumber,
    callerName: call.callerName,
    calledNumber: call.calledNumber,
    startedAt: call.startedAt,
    endedAt: call.endedAt,
    durationSeconds: call.durationSeconds,
    outcome: call.outcome,
    summary: call.summary,
    sentiment: call.sentiment,
    successful: call.successful,
    transcript: call.transcript,
    hasRecording: call.hasRecording,
    bookingId: call.bookingId,
    updatedAt: iso(call.updatedAt),
  };
}

export function apiBooking(id: string, clientId: string, booking: Stored<BookingDoc>): ApiBooking {
  return {
    id,
    clientId,
    platform: booking.platform,
    platformBookingId: booking.platformBookingId,
    status: booking.status,
    title: booking.title,
    startsAt: iso(booking.startsAt),
    endsAt: isoOrNull(booking.endsAt),
    timeZone: booking.timeZone,
    attendeeName: booking.attendeeName,
    attendeeEmail: booking.attendeeEmail,
    attendeePhone: booking.attendeePhone,
    location: booking.location,
    cancellationReason: booking.cancellationReason,
    callId: booking.callId,
    updatedAt: iso(booking.updatedAt),
  };
}
