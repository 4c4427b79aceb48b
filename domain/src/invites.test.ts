import { describe, expect, it } from "vitest";
import {
  addCcInputSchema,
  afterGrantProblems,
  createInviteInputSchema,
  editInviteInputSchema,
  editServiceProblems,
  inviteServiceProblems,
  inviteStatus,
  inviteStatusLabel,
  mergeEditedServices,
  nextReminderAt,
  reminderAllowed,
} from "./invites";
import { fieldErrorsOf } from "./validation";

const ads = {
  serviceId: "google-ads" as const,
  accessLevel: "standard",
  connectedAccountId: "mcc",
  optional: false,
};
const accounts = [{ id: "mcc", kind: "google-ads-manager" }];

describe("createInviteInputSchema", () => {
  it("needs a client and at least one service", () => {
    const result = createInviteInputSchema.safeParse({ clientId: "", services: [] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrorsOf(result.error)).toEqual({
        clientId: "Choose or create a client first.",
        services: "Choose at least one service.",
      });
    }
  });

  it("refuses unknown services, duplicates and a redirect that is not http(s)", () => {
    const result = createInviteInputSchema.safeParse({
      clientId: "c1",
      services: [ads, { ...ads, serviceId: "myspace" }, ads],
      redirectUrl: "javascript:alert(1)",
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrorsOf(result.error)).toEqual({
        "services.1.serviceId": "Choose a service from the catalogue.",
        "services.2.serviceId": "This service is already on the invite.",
        redirectUrl: "Use a web address starting with https:// or http://.",
      });
    }
  });

  it("sends the email notification by default", () => {
    expect(createInviteInputSchema.parse({ clientId: "c1", services: [ads] }).sendEmail).toBe(true);
  });
});

describe("inviteServiceProblems", () => {
  it("accepts a valid request", () => {
    expect(inviteServiceProblems([ads], "client", accounts)).toEqual({});
  });

  it("limits prospects to read-only levels where the platform has them", () => {
    expect(inviteServiceProblems([ads], "prospect", accounts)).toEqual({
      "services.0.accessLevel": "Prospects can only be asked for read-only access to Google Ads.",
    });
    expect(
      inviteServiceProblems([{ ...ads, accessLevel: "read-only" }], "prospect", accounts),
    ).toEqual({});
  });

  it("says which service has no connected account", () => {
    expect(inviteServiceProblems([ads], "client", [])).toEqual({
      "services.0.connectedAccountId":
        "Connect an agency account for Google Ads first (Settings → Connected accounts).",
    });
    expect(
      inviteServiceProblems([{ ...ads, connectedAccountId: "meta" }], "client", [
        ...accounts,
        { id: "meta", kind: "meta-business" },
      ]),
    ).toEqual({
      "services.0.connectedAccountId": "Choose one of your Google Ads accounts.",
    });
  });
});

describe("inviteStatus", () => {
  const svc = (status: "pending" | "granted" | "skipped", optional = false) => ({
    status,
    optional,
  });
  it.each([
    [[svc("pending")], "not_requested", "pending"],
    [[svc("granted"), svc("pending")], "not_requested", "in_progress"],
    [[svc("granted"), svc("skipped", true)], "not_requested", "complete"],
    [[svc("granted")], "pending", "in_progress"],
    [[svc("granted")], "done", "complete"],
    [[svc("skipped")], "done", "in_progress"],
    [[svc("pending")], "done", "in_progress"],
  ] as const)("%j with intake %s is %s", (services, intake, status) => {
    expect(inviteStatus({ services: [...services], intake: { status: intake } })).toBe(status);
  });
});

describe("reminder cooldown", () => {
  const sent = new Date("2026-11-21T10:00:00Z");
  it("allows the first reminder and the next one after the cooldown", () => {
    expect(reminderAllowed(sent, null, 24)).toBe(true);
    expect(nextReminderAt(sent, 24)?.toISOString()).toBe("2026-11-22T10:00:00.000Z");
    expect(reminderAllowed(new Date("2026-11-22T09:59:59Z"), sent, 24)).toBe(false);
    expect(reminderAllowed(new Date("2026-11-22T10:00:00Z"), sent, 24)).toBe(true);
  });
});

describe("editing an invite", () => {
  it("refuses a new thank-you message or redirect", () => {
    const result = editInviteInputSchema.safeParse({
      inviteId: "i1",
      services: [ads],
      thankYouMessage: "Hi",
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(Object.values(fieldErrorsOf(result.error))).toEqual([
        "The thank-you message and redirect are set when the invite is created and cannot be changed.",
      ]);
    }
  });

  it("keeps unchanged services and sends changed or new ones back to pending", () => {
    const granted = { ...ads, status: "granted" as const };
    const skipped = {
      ...ads,
      serviceId: "google-tag-manager" as const,
      accessLevel: "read",
      status: "skipped" as const,
    };
    const merged = mergeEditedServices(
      [granted, skipped],
      [
        { ...ads, accessLevel: "admin" },
        { ...skipped },
        { ...ads, serviceId: "google-analytics-4", accessLevel: "viewer" },
      ],
    );
    expect(merged.map((service) => [service.serviceId, service.status, service.changed])).toEqual([
      ["google-ads", "pending", true],
      ["google-tag-manager", "skipped", false],
      ["google-analytics-4", "pending", true],
    ]);
  });
});

describe("inviteStatusLabel", () => {
  it("says a stored status in words, never the raw value", () => {
    expect(inviteStatusLabel("in_progress")).toBe("In progress");
    expect(inviteStatusLabel("pending")).toBe("Pending");
    expect(inviteStatusLabel("complete")).toBe("Complete");
  });
});

describe("afterGrantProblems", () => {
  it("refuses a thank you message or redirect chosen but left empty, beside its field", () => {
    expect(afterGrantProblems("message", { thankYouMessage: "  " })).toEqual({
      thankYouMessage: "Write the thank you message, or choose the standard thank you page.",
    });
    expect(afterGrantProblems("redirect", { redirectUrl: "" })).toEqual({
      redirectUrl: "Enter the address to send the client to, or choose the standard page.",
    });
  });

  it("accepts the standard page, and a choice with its content", () => {
    expect(afterGrantProblems("standard", {})).toEqual({});
    expect(afterGrantProblems("message", { thankYouMessage: "Thanks!" })).toEqual({});
    expect(afterGrantProblems("redirect", { redirectUrl: "https://agency.example" })).toEqual({});
  });
});

describe("addCcInputSchema", () => {
  it("asks for the CC's address, not the user's own", () => {
    const result = addCcInputSchema.safeParse({ inviteId: "inv1", email: " " });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrorsOf(result.error)).toEqual({
        email: "Enter the email address of the person to add in CC.",
      });
    }
  });
});

describe("editServiceProblems", () => {
  const removed = { ...ads, connectedAccountId: "removed" };

  it("lets a granted service keep an account that was removed since", () => {
    expect(
      editServiceProblems([removed], "client", accounts, [{ ...removed, status: "granted" }]),
    ).toEqual({});
  });

  it("asks for another account when the service still waits for the client, or is changed", () => {
    const message = "Choose one of your Google Ads accounts.";
    expect(
      editServiceProblems([removed], "client", accounts, [{ ...removed, status: "pending" }]),
    ).toEqual({ "services.0.connectedAccountId": message });
    expect(
      editServiceProblems([{ ...removed, accessLevel: "admin" }], "client", accounts, [
        { ...removed, status: "granted" },
      ]),
    ).toEqual({ "services.0.connectedAccountId": message });
  });
});
