import { describe, expect, it } from "vitest";
import { addDays, TOKEN_PATTERN, tokenState } from "./tokens";

const now = new Date("2026-11-21T12:00:00Z");
const fresh = { expiresAt: addDays(now, 7), usedAt: null, revokedAt: null };

describe("tokenState", () => {
  it("is valid before expiry when neither used nor revoked", () => {
    expect(tokenState(fresh, now)).toBe("valid");
  });
  it("is expired at the expiry instant", () => {
    expect(tokenState({ ...fresh, expiresAt: now }, now)).toBe("expired");
  });
  it("reports used and revoked before expiry", () => {
    expect(tokenState({ ...fresh, usedAt: now }, now)).toBe("used");
    expect(tokenState({ ...fresh, usedAt: now, revokedAt: now }, now)).toBe("revoked");
  });
});

describe("TOKEN_PATTERN", () => {
  it("accepts 32 bytes of base64url and nothing else", () => {
    const base64url32Bytes = `${"_-Az09".repeat(7)}A`;
    expect(TOKEN_PATTERN.test(base64url32Bytes)).toBe(true);
    expect(TOKEN_PATTERN.test(`${base64url32Bytes}x`)).toBe(false);
    expect(TOKEN_PATTERN.test("a".repeat(42))).toBe(false);
    expect(TOKEN_PATTERN.test(`${"a".repeat(42)}=`)).toBe(false);
  });
});
