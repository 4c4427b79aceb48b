import { describe, expect, it } from "vitest";
import { CALL_OUTCOMES } from "./call";
import { RETELL_DISCONNECTION_REASONS_DOCUMENTED } from "./fixtures/retell-disconnection-reasons";
import { VAPI_ENDED_REASONS } from "./fixtures/vapi-ended-reasons";
import {
  ABANDONED_WITHIN_SECONDS,
  callOutcome,
  RETELL_DISCONNECTION_REASONS,
  retellReasonOutcome,
  vapiReasonOutcome,
} from "./outcomes";

describe("Retell disconnection reasons", () => {
  const documented = RETELL_DISCONNECTION_REASONS_DOCUMENTED;

  it("maps every reason of Retell's API to an outcome, and knows no other", () => {
    expect(documented).toHaveLength(34);
    for (const reason of documented) {
      expect(CALL_OUTCOMES, reason).toContain(retellReasonOutcome(reason));
    }
    expect([...RETELL_DISCONNECTION_REASONS].sort()).toEqual([...documented].sort());
  });

  it.each([
    ["user_hangup", "answered"],
    ["call_transfer", "transferred"],
    ["transfer_cancelled", "answered"],
    ["voicemail_reached", "voicemail"],
    ["dial_no_answer", "missed"],
    ["dial_busy", "missed"],
    ["registered_call_timeout", "abandoned"],
    ["error_llm_websocket_open", "failed"],
    ["no_valid_payment", "failed"],
  ])("%s is %s", (reason, outcome) => {
    expect(retellReasonOutcome(reason)).toBe(outcome);
  });

  it("gives no outcome for a reason it does not know, nor for inherited keys", () => {
    expect(retellReasonOutcome("something_new")).toBeNull();
    expect(retellReasonOutcome("toString")).toBeNull();
  });
});

describe("Vapi ended reasons", () => {
  const documented = VAPI_ENDED_REASONS;

  it("maps every one of Vapi's ended reasons to an outcome", () => {
    expect(documented.length).toBeGreaterThan(500);
    const unmapped = documented.filter((reason) => vapiReasonOutcome(reason) === null);
    expect(unmapped).toEqual([]);
  });

  it.each([
    ["customer-ended-call", "answered"],
    ["assistant-said-end-call-phrase", "answered"],
    ["silence-timed-out", "answered"],
    ["assistant-forwarded-call", "transferred"],
    ["call.ending.hook-executed-transfer", "transferred"],
    ["voicemail", "voicemail"],
    ["customer-did-not-answer", "missed"],
    ["customer-busy", "missed"],
    ["call.ringing.sip-inbound-caller-hungup-before-call-connect", "abandoned"],
    ["customer-ended-call-during-transfer", "abandoned"],
    ["call.in-progress.error-warm-transfer-max-duration", "answered"],
    ["call.in-progress.error-transfer-failed", "failed"],
    ["pipeline-error-openai-voice-failed", "failed"],
    ["call.start.error-get-assistant", "failed"],
    ["twilio-failed-to-connect-call", "failed"],
  ])("%s is %s", (reason, outcome) => {
    expect(vapiReasonOutcome(reason)).toBe(outcome);
  });

  it("gives no outcome for a reason it does not know", () => {
    expect(vapiReasonOutcome("brand-new-reason")).toBeNull();
  });
});

describe("callOutcome", () => {
  const inbound = { direction: "inbound" as const };

  it("calls an answered inbound call in which the caller never spoke, and that was short, abandoned", () => {
    expect(
      callOutcome("answered", {
        ...inbound,
        durationSeconds: ABANDONED_WITHIN_SECONDS - 1,
        callerSpoke: false,
      }),
    ).toBe("abandoned");
    expect(
      callOutcome("answered", {
        ...inbound,
        durationSeconds: ABANDONED_WITHIN_SECONDS + 5,
        callerSpoke: false,
      }),
    ).toBe("answered");
    expect(callOutcome("answered", { ...inbound, durationSeconds: 3, callerSpoke: true })).toBe(
      "answered",
    );
  });

  it("keeps an outbound call the callee did not speak in as answered (the agent left its message)", () => {
    expect(
      callOutcome("answered", { direction: "outbound", durationSeconds: 4, callerSpoke: false }),
    ).toBe("answered");
  });

  it("says voicemail when the analysis found one, whatever the reason", () => {
    expect(
      callOutcome("answered", {
        ...inbound,
        durationSeconds: 30,
        callerSpoke: true,
        voicemail: true,
      }),
    ).toBe("voicemail");
  });

  it("falls back on what happened when the reason is unknown", () => {
    expect(callOutcome(null, { ...inbound, durationSeconds: 40, callerSpoke: true })).toBe(
      "answered",
    );
    expect(callOutcome(null, { ...inbound, durationSeconds: 0, callerSpoke: false })).toBe(
      "failed",
    );
    expect(callOutcome(null, { ...inbound, durationSeconds: 5, callerSpoke: false })).toBe(
      "abandoned",
    );
  });
});
