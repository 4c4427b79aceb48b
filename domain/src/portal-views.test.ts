import { describe, expect, it } from "vitest";
import type { ClientDoc } from "./clients";
import type { InviteDoc } from "./invites";
import {
  portalClientView,
  portalClientViewSchema,
  portalInviteView,
  portalInviteViewSchema,
} from "./portal-views";

const AT = new Date("2026-11-20T09:00:00Z");

/** A client with everything the agency keeps about it, internal notes included. */
const client: ClientDoc & { createdBy: string } = {
  name: "Maple Dental",
  nameLower: "maple dental",
  company: "Maple Dental Group",
  email: "ana@maple.example",
  website: "https://maple.example/",
  type: "client",
  language: "es",
  timeZone: "America/Mexico_City",
  metadata: { "churn risk": "high", "internal note": "pays late" },
  searchTokens: ["m", "ma", "maple"],
  faviconUrl: null,
  faviconStatus: "none",
  latestInvite: null,
  portal: {
    status: "active",
    expiresAt: null,
    invitedEmail: "ana@maple.example",
    cancelledEmail: null,
    invitedAt: AT,
    activatedAt: AT,
    revokedAt: null,
  },
  createdAt: AT,
  updatedAt: AT,
  createdBy: "owner-uid",
};

/** An invite with the agency's side of it: CC, who created it, the receiving accounts. */
const invite: InviteDoc = {
  clientId: "client-1",
  client: {
    name: "Maple Dental",
    company: "",
    email: "ana@maple.example",
    faviconUrl: null,
    type: "client",
    language: "es",
  },
  services: [
    {
      serviceId: "google-ads",
      accessLevel: "standard",
      optional: false,
      connectedAccount: { id: "mcc", kind: "google-ads-manager", label: "Main MCC", value: "123" },
      status: "granted",
      statusChangedAt: AT,
      skipReason: null,
      grantedVia: "connector",
      grantedAccount: { id: "987", name: "Maple Ads" },
      verifiedAt: AT,
      verifiedBy: "owner-uid",
      tokenAccess: null,
    },
    {
      serviceId: "facebook-page",
      accessLevel: "admin",
      optional: true,
      connectedAccount: { id: "bm", kind: "meta-business", label: "BM", value: "555" },
      status: "skipped",
      statusChangedAt: AT,
      skipReason: "We have no page yet",
      grantedVia: null,
      grantedAccount: null,
      verifiedAt: null,
      verifiedBy: null,
      tokenAccess: null,
    },
  ],
  platforms: ["google", "meta"],
  connectedAccountIds: ["mcc"],
  intake: { requested: true, status: "pending" },
  status: "in_progress",
  thankYouMessage: "Thanks!",
  redirectUrl: "https://agency.example/next",
  retainTokens: true,
  cc: ["boss@agency.example"],
  reminders: { count: 2, lastSentAt: AT },
  emailDelivery: { state: "SUCCESS", attempts: 1, error: null },
  createdAt: AT,
  createdBy: { uid: "owner-uid", name: "Olga Owner" },
};

describe("portalClientView", () => {
  const facts = { hasAgentConnection: true, hasBillingPlan: false };

  it("keeps only the client's name, language, time zone and sections", () => {
    const view = portalClientView(client, facts);
    expect(view).toEqual({
      name: "Maple Dental",
      language: "es",
      timeZone: "America/Mexico_City",
      sections: {
        calls: true,
        bookings: true,
        analytics: true,
        faqs: true,
        agentSettings: true,
        billing: false,
      },
    });
    expect(portalClientViewSchema.parse(view)).toEqual(view);
  });

  it("projects a client stored before time zones existed as UTC", () => {
    const { timeZone: _timeZone, ...older } = client;
    expect(portalClientView(older, facts).timeZone).toBe("UTC");
  });

  it("reads a view written before time zones and sections existed as UTC, with calls and bookings", () => {
    expect(portalClientViewSchema.parse({ name: "Old", language: "en" })).toEqual({
      name: "Old",
      language: "en",
      timeZone: "UTC",
      sections: {
        calls: true,
        bookings: true,
        analytics: false,
        faqs: false,
        agentSettings: false,
        billing: false,
      },
    });
  });

  it("leaves out the agency's notes, search tokens, contact and portal bookkeeping", () => {
    const text = JSON.stringify(portalClientView(client, facts));
    for (const internal of ["churn risk", "pays late", "searchTokens", "owner-uid", "ana@maple"]) {
      expect(text).not.toContain(internal);
    }
  });
});

describe("portalInviteView", () => {
  it("keeps the status, the date asked and each service's status", () => {
    const view = portalInviteView(invite);
    expect(view).toEqual({
      status: "in_progress",
      services: [
        { serviceId: "google-ads", status: "granted" },
        { serviceId: "facebook-page", status: "skipped" },
      ],
      createdAt: AT,
    });
    expect(portalInviteViewSchema.parse(view)).toEqual(view);
  });

  it("leaves out CC addresses, who created it, receiving accounts and reminders", () => {
    const text = JSON.stringify(portalInviteView(invite));
    for (const internal of [
      "boss@agency.example",
      "Olga Owner",
      "owner-uid",
      "Main MCC",
      "123",
      "mcc",
      "reminders",
      "thankYouMessage",
    ]) {
      expect(text).not.toContain(internal);
    }
  });

  it("copies the stored time value as it is (a Firestore Timestamp in functions)", () => {
    const stored = { seconds: 1, nanoseconds: 0 };
    expect(portalInviteView({ ...invite, createdAt: stored }).createdAt).toBe(stored);
  });
});
