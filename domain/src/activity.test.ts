import { describe, expect, it } from "vitest";
import { activityText, clientSteps } from "./activity";

const invite = (statuses: string[], intake = "pending") => ({
  services: statuses.map((status, index) => ({
    serviceId: ["google-ads", "meta-ad-account"][index] ?? "x",
    status,
  })),
  intake: { status: intake },
});

describe("activity feed", () => {
  it("words a client's grant with the client and the service's name", () => {
    expect(
      activityText({ type: "service_granted", clientName: "Acme", serviceId: "google-ads" }),
    ).toBe("Acme granted Google Ads");
    expect(activityText({ type: "reminder_sent", clientName: "Acme", actor: "Ivy" })).toBe(
      "Ivy sent Acme a reminder",
    );
  });

  it("finds each service newly granted or skipped, and the intake form once done", () => {
    expect(
      clientSteps(invite(["pending", "pending"]), invite(["granted", "skipped"], "done")),
    ).toEqual([
      { type: "service_granted", serviceId: "google-ads" },
      { type: "service_skipped", serviceId: "meta-ad-account" },
      { type: "intake_done" },
    ]);
  });

  it("finds nothing when nothing the client does changed (an edit back to pending, a repeat)", () => {
    expect(clientSteps(invite(["granted"], "done"), invite(["granted"], "done"))).toEqual([]);
    expect(clientSteps(invite(["granted"]), invite(["pending"]))).toEqual([]);
  });

  it("writes the possessive of a name ending in s the English way", () => {
    expect(activityText({ type: "invite_completed", clientName: "Rowan Rugs" })).toBe(
      "Rowan Rugs' invite is complete",
    );
    expect(activityText({ type: "invite_completed", clientName: "Acme" })).toBe(
      "Acme's invite is complete",
    );
  });
});
