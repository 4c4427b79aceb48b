import { z } from "zod";
import { type NormalizedCall, type Sentiment, secondsBetween, type TranscriptTurn } from "./call";
import { callOutcome, retellReasonOutcome } from "./outcomes";

/**
 * Retell AI's call webhooks: `{event, call}` for call_started, call_ended and
 * call_analyzed (Retell's API reference and SDK, late 2026). Only what Portico
 * uses is read; unknown fields pass through untouched, as Retell adds fields often.
 */
export const RETELL_CALL_EVENTS = ["call_started", "call_ended", "call_analyzed"] as const;

const wordSchema = z.object({ start: z.number().optional(), end: z.number().optional() }).loose();

const retellCallSchema = z
  .object({
    call_id: z.string().min(1).max(200),
    agent_id: z.string().max(200).optional(),
    call_type: z.string().optional(),
    direction: z.enum(["inbound", "outbound"]).optional(),
    from_number: z.string().max(64).nullish(),
    to_number: z.string().max(64).nullish(),
    start_timestamp: z.number().int().nonnegative().nullish(),
    end_timestamp: z.number().int().nonnegative().nullish(),
    duration_ms: z.number().nonnegative().nullish(),
    transcript_object: z
      .array(
        z
          .object({
            role: z.string(),
            content: z.string(),
            words: z.array(wordSchema).optional(),
          })
          .loose(),
      )
      .nullish(),
    recording_url: z.url().nullish(),
    disconnection_reason: z.string().max(200).nullish(),
    transfer_destination: z.string().max(200).nullish(),
    call_analysis: z
      .object({
        call_summary: z.string().nullish(),
        call_successful: z.boolean().nullish(),
        user_sentiment: z.string().nullish(),
        in_voicemail: z.boolean().nullish(),
        custom_analysis_data: z.record(z.string(), z.unknown()).nullish(),
      })
      .loose()
      .nullish(),
    call_cost: z.object({ combined_cost: z.number().nonnegative() }).loose().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .loose();

export const retellWebhookSchema = z
  .object({
    event: z.string().min(1).max(100),
    call: retellCallSchema,
  })
  .loose();
export type RetellWebhook = z.output<typeof retellWebhookSchema>;

const SENTIMENTS: Record<string, Sentiment> = {
  Positive: "positive",
  Neutral: "neutral",
  Negative: "negative",
  Unknown: "unknown",
};

function iso(ms: number | null | undefined): string | null {
  return typeof ms === "number" ? new Date(ms).toISOString() : null;
}

function turns(call: RetellWebhook["call"]): TranscriptTurn[] {
  return (call.transcript_object ?? []).map((turn) => {
    const words = turn.words ?? [];
    return {
      speaker: turn.role === "agent" ? "agent" : turn.role === "user" ? "caller" : "transfer",
      text: turn.content,
      start: words[0]?.start ?? null,
      end: words[words.length - 1]?.end ?? null,
    };
  });
}

/**
 * The call a Retell event describes, or null for an event Portico does not
 * store (transcript_updated, transfer_*): those are accepted and ignored.
 */
export function normalizeRetellWebhook(body: RetellWebhook): NormalizedCall | null {
  const stage =
    body.event === "call_started"
      ? "started"
      : body.event === "call_ended"
        ? "ended"
        : body.event === "call_analyzed"
          ? "analyzed"
          : null;
  if (!stage) return null;
  const { call } = body;
  const startedAt = iso(call.start_timestamp);
  const endedAt = iso(call.end_timestamp);
  const durationSeconds =
    typeof call.duration_ms === "number"
      ? Math.round(call.duration_ms / 1000)
      : secondsBetween(startedAt, endedAt);
  const transcript = turns(call);
  const analysis = call.call_analysis;
  const direction = call.call_type === "web_call" ? "web" : (call.direction ?? "inbound");
  const ended = stage !== "started";
  const reason = call.disconnection_reason ?? null;
  return {
    platform: "retell",
    platformCallId: call.call_id,
    agentId: call.agent_id ?? null,
    stage,
    direction,
    callerNumber: (direction === "outbound" ? call.to_number : call.from_number) ?? null,
    callerName: null,
    calledNumber: (direction === "outbound" ? call.from_number : call.to_number) ?? null,
    startedAt,
    endedAt,
    durationSeconds: ended ? durationSeconds : null,
    outcome: ended
      ? callOutcome(reason ? retellReasonOutcome(reason) : null, {
          direction,
          durationSeconds,
          callerSpoke: transcript.some((turn) => turn.speaker === "caller"),
          voicemail: analysis?.in_voicemail === true,
        })
      : null,
    endedReason: reason,
    transferTarget: call.transfer_destination ?? null,
    summary: analysis?.call_summary ?? null,
    sentiment: analysis?.user_sentiment ? (SENTIMENTS[analysis.user_sentiment] ?? "unknown") : null,
    successful: analysis?.call_successful ?? null,
    transcript,
    structuredData: analysis?.custom_analysis_data ?? null,
    recording: call.recording_url ? { url: call.recording_url, expiresAt: null } : null,
    platformCostCents: call.call_cost?.combined_cost ?? null,
    metadata: call.metadata ?? null,
  };
}
