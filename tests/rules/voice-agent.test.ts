import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import {
  ACTIVE_STAFF,
  AGENCY_ID,
  type Fields,
  OTHER_PORTAL_CLIENT_ID,
  PORTAL_CLIENT_ID,
  rulesSuite,
  STAFF_AND_PORTAL,
} from "../support/rules-grid";

// The client's AI agent: its calls and bookings are read by the client's
// portal users and the agency's staff; what the platform cost, the
// connections and their delivery logs by staff only; where a webhook URL leads
// and its sealed secrets by no one but functions. Only functions write any of it.

const AT = new Date("2026-11-20T15:04:00Z");
const own = PORTAL_CLIENT_ID;

const callDoc = (summary: string): Fields => ({
  platform: "retell",
  platformCallId: "call_8f2a",
  agentId: "agent_7c1",
  stage: "analyzed",
  direction: "inbound",
  callerNumber: "+14155550123",
  callerName: null,
  calledNumber: "+14155550199",
  startedAt: AT.toISOString(),
  endedAt: AT.toISOString(),
  durationSeconds: 95,
  outcome: "answered",
  endedReason: "user_hangup",
  transferTarget: null,
  summary,
  sentiment: "positive",
  successful: true,
  transcript: [{ speaker: "agent", text: "Hello", start: 0, end: 1 }],
  structuredData: null,
  hasRecording: true,
  connectionId: "connection-1",
  bookingId: null,
  sortAt: AT,
  receivedAt: AT,
  updatedAt: AT,
});

const bookingDoc = (status: string): Fields => ({
  platform: "calcom",
  platformBookingId: "bk_1",
  status,
  title: "Cleaning",
  startsAt: AT,
  endsAt: AT,
  timeZone: "America/Los_Angeles",
  attendeeName: "Dana",
  attendeeEmail: "dana@example.com",
  attendeePhone: "+14155550123",
  location: null,
  cancellationReason: null,
  rescheduledFrom: null,
  rescheduledTo: null,
  platformCallId: null,
  connectionId: "connection-2",
  callId: null,
  history: [{ status, at: AT, startsAt: AT }],
  lastChangedAt: AT,
  receivedAt: AT,
  updatedAt: AT,
});

const connectionDoc = (status: string): Fields => ({
  platform: "retell",
  label: "Front desk",
  status,
  agentIds: [],
  secretHint: "0001",
  secretSetAt: AT,
  createdAt: AT,
  createdBy: { uid: "owner-a", name: "Olga" },
  lastEventAt: null,
  lastEventType: null,
  lastRefusalAt: null,
});

const deliveryDoc: Fields = {
  at: AT,
  event: "call_ended",
  result: "stored",
  status: 200,
  reason: null,
  subjectId: "c1",
  deleteAt: AT,
};

const callPath = paths.call(AGENCY_ID, own, "call-1");
const bookingPath = paths.booking(AGENCY_ID, own, "booking-1");
const costPath = paths.callCost(AGENCY_ID, own, "call-1");
const recordingPath = paths.callRecording(AGENCY_ID, own, "call-1");
const connectionPath = paths.agentConnection(AGENCY_ID, own, "connection-1");
const deliveryPath = `${paths.connectionDeliveries(AGENCY_ID, own, "connection-1")}/delivery-1`;
const endpointPath = paths.webhookEndpoint("connection-1");
const otherClientCallPath = paths.call(AGENCY_ID, OTHER_PORTAL_CLIENT_ID, "call-9");

const suite = rulesSuite("demo-portico-rules-voice-agent", {
  seed: {
    [callPath]: callDoc("Booked a cleaning"),
    [bookingPath]: bookingDoc("booked"),
    [costPath]: { platformCostCents: 31, updatedAt: AT },
    [recordingPath]: {
      url: "https://recordings.example.com/call-1.wav",
      expiresAt: null,
      updatedAt: AT,
    },
    [connectionPath]: connectionDoc("active"),
    [deliveryPath]: deliveryDoc,
    [endpointPath]: {
      agencyId: AGENCY_ID,
      clientId: own,
      platform: "retell",
      status: "active",
      agentIds: [],
      secrets: [{ sealed: "v1.x.y.z", expiresAt: null }],
    },
    [otherClientCallPath]: callDoc("Another client's call"),
  },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/calls/{callId}",
  subject: { one: "a call of client-1's agent", new: "a call", many: "client-1's calls" },
  docPath: callPath,
  collectionPath: paths.calls(AGENCY_ID, own),
  createPath: paths.call(AGENCY_ID, own, "call-new"),
  createData: callDoc("Planted call"),
  // Rewriting what the agent did.
  updateData: { outcome: "missed" },
  expect: { get: STAFF_AND_PORTAL, list: STAFF_AND_PORTAL, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/bookings/{bookingId}",
  subject: { one: "a booking of client-1", new: "a booking", many: "client-1's bookings" },
  docPath: bookingPath,
  collectionPath: paths.bookings(AGENCY_ID, own),
  createPath: paths.booking(AGENCY_ID, own, "booking-new"),
  createData: bookingDoc("booked"),
  updateData: { status: "cancelled" },
  expect: { get: STAFF_AND_PORTAL, list: STAFF_AND_PORTAL, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/callCosts/{callId}",
  subject: {
    one: "what a call cost the agency",
    new: "a call's cost",
    many: "client-1's call costs",
  },
  docPath: costPath,
  collectionPath: `${paths.client(AGENCY_ID, own)}/callCosts`,
  createPath: paths.callCost(AGENCY_ID, own, "call-new"),
  createData: { platformCostCents: 1, updatedAt: AT },
  updateData: { platformCostCents: 0 },
  expect: { get: ACTIVE_STAFF, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/callRecordings/{callId}",
  subject: {
    one: "the platform's recording URL of a call",
    new: "a call's recording URL",
    many: "client-1's recording URLs",
  },
  docPath: recordingPath,
  collectionPath: `${paths.client(AGENCY_ID, own)}/callRecordings`,
  createPath: paths.callRecording(AGENCY_ID, own, "call-new"),
  createData: { url: "https://recordings.example.com/new.wav", expiresAt: null, updatedAt: AT },
  updateData: { url: "https://attacker.example.com/x.wav" },
  // Browsers play through callRecording; the URL itself may play for anyone holding it.
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/agentConnections/{connectionId}",
  subject: {
    one: "client-1's agent connection",
    new: "an agent connection",
    many: "client-1's agent connections",
  },
  docPath: connectionPath,
  collectionPath: paths.agentConnections(AGENCY_ID, own),
  createPath: paths.agentConnection(AGENCY_ID, own, "connection-new"),
  createData: connectionDoc("active"),
  // Turning a connection back on without the callable.
  updateData: { status: "disabled" },
  expect: { get: ACTIVE_STAFF, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title:
    "agencies/{agencyId}/clients/{clientId}/agentConnections/{connectionId}/deliveries/{deliveryId}",
  subject: {
    one: "a delivery log entry",
    new: "a delivery log entry",
    many: "a connection's delivery log",
  },
  docPath: deliveryPath,
  collectionPath: paths.connectionDeliveries(AGENCY_ID, own, "connection-1"),
  createPath: `${paths.connectionDeliveries(AGENCY_ID, own, "connection-1")}/delivery-new`,
  createData: deliveryDoc,
  // Hiding a refusal from the agency.
  updateData: { result: "stored" },
  expect: { get: ACTIVE_STAFF, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "webhookEndpoints/{connectionId}",
  subject: { one: "a webhook endpoint", new: "a webhook endpoint", many: "webhook endpoints" },
  docPath: endpointPath,
  collectionPath: "webhookEndpoints",
  createPath: paths.webhookEndpoint("connection-new"),
  createData: {
    agencyId: AGENCY_ID,
    clientId: own,
    platform: "vapi",
    status: "active",
    agentIds: [],
    secrets: [],
  },
  // Pointing a URL at another client, or swapping in a known secret.
  updateData: { clientId: OTHER_PORTAL_CLIENT_ID },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

describe("a portal user sees their own client's agent only", () => {
  const portal = () => suite.db("portal");

  it("should give a portal user their client's call with its summary and transcript", async () => {
    const call = await assertSucceeds(portal().doc(callPath).get());
    expect(call.get("summary")).toBe("Booked a cleaning");
    expect(call.data()).not.toHaveProperty("platformCostCents");
  });

  it("should not allow a portal user to read another client's calls, directly or across clients", async () => {
    await assertFails(portal().doc(otherClientCallPath).get());
    await assertFails(portal().collection(paths.calls(AGENCY_ID, OTHER_PORTAL_CLIENT_ID)).get());
    await assertFails(portal().collectionGroup("calls").get());
    await assertFails(portal().collectionGroup("bookings").get());
  });

  it("should not allow a portal user to read what the calls cost", async () => {
    await assertFails(portal().doc(costPath).get());
  });
});
