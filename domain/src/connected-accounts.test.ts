import { describe, expect, it } from "vitest";
import { connectedAccountName, saveConnectedAccountInputSchema } from "./connected-accounts";
import { fieldErrorsOf } from "./validation";

describe("saveConnectedAccountInputSchema", () => {
  it("normalises the ID with its platform's rule and fills the label", () => {
    expect(
      saveConnectedAccountInputSchema.parse({ kind: "google-ads-manager", value: "1234567890" }),
    ).toEqual({
      accountId: null,
      kind: "google-ads-manager",
      platform: "google",
      label: "Google Ads manager account ID",
      value: "123-456-7890",
    });
  });

  it("refuses an ID in the wrong format beside the value field", () => {
    const result = saveConnectedAccountInputSchema.safeParse({
      kind: "google-ads-manager",
      value: "123-45-6789",
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrorsOf(result.error)).toEqual({
        value: "Use a Google Ads customer ID like 123-456-7890.",
      });
    }
  });

  it("refuses an unknown kind", () => {
    const result = saveConnectedAccountInputSchema.safeParse({ kind: "myspace", value: "x" });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(fieldErrorsOf(result.error).kind).toBe("Choose the kind of account.");
  });
});

describe("connectedAccountName", () => {
  it("is the name the agency gave, or none for an account saved without one", () => {
    const unnamed = saveConnectedAccountInputSchema.parse({
      kind: "google-ads-manager",
      value: "1234567890",
    });
    expect(connectedAccountName(unnamed)).toBeNull();
    expect(connectedAccountName({ kind: "google-ads-manager", label: " " })).toBeNull();
    expect(connectedAccountName({ kind: "google-ads-manager", label: "Main MCC" })).toBe(
      "Main MCC",
    );
  });
});
