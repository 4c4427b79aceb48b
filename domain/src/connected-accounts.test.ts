import { describe, expect, it } from "vitest";
import {
  connectedAccountName,
  inviteAccountIds,
  saveConnectedAccountInputSchema,
  servicesAwaitingAccount,
} from "./connected-accounts";
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

describe("servicesAwaitingAccount", () => {
  const service = (serviceId: string, status: string, accountId: string) => ({
    serviceId,
    status,
    connectedAccount: { id: accountId },
  });

  it("names the pending services whose account is no longer connected", () => {
    const invite = {
      status: "in_progress",
      services: [
        service("google-ads", "pending", "gone"),
        service("google-analytics", "granted", "gone"),
        service("meta-ad-account", "pending", "meta"),
      ],
    };
    expect(
      servicesAwaitingAccount(invite, new Set(["meta"])).map((entry) => entry.serviceId),
    ).toEqual(["google-ads"]);
    expect(servicesAwaitingAccount(invite, new Set(["meta", "gone"]))).toEqual([]);
  });

  it("leaves a complete invite alone", () => {
    expect(
      servicesAwaitingAccount(
        { status: "complete", services: [service("google-ads", "pending", "gone")] },
        new Set(),
      ),
    ).toEqual([]);
  });
});

describe("inviteAccountIds", () => {
  it("lists each account once, sorted", () => {
    expect(
      inviteAccountIds([
        { connectedAccount: { id: "b" } },
        { connectedAccount: { id: "a" } },
        { connectedAccount: { id: "b" } },
      ]),
    ).toEqual(["a", "b"]);
  });
});
