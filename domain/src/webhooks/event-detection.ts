import type { ClientDoc } from "../clients";
import type { IntakeResponseDoc } from "../intake";
import type { InviteDoc, StoredInviteService } from "../invites";
import type { BookingDoc, CallDoc } from "../voice/stored";
import type { DetectedEvent, JsonValue } from "./events";

/**
 * Which webhook events a document change makes, from the document before and
 * after (null: absent). Pure, so a replayed trigger finds the same events
 * with the same keys. The data is what the resource shows the agency, never
 * search tokens, link tokens, retained-token details or what a platform
 * charged.
 */

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);
const ms = (date: Date | null | undefined) => date?.getTime() ?? 0;

function clientData(clientId: string, client: ClientDoc): { [key: string]: JsonValue } {
  return {
    id: clientId,
    name: client.name,
    company: client.company,
    email: client.email,
    website: client.website,
    type: client.type,
    language: client.language,
    timeZone: client.timeZone,
    metadata: client.metadata,
    createdAt: iso(client.createdAt),
  };
}

export function clientEvents(
  clientId: string,
  before: ClientDoc | null,
  after: ClientDoc | null,
): DetectedEvent[] {
  if (!after) return [];
  const resource = `client/${clientId}`;
  const events: DetectedEvent[] = [];
  if (!before) {
    events.push({
      type: "client.created",
      key: `client.created/${clientId}`,
      resource,
      occurredAt: after.createdAt,
      data: clientData(clientId, after),
    });
  }
  const activated = after.portal?.status === "active" && before?.portal?.status !== "active";
  if (activated && after.portal) {
    const at = after.portal.activatedAt ?? after.updatedAt;
    events.push({
      type: "portal.activated",
      key: `portal.activated/${clientId}/${ms(at)}`,
      resource,
      occurredAt: at,
      data: { client: clientData(clientId, after), activatedAt: iso(at) },
    });
  }
  return events;
}

function serviceData(service: StoredInviteService): { [key: string]: JsonValue } {
  return {
    serviceId: service.serviceId,
    accessLevel: service.accessLevel,
    optional: service.optional,
    status: service.status,
    statusChangedAt: iso(service.statusChangedAt),
    skipReason: service.skipReason,
    grantedVia: service.grantedVia,
    grantedAccount: service.grantedAccount,
    verifiedAt: iso(service.verifiedAt),
  };
}

function inviteData(inviteId: string, invite: InviteDoc): { [key: string]: JsonValue } {
  return {
    id: inviteId,
    clientId: invite.clientId,
    client: {
      name: invite.client.name,
      company: invite.client.company,
      email: invite.client.email,
    },
    status: invite.status,
    services: invite.services.map(serviceData),
    intake: invite.intake,
    createdAt: iso(invite.createdAt),
    createdBy: invite.createdBy.name,
  };
}

/** Whether this change sends the intake form (then the trigger reads the answers for it). */
export function completesIntake(before: InviteDoc | null, after: InviteDoc | null): boolean {
  return after?.intake.status === "done" && before?.intake.status !== "done";
}

/** Every question as it was asked, in order, with the client's answer (null when left blank). */
function intakeAnswers(response: IntakeResponseDoc | null): JsonValue[] {
  if (!response) return [];
  return response.questions.map((question) => ({
    questionId: question.id,
    label: question.label,
    type: question.type,
    answer: response.answers[question.id] ?? null,
  }));
}

export function inviteEvents(
  inviteId: string,
  before: InviteDoc | null,
  after: InviteDoc | null,
  intakeResponse: IntakeResponseDoc | null = null,
): DetectedEvent[] {
  if (!after) return [];
  const resource = `invite/${inviteId}`;
  const events: DetectedEvent[] = [];
  const changedAt = after.updatedAt ?? after.createdAt;
  if (!before) {
    events.push({
      type: "invite.created",
      key: `invite.created/${inviteId}`,
      resource,
      occurredAt: after.createdAt,
      data: inviteData(inviteId, after),
    });
  }
  for (const service of after.services) {
    const previous = before?.services.find((known) => known.serviceId === service.serviceId);
    if (service.status === "pending" || previous?.status === service.status) continue;
    const type = service.status === "granted" ? "invite.service_granted" : "invite.service_skipped";
    const at = service.statusChangedAt ?? changedAt;
    events.push({
      type,
      key: `${type}/${inviteId}/${service.serviceId}/${ms(at)}`,
      resource,
      occurredAt: at,
      data: {
        inviteId,
        clientId: after.clientId,
        service: serviceData(service),
        invite: inviteData(inviteId, after),
      },
    });
  }
  if (completesIntake(before, after)) {
    events.push({
      type: "intake.completed",
      key: `intake.completed/${inviteId}/${ms(changedAt)}`,
      resource,
      occurredAt: changedAt,
      data: {
        inviteId,
        clientId: after.clientId,
        invite: inviteData(inviteId, after),
        answers: intakeAnswers(intakeResponse),
      },
    });
  }
  if (after.status === "complete" && before?.status !== "complete") {
    events.push({
      type: "invite.completed",
      key: `invite.completed/${inviteId}/${ms(changedAt)}`,
      resource,
      occurredAt: changedAt,
      data: inviteData(inviteId, after),
    });
  }
  return events;
}

const ENDED_STAGES = new Set(["ended", "analyzed"]);

/** A call completes once, when the platform first reports it ended (or analysed). */
export function callEvents(
  clientId: string,
  callId: string,
  before: CallDoc | null,
  after: CallDoc | null,
): DetectedEvent[] {
  if (!after || !ENDED_STAGES.has(after.stage)) return [];
  if (before && ENDED_STAGES.has(before.stage)) return [];
  const at = after.endedAt ? new Date(after.endedAt) : after.updatedAt;
  return [
    {
      type: "call.completed",
      key: `call.completed/${clientId}/${callId}`,
      resource: `call/${clientId}/${callId}`,
      occurredAt: at,
      data: {
        id: callId,
        clientId,
        platform: after.platform,
        direction: after.direction,
        callerNumber: after.callerNumber,
        callerName: after.callerName,
        calledNumber: after.calledNumber,
        startedAt: after.startedAt,
        endedAt: after.endedAt,
        durationSeconds: after.durationSeconds,
        outcome: after.outcome,
        summary: after.summary,
        sentiment: after.sentiment,
        successful: after.successful,
        bookingId: after.bookingId,
      },
    },
  ];
}

function bookingData(clientId: string, bookingId: string, booking: BookingDoc) {
  return {
    id: bookingId,
    clientId,
    platform: booking.platform,
    status: booking.status,
    title: booking.title,
    startsAt: iso(booking.startsAt),
    endsAt: iso(booking.endsAt),
    timeZone: booking.timeZone,
    attendeeName: booking.attendeeName,
    attendeeEmail: booking.attendeeEmail,
    attendeePhone: booking.attendeePhone,
    location: booking.location,
    cancellationReason: booking.cancellationReason,
    callId: booking.callId,
  };
}

export function bookingEvents(
  clientId: string,
  bookingId: string,
  before: BookingDoc | null,
  after: BookingDoc | null,
): DetectedEvent[] {
  if (!after) return [];
  const resource = `booking/${clientId}/${bookingId}`;
  const events: DetectedEvent[] = [];
  if (!before) {
    events.push({
      type: "booking.created",
      key: `booking.created/${clientId}/${bookingId}`,
      resource,
      occurredAt: after.receivedAt,
      data: bookingData(clientId, bookingId, after),
    });
  }
  if (after.status === "cancelled" && before?.status !== "cancelled") {
    events.push({
      type: "booking.cancelled",
      key: `booking.cancelled/${clientId}/${bookingId}/${ms(after.lastChangedAt)}`,
      resource,
      occurredAt: after.lastChangedAt,
      data: bookingData(clientId, bookingId, after),
    });
  }
  return events;
}
