import type { StoredInviteService } from "@portico/domain/invites";
import { describe, expect, it } from "vitest";
import { awaitsVerification, serviceStatusDetail, serviceStatusLabel } from "./service-status-text";

const service = (fields: Partial<StoredInviteService>): StoredInviteService => ({
  serviceId: "google-ads",
  accessLevel: "standard",
  optional: false,
  connectedAccount: { id: "demo-google-ads-manager" },
  status: "pending",
  statusChangedAt: null,
  skipReason: null,
  grantedVia: null,
  grantedAccount: null,
  verifiedAt: null,
  verifiedBy: null,
  tokenAccess: null,
  ...fields,
});

describe("service status words", () => {
  it("should call an unchecked client-confirmed grant 'granted (client confirmed)'", () => {
    const confirmed = service({ status: "granted", grantedVia: "client_confirmed" });
    expect(awaitsVerification(confirmed)).toBe(true);
    expect(serviceStatusLabel(confirmed)).toBe("granted (client confirmed)");
    expect(serviceStatusDetail(confirmed).join(" ")).toContain("Not verified yet");
  });

  it("should call it 'granted' with who verified it once verified", () => {
    const verified = service({
      status: "granted",
      grantedVia: "client_confirmed",
      verifiedAt: new Date("2026-11-21T12:00:00Z"),
      verifiedBy: "Otto Owner",
    });
    expect(awaitsVerification(verified)).toBe(false);
    expect(serviceStatusLabel(verified)).toBe("granted");
    expect(serviceStatusDetail(verified).join(" ")).toContain("Verified by Otto Owner on ");
  });

  it("should name the platform and the client's account of a sign-in grant", () => {
    const signedIn = service({
      status: "granted",
      grantedVia: "connector",
      grantedAccount: { id: "a1", name: "Sandbox Bakery" },
      verifiedAt: new Date(),
    });
    expect(serviceStatusLabel(signedIn)).toBe("granted");
    expect(serviceStatusDetail(signedIn)).toContain("Client's account: Sandbox Bakery");
    expect(serviceStatusDetail(signedIn)[0]).toMatch(/^Granted through Google sign-in/);
  });

  it("should give a skip's reason, or say there was none, and a pending service as not yet done", () => {
    expect(serviceStatusDetail(service({ status: "skipped", skipReason: "No page" }))).toEqual([
      "Skipped by the client: “No page”",
    ]);
    expect(serviceStatusDetail(service({ status: "skipped" }))).toEqual([
      "Skipped by the client (no reason given).",
    ]);
    expect(serviceStatusDetail(service({}))).toEqual(["Not yet done by the client."]);
  });
});
