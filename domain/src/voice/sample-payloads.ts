/**
 * Webhook bodies in each platform's real format, for tests, the demo seed and
 * the simulator: one description of a call, rendered the way Retell or Vapi
 * would send it.
 */
export interface SampleCall {
  id: string;
  agentId: string;
  direction: "inbound" | "outbound";
  callerNumber: string;
  agentNumber: string;
  startedAt: Date;
  durationSeconds: number;
  /** Alternating turns, agent first; each lasts a share of the call unless timed. */
  lines: string[];
  /** When each line is spoken, in seconds from the start (from a real recording). */
  lineTimes?: { start: number; end: number }[];
  recordingUrl: string;
  summary: string;
  sentiment: "Positive" | "Neutral" | "Negative";
  successful: boolean;
  structuredData?: Record<string, unknown>;
  costCents?: number;
  metadata?: Record<string, unknown>;
}

interface TimedLine {
  speaker: "agent" | "caller";
  text: string;
  start: number;
  end: number;
}

function timedLines(call: SampleCall): TimedLine[] {
  const share = call.durationSeconds / Math.max(1, call.lines.length);
  return call.lines.map((text, index) => ({
    speaker: index % 2 === 0 ? "agent" : "caller",
    text,
    start: call.lineTimes?.[index]?.start ?? Math.round(index * share * 10) / 10,
    end: call.lineTimes?.[index]?.end ?? Math.round((index + 1) * share * 10) / 10 - 0.2,
  }));
}

export type RetellEvent = "call_started" | "call_ended" | "call_analyzed";

/** Retell's `{event, call}` body for one stage of the call. */
export function retellPayload(
  call: SampleCall,
  event: RetellEvent,
  disconnectionReason = "user_hangup",
) {
  const start = call.startedAt.getTime();
  const end = start + call.durationSeconds * 1000;
  const ended = event !== "call_started";
  const lines = timedLines(call);
  return {
    event,
    call: {
      call_type: "phone_call",
      call_id: call.id,
      agent_id: call.agentId,
      agent_version: 1,
      call_status: ended ? "ended" : "ongoing",
      direction: call.direction,
      from_number: call.direction === "inbound" ? call.callerNumber : call.agentNumber,
      to_number: call.direction === "inbound" ? call.agentNumber : call.callerNumber,
      start_timestamp: start,
      ...(ended && {
        end_timestamp: end,
        duration_ms: call.durationSeconds * 1000,
        transcript: lines
          .map((line) => `${line.speaker === "agent" ? "Agent" : "User"}: ${line.text}`)
          .join("\n"),
        transcript_object: lines.map((line) => ({
          role: line.speaker === "agent" ? "agent" : "user",
          content: line.text,
          words: [
            { word: line.text.split(" ")[0], start: line.start, end: line.start + 0.3 },
            { word: line.text.split(" ").slice(-1)[0], start: line.end - 0.3, end: line.end },
          ],
        })),
        recording_url: call.recordingUrl,
        disconnection_reason: disconnectionReason,
        call_cost: {
          combined_cost: call.costCents ?? 0,
          total_duration_seconds: call.durationSeconds,
        },
      }),
      ...(event === "call_analyzed" && {
        call_analysis: {
          call_summary: call.summary,
          call_successful: call.successful,
          user_sentiment: call.sentiment,
          in_voicemail: disconnectionReason === "voicemail_reached",
          custom_analysis_data: call.structuredData ?? {},
        },
      }),
      metadata: call.metadata ?? {},
    },
  };
}

/** Vapi's `end-of-call-report` server message for the call. */
export function vapiEndOfCallReport(call: SampleCall, endedReason = "customer-ended-call") {
  const startedAt = call.startedAt.toISOString();
  const endedAt = new Date(call.startedAt.getTime() + call.durationSeconds * 1000).toISOString();
  const start = call.startedAt.getTime();
  const lines = timedLines(call);
  return {
    message: {
      timestamp: Date.parse(endedAt),
      type: "end-of-call-report",
      endedReason,
      startedAt,
      endedAt,
      cost: (call.costCents ?? 0) / 100,
      call: {
        id: call.id,
        type: call.direction === "inbound" ? "inboundPhoneCall" : "outboundPhoneCall",
        assistantId: call.agentId,
        customer: { number: call.callerNumber },
        phoneNumber: { number: call.agentNumber },
        metadata: call.metadata ?? {},
      },
      customer: { number: call.callerNumber },
      phoneNumber: { number: call.agentNumber },
      artifact: {
        transcript: lines
          .map((line) => `${line.speaker === "agent" ? "AI" : "User"}: ${line.text}`)
          .join("\n"),
        messages: [
          {
            role: "system",
            message: "You are a friendly receptionist.",
            time: start,
            secondsFromStart: 0,
          },
          ...lines.map((line) => ({
            role: line.speaker === "agent" ? "bot" : "user",
            message: line.text,
            time: start + line.start * 1000,
            endTime: start + line.end * 1000,
            secondsFromStart: line.start,
            duration: (line.end - line.start) * 1000,
          })),
        ],
        recordingUrl: call.recordingUrl,
      },
      analysis: {
        summary: call.summary,
        structuredData: call.structuredData ?? {},
        successEvaluation: String(call.successful),
      },
    },
  };
}

/** Vapi's `status-update` while the call rings or runs. */
export function vapiStatusUpdate(call: SampleCall, status: "ringing" | "in-progress" | "ended") {
  return {
    message: {
      timestamp: call.startedAt.getTime(),
      type: "status-update",
      status,
      startedAt: call.startedAt.toISOString(),
      call: {
        id: call.id,
        type: call.direction === "inbound" ? "inboundPhoneCall" : "outboundPhoneCall",
        assistantId: call.agentId,
        customer: { number: call.callerNumber },
        phoneNumber: { number: call.agentNumber },
      },
    },
  };
}

export interface SampleBooking {
  id: string;
  title: string;
  startsAt: Date;
  minutes: number;
  attendeeName: string;
  attendeeEmail: string;
  attendeePhone: string;
  timeZone: string;
  /** The platform call id of the call that booked it. */
  callId?: string;
}

export type CalcomTrigger = "BOOKING_CREATED" | "BOOKING_RESCHEDULED" | "BOOKING_CANCELLED";

/** Cal.com's `{triggerEvent, createdAt, payload}` body. */
export function calcomPayload(
  booking: SampleBooking,
  triggerEvent: CalcomTrigger,
  extra: { rescheduleUid?: string; cancellationReason?: string; createdAt?: Date } = {},
) {
  const end = new Date(booking.startsAt.getTime() + booking.minutes * 60_000);
  return {
    triggerEvent,
    createdAt: (extra.createdAt ?? new Date()).toISOString(),
    payload: {
      type: "cleaning",
      title: booking.title,
      uid: booking.id,
      bookingId: 4182,
      startTime: booking.startsAt.toISOString(),
      endTime: end.toISOString(),
      length: booking.minutes,
      status: triggerEvent === "BOOKING_CANCELLED" ? "CANCELLED" : "ACCEPTED",
      location: "Bright Smiles, 12 Harbour Street",
      organizer: {
        name: "Bright Smiles",
        email: "front@brightsmiles.test",
        timeZone: "America/Los_Angeles",
      },
      attendees: [
        {
          name: booking.attendeeName,
          email: booking.attendeeEmail,
          timeZone: booking.timeZone,
          phoneNumber: booking.attendeePhone,
        },
      ],
      responses: { name: { label: "Your name", value: booking.attendeeName } },
      metadata: booking.callId ? { call_id: booking.callId } : {},
      ...(extra.rescheduleUid && { rescheduleUid: extra.rescheduleUid }),
      ...(extra.cancellationReason && { cancellationReason: extra.cancellationReason }),
    },
  };
}

/** Calendly's `invitee.created` / `invitee.canceled` body; `id` is the invitee's URI. */
export function calendlyPayload(
  booking: SampleBooking,
  event: "invitee.created" | "invitee.canceled",
  extra: { rescheduled?: boolean; oldInvitee?: string; newInvitee?: string; reason?: string } = {},
) {
  const end = new Date(booking.startsAt.getTime() + booking.minutes * 60_000);
  return {
    created_at: new Date().toISOString(),
    created_by: "https://api.calendly.com/users/AAAAAAAAAAAAAAAA",
    event,
    payload: {
      uri: booking.id,
      email: booking.attendeeEmail,
      name: booking.attendeeName,
      status: event === "invitee.canceled" ? "canceled" : "active",
      timezone: booking.timeZone,
      text_reminder_number: booking.attendeePhone,
      rescheduled: extra.rescheduled ?? false,
      old_invitee: extra.oldInvitee ?? null,
      new_invitee: extra.newInvitee ?? null,
      questions_and_answers: [],
      tracking: { utm_content: booking.callId ?? null },
      cancellation:
        event === "invitee.canceled"
          ? { canceled_by: booking.attendeeName, reason: extra.reason ?? null }
          : undefined,
      scheduled_event: {
        uri: "https://api.calendly.com/scheduled_events/BBBBBBBBBBBBBBBB",
        name: booking.title,
        status: event === "invitee.canceled" ? "canceled" : "active",
        start_time: booking.startsAt.toISOString(),
        end_time: end.toISOString(),
        location: { type: "physical", location: "Bright Smiles, 12 Harbour Street" },
      },
    },
  };
}
