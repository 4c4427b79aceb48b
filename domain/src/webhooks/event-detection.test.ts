import { describe, expect, it } from "vitest";
import type { ClientDoc } from "../clients";
import type { InviteDoc } from "../invites";
import type { BookingDoc, CallDoc } from "../voice/stored";
import { webhookRetryDelaySeconds } from "./deliveries";
import { bookingEvents, callEvents, clientEvents, inviteEvents } from "./event-detection";
import { WEBHOOK_EVENT_DATA_SCHEMAS } from "./event-schemas";
import { type DetectedEvent, eventPayload, type WebhookEventType } from "./events";

/** What detection sends is what the documented schemas (and the samples) say. */
function documented(events: DetectedEvent[]): DetectedEvent[] {
  for (const event of events) {
    const schema = WEBHOOK_EVENT_DATA_SCHEMAS[event.type as WebhookEventType];
    const parsed = schema.safeParse(event.data);
    expect(parsed.error?.issues, event.type).toBeUndefined();
  }
  return events;
}

const T0 = new Date("2026-12-01T10:00:00Z");
const T1 = new Date("2026-12-01T10:05:00Z");

const client: ClientDoc = {
  name: "Juniper & Rowe",
  nameLower: "juniper & rowe",
  company: "Juniper",
  email: "hi@juniper.test",
  website: "juniper.test",
  type: "client",
  language: "en",
  timeZone: "UTC",
  metadata: { crmId: "42" },
  searchTokens: ["jun"],
  faviconUrl: "data:image/png;base64,AAAA",
  faviconStatus: "ready",
  latestInvite: null,
  portal: null,
  createdAt: T0,
  updatedAt: T0,
};

const service = (serviceId: string, status: "pending" | "granted" | "skipped", at = T1) => ({
  serviceId,
  accessLevel: "standard",
  optional: false,
  connectedAccount: { id: "acc1", value: "123-456-7890" },
  status,
  statusChangedAt: status === "pending" ? null : at,
  skipReason: status === "skipped" ? "Not now" : null,
  grantedVia: status === "granted" ? ("client_confirmed" as const) : null,
  grantedAccount: null,
  verifiedAt: null,
  verifiedBy: null,
  tokenAccess: null,
});

const invite = (
  services: ReturnType<typeof service>[],
  status: InviteDoc["status"] = "pending",
  intake: InviteDoc["intake"] = { requested: false, status: "not_requested" },
): InviteDoc => ({
  clientId: "c1",
  client: {
    name: "Juniper",
    company: "",
    email: "hi@juniper.test",
    faviconUrl: null,
    type: "client",
    language: "en",
  },
  services,
  platforms: [],
  connectedAccountIds: ["acc1"],
  intake,
  status,
  thankYouMessage: "",
  redirectUrl: "",
  retainTokens: false,
  cc: ["cc@agency.test"],
  reminders: { count: 0, lastSentAt: null },
  emailDelivery: null,
  createdAt: T0,
  createdBy: { uid: "u1", name: "Olga" },
  updatedAt: T1,
});

describe("webhook events from document changes", () => {
  it("a new client is client.created, with its public fields only", () => {
    const [event, ...rest] = documented(clientEvents("c1", null, client));
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ type: "client.created", resource: "client/c1" });
    expect(event?.data).toMatchObject({
      id: "c1",
      name: "Juniper & Rowe",
      metadata: { crmId: "42" },
    });
    expect(event?.data).not.toHaveProperty("searchTokens");
    expect(event?.data).not.toHaveProperty("faviconUrl");
    // An edit makes nothing; the same change seen twice makes the same key.
    expect(clientEvents("c1", client, { ...client, name: "J&R" })).toEqual([]);
    expect(clientEvents("c1", null, client)[0]?.key).toBe(event?.key);
  });

  it("a portal turning active is portal.activated, once", () => {
    const active = {
      ...client,
      portal: {
        status: "active" as const,
        expiresAt: null,
        invitedEmail: null,
        invitedAt: null,
        activatedAt: T1,
        revokedAt: null,
        cancelledEmail: null,
      },
    };
    expect(documented(clientEvents("c1", client, active)).map((event) => event.type)).toEqual([
      "portal.activated",
    ]);
    expect(clientEvents("c1", active, active)).toEqual([]);
  });

  it("an invite's grants, skips, intake and completion, in the order they happened", () => {
    const before = invite(
      [service("google-ads", "pending"), service("meta-page", "pending")],
      "pending",
      {
        requested: true,
        status: "pending",
      },
    );
    const after = invite(
      [service("google-ads", "granted"), service("meta-page", "skipped")],
      "complete",
      { requested: true, status: "done" },
    );
    const answers = {
      inviteId: "i1",
      clientId: "c1",
      questions: [
        { id: "goals", label: "Goals?", type: "long_text" },
        { id: "budget", label: "Budget", type: "short_text" },
      ],
      answers: { goals: "More leads" },
      status: "submitted" as const,
      updatedAt: T1,
      submittedAt: T1,
    };
    const events = documented(inviteEvents("i1", before, after, answers));
    expect(events.map((event) => event.type)).toEqual([
      "invite.service_granted",
      "invite.service_skipped",
      "intake.completed",
      "invite.completed",
    ]);
    expect(new Set(events.map((event) => event.key)).size).toBe(4);
    // The intake's answers, every question in order, a blank one as null.
    expect(events[2]?.data.answers).toEqual([
      { questionId: "goals", label: "Goals?", type: "long_text", answer: "More leads" },
      { questionId: "budget", label: "Budget", type: "short_text", answer: null },
    ]);
    expect(events.every((event) => event.resource === "invite/i1")).toBe(true);
    // Never the agency's CC addresses, its receiving accounts or token details.
    const body = JSON.stringify(events.map((event) => event.data));
    expect(body).not.toContain("cc@agency.test");
    expect(body).not.toContain("123-456-7890");
    expect(body).not.toContain("tokenAccess");
    expect(inviteEvents("i1", after, after)).toEqual([]);
    expect(documented(inviteEvents("i1", null, before)).map((event) => event.type)).toEqual([
      "invite.created",
    ]);
  });

  it("a call completes once, and never says what the platform charged", () => {
    const call = {
      platform: "retell",
      platformCallId: "call_1",
      agentId: null,
      stage: "ended",
      direction: "inbound",
      callerNumber: "+1415",
      callerName: null,
      calledNumber: null,
      startedAt: T0.toISOString(),
      endedAt: T1.toISOString(),
      durationSeconds: 300,
      outcome: "answered",
      endedReason: null,
      transferTarget: null,
      summary: null,
      sentiment: null,
      successful: null,
      transcript: [],
      structuredData: null,
      hasRecording: false,
      connectionId: "k1",
      bookingId: null,
      booked: false,
      searchTokens: [],
      sortAt: T0,
      receivedAt: T0,
      updatedAt: T1,
    } as CallDoc;
    const started = { ...call, stage: "started" } as CallDoc;
    expect(documented(callEvents("c1", "call1", started, call)).map((event) => event.type)).toEqual(
      ["call.completed"],
    );
    expect(callEvents("c1", "call1", call, { ...call, stage: "analyzed" })).toEqual([]);
    expect(callEvents("c1", "call1", null, started)).toEqual([]);
    expect(JSON.stringify(callEvents("c1", "call1", null, call))).not.toMatch(/cost/i);
  });

  it("a booking is created, then cancelled", () => {
    const booking = {
      platform: "calcom",
      platformBookingId: "b1",
      status: "booked",
      title: "Cleaning",
      startsAt: T1,
      endsAt: null,
      timeZone: null,
      attendeeName: "Dana",
      attendeeEmail: null,
      attendeePhone: null,
      location: null,
      cancellationReason: null,
      rescheduledFrom: null,
      rescheduledTo: null,
      platformCallId: null,
      connectionId: "k2",
      callId: null,
      history: [],
      lastChangedAt: T0,
      receivedAt: T0,
      updatedAt: T0,
    } as BookingDoc;
    const cancelled = { ...booking, status: "cancelled", lastChangedAt: T1 } as BookingDoc;
    expect(documented(bookingEvents("c1", "b1", null, booking)).map((event) => event.type)).toEqual(
      ["booking.created"],
    );
    expect(
      documented(bookingEvents("c1", "b1", booking, cancelled)).map((event) => event.type),
    ).toEqual(["booking.cancelled"]);
  });

  it("the payload is {type, timestamp, data}", () => {
    const [event] = clientEvents("c1", null, client);
    if (!event) throw new Error("no event");
    expect(JSON.parse(eventPayload(event))).toEqual({
      type: "client.created",
      timestamp: T0.toISOString(),
      data: event.data,
    });
  });

  it("retries back off over about a day", () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((attempt) => webhookRetryDelaySeconds(attempt, 30));
    const total = delays.reduce((sum, delay) => sum + delay, 0);
    expect(delays[0]).toBe(30);
    expect(total / 3600).toBeGreaterThan(20);
    expect(total / 3600).toBeLessThan(26);
  });
});
