import { describe, expect, it } from "vitest";
import {
  checkCalcomSignature,
  checkCalendlySignature,
  checkRetellSignature,
  checkVapiSignature,
  SIGNATURE_TOLERANCE_MS,
  signAs,
} from "./webhookSignatures";

const body = JSON.stringify({ event: "call_ended", call: { call_id: "call_1" } });
const raw = Buffer.from(body);
const now = Date.parse("2026-11-20T15:00:00Z");
const secret = "key_current";
const previous = "key_previous";

type Check = (
  rawBody: Buffer,
  headers: Record<string, string>,
  secrets: string[],
  at?: number,
) => { ok: boolean };

const timed: [
  string,
  Check,
  (body: string, secret: string, at?: number) => Record<string, string>,
][] = [
  ["Retell", checkRetellSignature, signAs.retell],
  ["Vapi", checkVapiSignature, signAs.vapi],
  ["Calendly", checkCalendlySignature, signAs.calendly],
];

describe.each(timed)("%s signatures", (_name, check, sign) => {
  it("accepts the platform's signature with the current secret or one still in its overlap", () => {
    expect(check(raw, sign(body, secret, now), [secret], now)).toEqual({ ok: true });
    expect(check(raw, sign(body, previous, now), [secret, previous], now)).toEqual({ ok: true });
  });

  it("refuses a wrong secret, a changed body and a missing header", () => {
    expect(check(raw, sign(body, "someone-else", now), [secret], now)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
    expect(check(Buffer.from(`${body} `), sign(body, secret, now), [secret], now)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
    expect(check(raw, {}, [secret], now)).toEqual({ ok: false, reason: "missing-signature" });
  });

  it("refuses a secret whose overlap has ended", () => {
    expect(check(raw, sign(body, previous, now), [secret], now)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
  });

  it("refuses a signature older or newer than the tolerance", () => {
    const old = now - SIGNATURE_TOLERANCE_MS - 1000;
    expect(check(raw, sign(body, secret, old), [secret], now)).toEqual({
      ok: false,
      reason: "stale-timestamp",
    });
    const future = now + SIGNATURE_TOLERANCE_MS + 1000;
    expect(check(raw, sign(body, secret, future), [secret], now)).toEqual({
      ok: false,
      reason: "stale-timestamp",
    });
  });
});

describe("Cal.com signatures", () => {
  it("accepts the hex HMAC of the body, with any current secret", () => {
    expect(checkCalcomSignature(raw, signAs.calcom(body, secret), [secret])).toEqual({ ok: true });
    expect(checkCalcomSignature(raw, signAs.calcom(body, previous), [previous, secret])).toEqual({
      ok: true,
    });
  });

  it("refuses Cal.com's placeholder for a webhook without a secret, and a wrong one", () => {
    expect(
      checkCalcomSignature(raw, { "x-cal-signature-256": "no-secret-provided" }, [secret]),
    ).toEqual({
      ok: false,
      reason: "missing-signature",
    });
    expect(checkCalcomSignature(raw, signAs.calcom(body, "other"), [secret])).toEqual({
      ok: false,
      reason: "bad-signature",
    });
  });
});

describe("header forms", () => {
  it("refuses a digest of the wrong length rather than comparing it", () => {
    const headers = { "x-retell-signature": `v=${now},d=abcd` };
    expect(checkRetellSignature(raw, headers, [secret], now)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
  });

  it("accepts Vapi timestamps in seconds as well as milliseconds", () => {
    const seconds = Math.floor(now / 1000);
    const headers = signAs.vapi(body, secret, seconds);
    expect(checkVapiSignature(raw, headers, [secret], now)).toEqual({ ok: true });
  });
});
