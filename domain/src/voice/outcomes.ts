import type { CallOutcome } from "./call";

/**
 * Retell's `disconnection_reason`, every value of its API (late 2026). A value
 * Retell adds later falls back by what happened on the call (see
 * `fallbackOutcome`), and the raw reason is still kept on the call.
 */
const RETELL_OUTCOMES = {
  user_hangup: "answered",
  agent_hangup: "answered",
  inactivity: "answered",
  max_duration_reached: "answered",
  manual_stopped: "answered",
  transfer_cancelled: "answered",
  call_transfer: "transferred",
  transfer_bridged: "transferred",
  call_take_over: "transferred",
  voicemail_reached: "voicemail",
  ivr_reached: "missed",
  dial_busy: "missed",
  dial_no_answer: "missed",
  user_declined: "missed",
  registered_call_timeout: "abandoned",
  concurrency_limit_reached: "failed",
  no_concurrency_fallback: "failed",
  no_valid_payment: "failed",
  scam_detected: "failed",
  dial_failed: "failed",
  invalid_destination: "failed",
  telephony_provider_permission_denied: "failed",
  telephony_provider_unavailable: "failed",
  sip_routing_error: "failed",
  marked_as_spam: "failed",
  error_llm_websocket_open: "failed",
  error_llm_websocket_lost_connection: "failed",
  error_llm_websocket_runtime: "failed",
  error_llm_websocket_corrupt_payload: "failed",
  error_no_audio_received: "failed",
  error_asr: "failed",
  error_retell: "failed",
  error_unknown: "failed",
  error_user_not_joined: "failed",
} as const satisfies Record<string, CallOutcome>;
export type RetellDisconnectionReason = keyof typeof RETELL_OUTCOMES;
export const RETELL_DISCONNECTION_REASONS = Object.keys(
  RETELL_OUTCOMES,
) as RetellDisconnectionReason[];

/** Vapi reasons named one by one; the ~550 error reasons follow the patterns below. */
const VAPI_EXACT_OUTCOMES: Record<string, CallOutcome> = {
  "customer-ended-call": "answered",
  "customer-ended-call-before-warm-transfer": "answered",
  "customer-ended-call-after-warm-transfer-attempt": "answered",
  "assistant-ended-call": "answered",
  "assistant-said-end-call-phrase": "answered",
  "assistant-ended-call-with-hangup-task": "answered",
  "assistant-ended-call-after-message-spoken": "answered",
  "exceeded-max-duration": "answered",
  "silence-timed-out": "answered",
  "vonage-completed": "answered",
  "vonage-disconnected": "answered",
  "call.in-progress.twilio-completed-call": "answered",
  "call.in-progress.sip-completed-call": "answered",
  "call.ringing.hook-executed-say": "answered",
  "call.ending.hook-executed-say": "answered",
  "assistant-forwarded-call": "transferred",
  "call.ringing.hook-executed-transfer": "transferred",
  "call.ending.hook-executed-transfer": "transferred",
  "customer-ended-call-during-transfer": "abandoned",
  voicemail: "voicemail",
  "customer-did-not-answer": "missed",
  "customer-busy": "missed",
  "call.forwarding.operator-busy": "missed",
  "call.ringing.sip-inbound-caller-hungup-before-call-connect": "abandoned",
  "manually-canceled": "abandoned",
  "scheduled-call-deleted": "abandoned",
  "call-deleted": "abandoned",
};

/**
 * Families of Vapi reasons, by prefix. A warm transfer that errored after the
 * agent had answered still had a conversation, so it counts as answered.
 */
const VAPI_PATTERN_OUTCOMES: readonly [RegExp, CallOutcome][] = [
  [/^call\.in-progress\.error-warm-transfer-/, "answered"],
  [/^call\.in-progress\.error-/, "failed"],
  [/^call\.start\.error-/, "failed"],
  [/^call\.ringing\.error-/, "failed"],
  [/^call-start-error-/, "failed"],
  [/^pipeline-/, "failed"],
  [/^assistant-request-/, "failed"],
  [/^assistant-not-/, "failed"],
  [/^assistant-join-timed-out$/, "failed"],
  [/^(twilio|vonage)-(failed|rejected|reported)/, "failed"],
  [/^vonage-rejected$/, "failed"],
  [/^phone-call-provider-/, "failed"],
  [/^worker-shutdown$/, "failed"],
  [/^customer-did-not-give-microphone-permission$/, "failed"],
];

/** The outcome a Vapi `endedReason` names, or null for a reason not known here. */
export function vapiReasonOutcome(reason: string): CallOutcome | null {
  const exact = VAPI_EXACT_OUTCOMES[reason];
  if (exact) return exact;
  for (const [pattern, outcome] of VAPI_PATTERN_OUTCOMES) {
    if (pattern.test(reason)) return outcome;
  }
  return null;
}

export function retellReasonOutcome(reason: string): CallOutcome | null {
  return Object.hasOwn(RETELL_OUTCOMES, reason)
    ? RETELL_OUTCOMES[reason as RetellDisconnectionReason]
    : null;
}

/** What the call itself says when its reason is unknown: a conversation, or nothing. */
export interface CallEvidence {
  durationSeconds: number | null;
  callerSpoke: boolean;
}

export function fallbackOutcome(evidence: CallEvidence): CallOutcome {
  if (evidence.callerSpoke) return "answered";
  return (evidence.durationSeconds ?? 0) > 0 ? "abandoned" : "failed";
}

/**
 * An answered inbound call in which the caller never said a word and that
 * lasted under this long is a hang-up before the conversation began.
 */
export const ABANDONED_WITHIN_SECONDS = 10;

/** The one outcome of a call, from the platform's reason and what happened on it. */
export function callOutcome(
  reasonOutcome: CallOutcome | null,
  evidence: CallEvidence & { direction: "inbound" | "outbound" | "web"; voicemail?: boolean },
): CallOutcome {
  if (evidence.voicemail) return "voicemail";
  const outcome = reasonOutcome ?? fallbackOutcome(evidence);
  if (
    outcome === "answered" &&
    evidence.direction === "inbound" &&
    !evidence.callerSpoke &&
    (evidence.durationSeconds ?? 0) < ABANDONED_WITHIN_SECONDS
  ) {
    return "abandoned";
  }
  return outcome;
}
