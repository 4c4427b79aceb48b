import { describe, expect, it } from "vitest";
import {
  checkCalcomSignature,
  checkCalendlySignature,
  checkRetellSignature,
  checkStandardSignature,
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

describe("Standard Webhooks signatures (Portico's own format)", () => {
  const whsec = `whsec_${Buffer.from("a-secret-of-at-least-24-bytes!!").toString("base64")}`;
  const other = `whsec_${Buffer.from("another-secret-of-24-bytes-yes").toString("base64")}`;

  it("accepts a signature made the Standard Webhooks way, with any current secret", () => {
    const headers = signAs.portico(body, whsec, "msg_1");
    expect(checkStandardSignature(raw, headers, [whsec])).toEqual({ ok: true });
    expect(checkStandardSignature(raw, headers, [other, whsec])).toEqual({ ok: true });
  });

  it("refuses another secret, a changed id, a missing header and an old timestamp", () => {
    const headers = signAs.portico(body, whsec, "msg_1");
    expect(checkStandardSignature(raw, headers, [other])).toEqual({
      ok: false,
      reason: "bad-signature",
    });
    expect(checkStandardSignature(raw, { ...headers, "webhook-id": "msg_2" }, [whsec])).toEqual({
      ok: false,
      reason: "bad-signature",
    });
    expect(checkStandardSignature(raw, { "webhook-id": "msg_1" }, [whsec])).toEqual({
      ok: false,
      reason: "missing-signature",
    });
    const old = signAs.portico(body, whsec, "msg_1", Date.now() - 10 * 60_000);
    expect(checkStandardSignature(raw, old, [whsec])).toEqual({
      ok: false,
      reason: "stale-timestamp",
    });
  });
});
