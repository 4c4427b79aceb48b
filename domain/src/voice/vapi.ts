import { z } from "zod";
import {
  type CallDirection,
  type NormalizedCall,
  secondsBetween,
  type TranscriptTurn,
} from "./call";
import { callOutcome, vapiReasonOutcome } from "./outcomes";

/**
 * Vapi's server messages, `{message: {type, call, ...}}` (Vapi's server SDKs,
 * late 2026). Portico stores `end-of-call-report` and uses `status-update` for
 * a live "in progress" row; every other type is accepted and ignored.
 */
const isoTime = z.iso.datetime({ offset: true });

const messageSchema = z
  .object({
    role: z.string(),
    message: z.string().optional(),
    time: z.number().optional(),
    endTime: z.number().optional(),
    secondsFromStart: z.number().nonnegative().optional(),
  })
  .loose();

/** Who called (or was called), and the agent's own number: on the message and on its call. */
const customerSchema = z
  .object({ number: z.string().max(64).nullish(), name: z.string().max(200).nullish() })
  .loose()
  .nullish();
const phoneNumberSchema = z
  .object({ number: z.string().max(64).nullish() })
  .loose()
  .nullish();

const vapiCallSchema = z
  .object({
    id: z.string().min(1).max(200),
    type: z.string().optional(),
    assistantId: z.string().max(200).nullish(),
    customer: customerSchema,
    phoneNumber: phoneNumberSchema,
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .loose();

const vapiMessageSchema = z
  .object({
    type: z.string().min(1).max(100),
    call: vapiCallSchema,
    status: z.string().optional(),
    endedReason: z.string().max(200).optional(),
    startedAt: isoTime.nullish(),
    endedAt: isoTime.nullish(),
    cost: z.number().nonnegative().nullish(),
    customer: customerSchema,
    phoneNumber: phoneNumberSchema,
    artifact: z
      .object({
        messages: z.array(messageSchema).nullish(),
        recordingUrl: z.url().nullish(),
        stereoRecordingUrl: z.url().nullish(),
        transfers: z.array(z.unknown()).nullish(),
      })
      .loose()
      .nullish(),
    analysis: z
      .object({
        summary: z.string().nullish(),
        structuredData: z.record(z.string(), z.unknown()).nullish(),
        successEvaluation: z.union([z.string(), z.boolean(), z.number()]).nullish(),
      })
      .loose()
      .nullish(),
    destination: z
      .object({ number: z.string().nullish(), sipUri: z.string().nullish() })
      .loose()
      .nullish(),
  })
  .loose();

export const vapiWebhookSchema = z.object({ message: vapiMessageSchema }).loose();
export type VapiWebhook = z.output<typeof vapiWebhookSchema>;

const DIRECTIONS: Record<string, CallDirection> = {
  inboundPhoneCall: "inbound",
  outboundPhoneCall: "outbound",
  webCall: "web",
};

/** Vapi's success evaluation is whatever rubric the assistant uses; only a yes/no is a success flag. */
function successFlag(value: string | boolean | number | null | undefined): boolean | null {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return null;
}

function turns(messages: z.output<typeof messageSchema>[]): TranscriptTurn[] {
  const spoken: TranscriptTurn[] = [];
  for (const message of messages) {
    const speaker =
      message.role === "user"
        ? "caller"
        : message.role === "bot" || message.role === "assistant"
          ? "agent"
          : null;
    if (!speaker || !message.message) continue;
    const start = message.secondsFromStart ?? null;
    const spokenFor =
      message.time !== undefined && message.endTime !== undefined
        ? Math.max(0, (message.endTime - message.time) / 1000)
        : null;
    spoken.push({
      speaker,
      text: message.message,
      start,
      end: start !== null && spokenFor !== null ? start + spokenFor : null,
    });
  }
  return spoken;
}

/** The call a Vapi server message describes, or null for a type Portico does not store. */
export function normalizeVapiWebhook(body: VapiWebhook): NormalizedCall | null {
  const message = body.message;
  const isReport = message.type === "end-of-call-report";
  const inProgress = message.type === "status-update" && message.status !== "ended";
  if (!isReport && !inProgress) return null;
  const call = message.call;
  const direction = DIRECTIONS[call.type ?? ""] ?? "inbound";
  const customer = message.customer ?? call.customer;
  const ownNumber = (message.phoneNumber ?? call.phoneNumber)?.number ?? null;
  const startedAt = message.startedAt ?? null;
  const endedAt = isReport ? (message.endedAt ?? null) : null;
  const durationSeconds = isReport ? secondsBetween(startedAt, endedAt) : null;
  const transcript = isReport ? turns(message.artifact?.messages ?? []) : [];
  const reason = isReport ? (message.endedReason ?? null) : null;
  const recordingUrl = message.artifact?.recordingUrl ?? message.artifact?.stereoRecordingUrl;
  return {
    platform: "vapi",
    platformCallId: call.id,
    agentId: call.assistantId ?? null,
    stage: isReport ? "analyzed" : "started",
    direction,
    callerNumber: customer?.number ?? null,
    callerName: customer?.name ?? null,
    calledNumber: ownNumber,
    startedAt,
    endedAt,
    durationSeconds,
    outcome: isReport
      ? callOutcome(reason ? vapiReasonOutcome(reason) : null, {
          direction,
          durationSeconds,
          callerSpoke: transcript.some((turn) => turn.speaker === "caller"),
        })
      : null,
    endedReason: reason,
    transferTarget: message.destination?.number ?? message.destination?.sipUri ?? null,
    summary: message.analysis?.summary ?? null,
    sentiment: null,
    successful: successFlag(message.analysis?.successEvaluation),
    transcript,
    structuredData: message.analysis?.structuredData ?? null,
    recording: recordingUrl ? { url: recordingUrl, expiresAt: null } : null,
    platformCostCents: typeof message.cost === "number" ? Math.round(message.cost * 100) : null,
    metadata: call.metadata ?? null,
  };
}
