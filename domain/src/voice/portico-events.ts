import { z } from "zod";
import { callIdFromMetadata, type NormalizedBooking } from "./booking";
import {
  CALL_DIRECTIONS,
  CALL_OUTCOMES,
  type NormalizedCall,
  SENTIMENTS,
  SPEAKERS,
  secondsBetween,
} from "./call";

/**
 * Portico's own inbound events, for platforms Portico has no adapter for
 * (Bland, Synthflow, GoHighLevel, n8n, Make): JSON in Portico's call and
 * booking shapes, signed the Standard Webhooks way. Documented for agencies
 * in the connection's set-up text; the fields mirror what the portal shows.
 */
const isoTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);

const callData = z.object({
  id: text(200).min(1),
  agentId: text(200).nullish(),
  direction: z.enum(CALL_DIRECTIONS).default("inbound"),
  callerNumber: text(64).nullish(),
  callerName: text(200).nullish(),
  calledNumber: text(64).nullish(),
  startedAt: isoTime,
  endedAt: isoTime.nullish(),
  durationSeconds: z.number().nonnegative().nullish(),
  outcome: z.enum(CALL_OUTCOMES),
  endedReason: text(200).nullish(),
  transferTarget: text(200).nullish(),
  summary: text(5000).nullish(),
  sentiment: z.enum(SENTIMENTS).nullish(),
  successful: z.boolean().nullish(),
  transcript: z
    .array(
      z.object({
        speaker: z.enum(SPEAKERS),
        text: text(10_000),
        start: z.number().nonnegative().nullish(),
        end: z.number().nonnegative().nullish(),
      }),
    )
    .max(2000)
    .default([]),
  recordingUrl: z.url().nullish(),
  structuredData: z.record(z.string(), z.unknown()).nullish(),
  costCents: z.number().nonnegative().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

const bookingData = z.object({
  id: text(300).min(1),
  title: text(300).nullish(),
  startsAt: isoTime,
  endsAt: isoTime.nullish(),
  timeZone: text(64).nullish(),
  attendeeName: text(200).nullish(),
  attendeeEmail: text(320).nullish(),
  attendeePhone: text(64).nullish(),
  location: text(500).nullish(),
  cancellationReason: text(1000).nullish(),
  rescheduledFrom: text(300).nullish(),
  callId: text(200).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

export const porticoEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("call.completed"), timestamp: isoTime, data: callData }),
  z.object({
    type: z.enum(["booking.created", "booking.rescheduled", "booking.cancelled"]),
    timestamp: isoTime,
    data: bookingData,
  }),
]);
export type PorticoEvent = z.output<typeof porticoEventSchema>;

export function normalizePorticoCall(data: z.output<typeof callData>): NormalizedCall {
  return {
    platform: "portico",
    platformCallId: data.id,
    agentId: data.agentId ?? null,
    stage: "analyzed",
    direction: data.direction,
    callerNumber: data.callerNumber ?? null,
    callerName: data.callerName ?? null,
    calledNumber: data.calledNumber ?? null,
    startedAt: data.startedAt,
    endedAt: data.endedAt ?? null,
    durationSeconds: data.durationSeconds ?? secondsBetween(data.startedAt, data.endedAt ?? null),
    outcome: data.outcome,
    endedReason: data.endedReason ?? null,
    transferTarget: data.transferTarget ?? null,
    summary: data.summary ?? null,
    sentiment: data.sentiment ?? null,
    successful: data.successful ?? null,
    transcript: data.transcript.map((turn) => ({
      speaker: turn.speaker,
      text: turn.text,
      start: turn.start ?? null,
      end: turn.end ?? null,
    })),
    structuredData: data.structuredData ?? null,
    recording: data.recordingUrl ? { url: data.recordingUrl, expiresAt: null } : null,
    platformCostCents: data.costCents ?? null,
    metadata: data.metadata ?? null,
  };
}

export function normalizePorticoBooking(
  event: Extract<PorticoEvent, { type: `booking.${string}` }>,
): NormalizedBooking {
  const { data } = event;
  return {
    platform: "portico",
    platformBookingId: data.id,
    status: event.type === "booking.cancelled" ? "cancelled" : "booked",
    title: data.title ?? null,
    startsAt: data.startsAt,
    endsAt: data.endsAt ?? null,
    timeZone: data.timeZone ?? null,
    attendeeName: data.attendeeName ?? null,
    attendeeEmail: data.attendeeEmail ?? null,
    attendeePhone: data.attendeePhone ?? null,
    location: data.location ?? null,
    cancellationReason:
      event.type === "booking.cancelled" ? (data.cancellationReason ?? null) : null,
    rescheduledFrom: event.type === "booking.rescheduled" ? (data.rescheduledFrom ?? null) : null,
    rescheduledTo: null,
    platformCallId: data.callId ?? callIdFromMetadata(data.metadata),
    changedAt: event.timestamp,
  };
}
