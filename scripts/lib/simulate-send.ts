/**
 * What `npm run simulate` sends: one call of the demo agent (a recorded demo
 * conversation, recording on the demo voice platform) in a call platform's
 * real webhook format and signature, and, when the caller books, the booking
 * in a booking platform's format, naming the call the way agents do
 * (Cal.com metadata, Calendly utm_content, Portico's callId).
 */
import type { ConnectionPlatform } from "@portico/domain/voice/connections";
import {
  calcomPayload,
  calendlyPayload,
  retellPayload,
  type SampleBooking,
  type SampleCall,
  vapiEndOfCallReport,
  vapiStatusUpdate,
} from "@portico/domain/voice/sample-payloads";
import { signAs } from "../../functions/src/voice/webhookSignatures";
import { DEMO_CONVERSATIONS, demoCall } from "../demo-voice/recordings";
import { DEMO_VOICE } from "./demo";
import type { DemoConnection } from "./seed-voice-connections";

export interface SimulationTarget {
  /** The webhook URL of a connection on the local Functions emulator. */
  webhookUrl(connectionId: string): string;
  /** The demo voice platform's base URL (recordings). */
  platformUrl: string;
  /** The demo client's connections, per platform chosen. */
  connections: Partial<Record<ConnectionPlatform, DemoConnection>>;
  /** Pause between a call's live events (started, ended, analysed). Default 1.5 s. */
  stageGapMs?: number;
}

interface Delivery {
  platform: ConnectionPlatform;
  event: string;
  status: number;
  result: string;
}

export interface SimulatedCall {
  conversationId: string;
  platformCallId: string | null;
  platformBookingId: string | null;
  deliveries: Delivery[];
}

const CALL_PLATFORMS = ["retell", "vapi", "portico"] as const;
const BOOKING_PLATFORMS = ["calcom", "calendly", "portico"] as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function signed(platform: ConnectionPlatform, body: string, secret: string, messageId: string) {
  switch (platform) {
    case "retell":
      return signAs.retell(body, secret);
    case "vapi":
      return signAs.vapi(body, secret);
    case "calcom":
      return signAs.calcom(body, secret);
    case "calendly":
      return signAs.calendly(body, secret);
    case "portico":
      return signAs.portico(body, secret, messageId);
  }
}

let messages = 0;

async function post(
  target: SimulationTarget,
  platform: ConnectionPlatform,
  event: string,
  payload: unknown,
): Promise<Delivery> {
  const connection = target.connections[platform];
  const secret = connection?.secrets.at(-1);
  if (!connection || !secret) throw new Error(`No ${platform} connection to post to.`);
  const body = JSON.stringify(payload);
  messages += 1;
  const response = await fetch(target.webhookUrl(connection.connectionId), {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...signed(platform, body, secret, `msg_sim_${Date.now()}_${messages}`),
    },
    body,
  });
  const text = await response.text();
  let result = text;
  try {
    const json = JSON.parse(text) as { result?: string; reason?: string };
    result = json.result ?? json.reason ?? text;
  } catch {
    // not JSON: keep the text
  }
  if (!response.ok)
    throw new Error(`${platform} ${event}: the endpoint answered ${response.status} ${result}`);
  return { platform, event, status: response.status, result };
}

function porticoCall(call: SampleCall) {
  const endedAt = new Date(call.startedAt.getTime() + call.durationSeconds * 1000);
  return {
    type: "call.completed",
    timestamp: endedAt.toISOString(),
    data: {
      id: call.id,
      agentId: call.agentId,
      direction: call.direction,
      callerNumber: call.callerNumber,
      calledNumber: call.agentNumber,
      startedAt: call.startedAt.toISOString(),
      endedAt: endedAt.toISOString(),
      durationSeconds: call.durationSeconds,
      outcome: "answered",
      summary: call.summary,
      sentiment: call.sentiment.toLowerCase(),
      successful: call.successful,
      transcript: call.lines.map((text, index) => ({
        speaker: index % 2 === 0 ? "agent" : "caller",
        text,
        start: call.lineTimes?.[index]?.start ?? null,
        end: call.lineTimes?.[index]?.end ?? null,
      })),
      recordingUrl: call.recordingUrl,
      costCents: call.costCents ?? 0,
    },
  };
}

async function sendCall(target: SimulationTarget, platform: ConnectionPlatform, call: SampleCall) {
  const gap = target.stageGapMs ?? 1500;
  const sent: Delivery[] = [];
  if (platform === "retell") {
    sent.push(await post(target, platform, "call_started", retellPayload(call, "call_started")));
    await sleep(gap);
    sent.push(await post(target, platform, "call_ended", retellPayload(call, "call_ended")));
    await sleep(gap);
    sent.push(await post(target, platform, "call_analyzed", retellPayload(call, "call_analyzed")));
  } else if (platform === "vapi") {
    sent.push(await post(target, platform, "status-update", vapiStatusUpdate(call, "in-progress")));
    await sleep(gap);
    sent.push(await post(target, platform, "end-of-call-report", vapiEndOfCallReport(call)));
  } else {
    sent.push(await post(target, platform, "call.completed", porticoCall(call)));
  }
  return sent;
}

function sendBooking(
  target: SimulationTarget,
  platform: ConnectionPlatform,
  booking: SampleBooking,
) {
  if (platform === "calcom") {
    return post(target, platform, "BOOKING_CREATED", calcomPayload(booking, "BOOKING_CREATED"));
  }
  if (platform === "calendly") {
    return post(target, platform, "invitee.created", calendlyPayload(booking, "invitee.created"));
  }
  const end = new Date(booking.startsAt.getTime() + booking.minutes * 60_000);
  return post(target, platform, "booking.created", {
    type: "booking.created",
    timestamp: new Date().toISOString(),
    data: {
      id: booking.id,
      title: booking.title,
      startsAt: booking.startsAt.toISOString(),
      endsAt: end.toISOString(),
      timeZone: booking.timeZone,
      attendeeName: booking.attendeeName,
      attendeeEmail: booking.attendeeEmail,
      attendeePhone: booking.attendeePhone,
      callId: booking.callId ?? null,
    },
  });
}

const CALLERS = [
  ["Dana Reyes", "+14155550123"],
  ["Marcus Lee", "+14155550175"],
  ["Elena García", "+34911555018"],
  ["Sophie de Vries", "+31205550143"],
  ["Priya Shah", "+14155550188"],
] as const;

/**
 * The `index`-th simulated call: the conversations and callers take turns,
 * so a run shows every recording. Posts the call on the chosen call platform,
 * then the booking on the chosen booking platform when the caller booked.
 */
export async function simulateCall(
  target: SimulationTarget,
  platforms: readonly ConnectionPlatform[],
  index: number,
): Promise<SimulatedCall> {
  const conversation = DEMO_CONVERSATIONS[index % DEMO_CONVERSATIONS.length];
  if (!conversation) throw new Error("No demo conversations.");
  const [name, number] = CALLERS[index % CALLERS.length] ?? CALLERS[0];
  const stamp = `${Date.now().toString(36)}_${index}`;
  const callPlatform = CALL_PLATFORMS.find((platform) => platforms.includes(platform));
  const bookingPlatform = BOOKING_PLATFORMS.find((platform) => platforms.includes(platform));
  const deliveries: Delivery[] = [];
  let platformCallId: string | null = null;
  if (callPlatform) {
    const call = demoCall(conversation, {
      callId: `call_sim_${stamp}`,
      agentId: DEMO_VOICE.agentId,
      callerNumber: number,
      agentNumber: DEMO_VOICE.agentNumber,
      startedAt: new Date(Date.now() - 1000),
      platformUrl: target.platformUrl,
    });
    deliveries.push(...(await sendCall(target, callPlatform, call)));
    platformCallId = call.id;
  }
  let platformBookingId: string | null = null;
  if (bookingPlatform && (conversation.books || !callPlatform)) {
    const day = new Date(Date.now() + (2 + (index % 5)) * 86_400_000);
    day.setUTCHours(17 + (index % 4), 0, 0, 0);
    const id =
      bookingPlatform === "calendly"
        ? `https://api.calendly.com/scheduled_events/SIM${stamp.toUpperCase()}/invitees/INV${stamp.toUpperCase()}`
        : `bk_sim_${stamp}`;
    const booking: SampleBooking = {
      id,
      title: "Cleaning",
      startsAt: day,
      minutes: 45,
      attendeeName: name,
      attendeeEmail: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.com`,
      attendeePhone: number,
      timeZone: DEMO_VOICE.timeZone,
      ...(platformCallId && { callId: platformCallId }),
    };
    deliveries.push(await sendBooking(target, bookingPlatform, booking));
    platformBookingId = id;
  }
  return { conversationId: conversation.id, platformCallId, platformBookingId, deliveries };
}
