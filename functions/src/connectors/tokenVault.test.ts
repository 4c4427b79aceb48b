import { beforeAll, describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./tokenVault";

describe("token vault", () => {
  beforeAll(() => {
    process.env.FUNCTIONS_EMULATOR = "true";
  });

  it("round-trips and never stores the plaintext", () => {
    const sealed = sealSecret("ya29.secret-access-token", "record-1");
    expect(sealed).not.toContain("secret-access-token");
    expect(openSecret(sealed, "record-1")).toBe("ya29.secret-access-token");
  });

  it("uses a fresh IV each time", () => {
    expect(sealSecret("same", "r")).not.toBe(sealSecret("same", "r"));
  });

  it("refuses a ciphertext moved to another record or tampered with", () => {
    const sealed = sealSecret("token", "record-1");
    expect(() => openSecret(sealed, "record-2")).toThrow();
    const parts = sealed.split(".");
    const body = Buffer.from(parts[3] ?? "", "base64url");
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString("base64url");
    expect(() => openSecret(parts.join("."), "record-1")).toThrow();
  });
});
