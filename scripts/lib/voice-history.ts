/**
 * The demo agent's call history: a few hundred calls over the last 90 days,
 * mostly in business hours, with a realistic mix of outcomes and sentiments,
 * and the bookings some of them made (a few later rescheduled or cancelled).
 * Pure and deterministic (seeded random); seed-voice-history.ts writes it.
 */
import type { SampleBooking, SampleCall } from "@portico/domain/voice/sample-payloads";
import { DEMO_CONVERSATIONS, demoCall } from "../demo-voice/recordings";
import { DEMO_VOICE } from "./demo";
import { seededRandom } from "./random";

type HistoryOutcome = "answered" | "transferred" | "voicemail" | "missed" | "abandoned" | "failed";

/** One call as the platform reported it, with the booking it made. */
export interface HistoryCall {
  call: SampleCall;
  /** Retell's disconnection_reason, which decides the outcome. */
  disconnectionReason: string;
  /** Analysed calls carry summary and sentiment; calls that never connected are not analysed. */
  analyzed: boolean;
  /** Calls nobody spoke on have no recording. */
  recorded: boolean;
  booking: HistoryBooking | null;
}

interface HistoryBooking {
  booking: SampleBooking;
  bookedAt: Date;
  /** What happened to it later, if anything. */
  change:
    | { kind: "rescheduled"; at: Date; newId: string; startsAt: Date }
    | { kind: "cancelled"; at: Date; reason: string }
    | null;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** The practice's clock: Pacific time, standard offset (close enough for demo hours). */
const LOCAL_OFFSET_HOURS = -8;

const NAMES = [
  "Dana Reyes|Marcus Lee|Priya Shah|Tom Becker|Elena García|Sam Carter|Nora Jansen",
  "Liam O'Brien|Aisha Khan|Chen Wei|Grace Kim|Mateo Ruiz|Sophie de Vries|Ben Walker",
]
  .join("|")
  .split("|");

/** Which conversation an answered call was, by weight (bookings are the common case). */
const ANSWERED = [
  ["cleaning-booked", 34],
  ["hours-question", 30],
  ["limpieza-reservada", 12],
  ["afspraak-verzetten", 10],
] as const;

function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of weighted) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weighted[weighted.length - 1]?.[0] as T;
}

/** A local hour: mostly 8:00–18:00 with morning and afternoon peaks, some evenings and early mornings. */
function localHour(random: () => number): number {
  if (random() < 0.12)
    return pick(random, [
      [6, 1],
      [7, 2],
      [18, 3],
      [19, 3],
      [20, 2],
      [21, 1],
      [22, 1],
    ]);
  return pick(random, [
    [8, 4],
    [9, 8],
    [10, 9],
    [11, 8],
    [12, 5],
    [13, 6],
    [14, 8],
    [15, 8],
    [16, 7],
    [17, 4],
  ]);
}

function conversation(id: string) {
  const found = DEMO_CONVERSATIONS.find((item) => item.id === id);
  if (!found) throw new Error(`No demo conversation ${id}`);
  return found;
}

/** `count` calls (default 320) ending before `until`, newest last. Same inputs, same history. */
export function generateVoiceHistory(options: {
  until: Date;
  platformUrl: string;
  count?: number;
  seed?: number;
}): HistoryCall[] {
  const random = seededRandom(options.seed ?? 16);
  const count = options.count ?? 320;
  const callers = Array.from({ length: 140 }, (_, index) => ({
    name: NAMES[index % NAMES.length] ?? "Dana Reyes",
    number: `+1415555${String(1000 + index * 37).slice(-4)}`,
  }));
  const starts: Date[] = [];
  while (starts.length < count) {
    const day = Math.floor(random() * 90);
    const date = new Date(options.until.getTime() - (day + 1) * DAY_MS);
    const weekday = new Date(date.getTime() + LOCAL_OFFSET_HOURS * HOUR_MS).getUTCDay();
    if ((weekday === 0 || weekday === 6) && random() < 0.7) continue; // quieter weekends
    const localMidnight =
      Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) -
      LOCAL_OFFSET_HOURS * HOUR_MS;
    const at = localMidnight + localHour(random) * HOUR_MS + Math.floor(random() * HOUR_MS);
    if (at < options.until.getTime() - 60_000) starts.push(new Date(at));
  }
  starts.sort((a, b) => a.getTime() - b.getTime());

  return starts.map((startedAt, index) => {
    const caller = callers[Math.floor(random() * callers.length)] ?? {
      name: "Dana Reyes",
      number: "+14155550123",
    };
    const outcome = pick<HistoryOutcome>(random, [
      ["answered", 74],
      ["transferred", 7],
      ["abandoned", 7],
      ["missed", 6],
      ["voicemail", 4],
      ["failed", 2],
    ]);
    const base = {
      callId: `call_demo_${String(index + 1).padStart(4, "0")}`,
      agentId: DEMO_VOICE.agentId,
      callerNumber: caller.number,
      agentNumber: DEMO_VOICE.agentNumber,
      startedAt,
      platformUrl: options.platformUrl,
    };
    if (outcome === "answered" || outcome === "transferred") {
      const talk = conversation(
        outcome === "transferred" ? "emergency-transfer" : pick(random, ANSWERED),
      );
      const call = demoCall(talk, base);
      // Not every call feels like its script: some sentiments differ.
      const mood = random();
      if (mood < 0.12) call.sentiment = "Neutral";
      else if (mood < 0.16) call.sentiment = "Negative";
      if (talk.books && random() < 0.08) call.successful = false;
      const booking =
        talk.books && call.successful ? historyBooking(random, call, caller, index) : null;
      return {
        call,
        disconnectionReason:
          outcome === "transferred"
            ? "call_transfer"
            : random() < 0.6
              ? "user_hangup"
              : "agent_hangup",
        analyzed: true,
        recorded: true,
        booking,
      };
    }
    const greeting = conversation("hours-question").lines[0] ?? "Hello";
    const short: Record<
      Exclude<HistoryOutcome, "answered" | "transferred">,
      [string, number, string[]]
    > = {
      abandoned: ["user_hangup", 4, [greeting]],
      missed: ["dial_no_answer", 0, []],
      voicemail: [
        "voicemail_reached",
        22,
        [
          "Hi, this is Ava from Bright Smiles Dental, calling to confirm your appointment tomorrow. Please call us back at your convenience.",
        ],
      ],
      failed: ["error_llm_websocket_lost_connection", 2, [greeting]],
    };
    const [reason, seconds, lines] = short[outcome];
    const call: SampleCall = {
      id: base.callId,
      agentId: base.agentId,
      direction: outcome === "voicemail" ? "outbound" : "inbound",
      callerNumber: base.callerNumber,
      agentNumber: base.agentNumber,
      startedAt,
      durationSeconds: seconds,
      lines,
      recordingUrl: `${options.platformUrl}/recordings/none.ogg`,
      summary:
        outcome === "voicemail"
          ? "Reached voicemail; left an appointment reminder."
          : "The caller hung up before saying anything.",
      sentiment: "Neutral",
      successful: false,
      costCents: Math.round(seconds * 0.12 * 100) / 100,
    };
    return {
      call,
      disconnectionReason: reason,
      analyzed: outcome === "voicemail" || outcome === "abandoned",
      recorded: false,
      booking: null,
    };
  });
}

function historyBooking(
  random: () => number,
  call: SampleCall,
  caller: { name: string; number: string },
  index: number,
): HistoryBooking {
  const bookedAt = new Date(call.startedAt.getTime() + call.durationSeconds * 1000 + 20_000);
  const daysAhead = 1 + Math.floor(random() * 9);
  const day = new Date(bookedAt.getTime() + daysAhead * DAY_MS);
  const localMidnight =
    Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) -
    LOCAL_OFFSET_HOURS * HOUR_MS;
  const startsAt = new Date(
    localMidnight + (9 + Math.floor(random() * 8)) * HOUR_MS + (random() < 0.5 ? 0 : 30 * 60_000),
  );
  const booking: SampleBooking = {
    id: `bk_demo_${String(index + 1).padStart(4, "0")}`,
    title: random() < 0.7 ? "Cleaning" : "Check-up",
    startsAt,
    minutes: 45,
    attendeeName: caller.name,
    attendeeEmail: `${caller.name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.com`,
    attendeePhone: caller.number,
    timeZone: DEMO_VOICE.timeZone,
    callId: call.id,
  };
  const roll = random();
  const changeAt = new Date(bookedAt.getTime() + Math.floor(random() * (daysAhead - 0.5) * DAY_MS));
  const change: HistoryBooking["change"] =
    roll < 0.14
      ? {
          kind: "rescheduled",
          at: changeAt,
          newId: `${booking.id}_r`,
          startsAt: new Date(startsAt.getTime() + (1 + Math.floor(random() * 3)) * DAY_MS),
        }
      : roll < 0.24
        ? {
            kind: "cancelled",
            at: changeAt,
            reason: random() < 0.5 ? "Feeling better, will call again." : "Schedule conflict.",
          }
        : null;
  return { booking, bookedAt, change };
}
