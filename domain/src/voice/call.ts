import { z } from "zod";

/**
 * One call of a client's AI agent, whatever platform carried it. Webhooks of
 * Retell, Vapi and Portico's own format are normalized into this shape (see
 * ./retell.ts, ./vapi.ts, ./portico-events.ts) before anything is stored.
 * Times are ISO strings so the shape travels as JSON; storage converts them.
 */
export const CALL_PLATFORMS = ["retell", "vapi", "portico"] as const;
export type CallPlatform = (typeof CALL_PLATFORMS)[number];

/**
 * The short set of outcomes the portal shows and counts. Every platform
 * reason maps to one of them (./outcomes.ts).
 * - answered: the agent talked with the caller
 * - transferred: the agent handed the call to a person or another number
 * - voicemail: an outbound call reached voicemail
 * - missed: nobody picked up (no answer, busy, declined)
 * - abandoned: the caller hung up before the conversation began
 * - failed: the platform, the carrier or the agent broke the call
 */
export const CALL_OUTCOMES = [
  "answered",
  "transferred",
  "voicemail",
  "missed",
  "abandoned",
  "failed",
] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export const CALL_DIRECTIONS = ["inbound", "outbound", "web"] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

export const SENTIMENTS = ["positive", "neutral", "negative", "unknown"] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** How far a platform has got with a call; later stages fill in more. */
export const CALL_STAGES = ["started", "ended", "analyzed"] as const;
export type CallStage = (typeof CALL_STAGES)[number];

export const SPEAKERS = ["agent", "caller", "transfer"] as const;
export type Speaker = (typeof SPEAKERS)[number];

const isoTime = z.iso.datetime({ offset: true });

export const transcriptTurnSchema = z.object({
  speaker: z.enum(SPEAKERS),
  text: z.string(),
  /** Seconds from the start of the recording; null when the platform gives none. */
  start: z.number().nonnegative().nullable(),
  end: z.number().nonnegative().nullable(),
});
export type TranscriptTurn = z.output<typeof transcriptTurnSchema>;

export const recordingSchema = z.object({
  url: z.url(),
  /** Presigned platform URLs stop working; playback refreshes them through the platform. */
  expiresAt: isoTime.nullable(),
});

export const normalizedCallSchema = z.object({
  platform: z.enum(CALL_PLATFORMS),
  platformCallId: z.string().min(1).max(200),
  agentId: z.string().max(200).nullable(),
  stage: z.enum(CALL_STAGES),
  direction: z.enum(CALL_DIRECTIONS),
  callerNumber: z.string().max(64).nullable(),
  callerName: z.string().max(200).nullable(),
  calledNumber: z.string().max(64).nullable(),
  startedAt: isoTime.nullable(),
  endedAt: isoTime.nullable(),
  durationSeconds: z.number().nonnegative().nullable(),
  /** Null while the call is in progress. */
  outcome: z.enum(CALL_OUTCOMES).nullable(),
  /** The platform's own reason, kept for the agency. */
  endedReason: z.string().max(200).nullable(),
  transferTarget: z.string().max(200).nullable(),
  summary: z.string().nullable(),
  sentiment: z.enum(SENTIMENTS).nullable(),
  successful: z.boolean().nullable(),
  transcript: z.array(transcriptTurnSchema),
  structuredData: z.record(z.string(), z.unknown()).nullable(),
  recording: recordingSchema.nullable(),
  /** What the platform charged the agency, in US cents. Agency-only: never in the portal. */
  platformCostCents: z.number().nonnegative().nullable(),
  /** Free-form metadata the agent attached (a booking it made may point back here). */
  metadata: z.record(z.string(), z.unknown()).nullable(),
});
export type NormalizedCall = z.output<typeof normalizedCallSchema>;

const STAGE_RANK: Record<CallStage, number> = { started: 0, ended: 1, analyzed: 2 };

/** Fields only an analysis sets; an "ended" event arriving late must not clear them. */
const ANALYSIS_FIELDS = ["summary", "sentiment", "successful", "structuredData"] as const;

/**
 * Merges two reports of the same call, in whichever order they arrived
 * (Retell's call_analyzed may be processed before call_ended). The later stage
 * wins field by field, but a value is never replaced by nothing, and analysis
 * fields survive a late "ended" report. Merging is idempotent: a replayed
 * report changes nothing.
 */
export function mergeCallReports(stored: NormalizedCall, incoming: NormalizedCall): NormalizedCall {
  const incomingIsLater = STAGE_RANK[incoming.stage] >= STAGE_RANK[stored.stage];
  const [base, over] = incomingIsLater ? [stored, incoming] : [incoming, stored];
  const merged: NormalizedCall = { ...base };
  for (const key of Object.keys(over) as (keyof NormalizedCall)[]) {
    const value = over[key];
    if (value === null) continue;
    if (key === "transcript" && (value as TranscriptTurn[]).length === 0) continue;
    (merged as Record<string, unknown>)[key] = value;
  }
  if (!incomingIsLater) {
    for (const key of ANALYSIS_FIELDS) {
      if (merged[key] === null && incoming[key] !== null) {
        (merged as Record<string, unknown>)[key] = incoming[key];
      }
    }
  }
  merged.stage =
    STAGE_RANK[stored.stage] >= STAGE_RANK[incoming.stage] ? stored.stage : incoming.stage;
  return merged;
}

/** Seconds between two ISO times, or null when either is missing or they are out of order. */
export function secondsBetween(start: string | null, end: string | null): number | null {
  if (!start || !end) return null;
  const seconds = (Date.parse(end) - Date.parse(start)) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds) : null;
}
