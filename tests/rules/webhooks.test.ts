import { paths } from "@portico/domain/paths";
import { AGENCY_ID, type Fields, OTHER_AGENCY_ID, rulesSuite } from "../support/rules-grid";

// Outgoing webhooks: the agency's endpoints and their delivery logs are read by
// its owners and admins (Settings -> Webhooks), never by members, viewers,
// portal users or another agency; the events and the sealed signing secrets by
// nobody but functions. Nobody writes any of it from a browser.

const AT = new Date("2026-11-20T15:04:00Z");
const MANAGERS = ["owner", "admin"] as const;

const endpointDoc = (url: string): Fields => ({
  url,
  description: "CRM",
  events: ["client.created"],
  status: "enabled",
  disabledReason: null,
  disabledAt: null,
  failedEventsInARow: 0,
  secretSetAt: AT,
  previousSecretExpiresAt: null,
  lastDeliveryAt: null,
  lastResponseStatus: null,
  createdAt: AT,
  createdBy: { uid: "owner-a", name: "Olga" },
  updatedAt: AT,
});

const deliveryDoc = (state: string): Fields => ({
  eventId: "evt_0123456789abcdef0123456789abcdef",
  type: "client.created",
  resource: "client/c1",
  occurredAt: AT,
  orderKey: `${AT.toISOString()}#00`,
  payload: "{}",
  state,
  attempts: 1,
  nextAttemptAt: null,
  leaseExpiresAt: null,
  lastAttemptAt: AT,
  responseStatus: 200,
  responseBody: "ok",
  error: null,
  log: [],
  replays: 0,
  createdAt: AT,
  updatedAt: AT,
  deleteAt: null,
});

const EVENT = "evt_0123456789abcdef0123456789abcdef";
const endpointPath = paths.outgoingWebhook(AGENCY_ID, "endpoint1");
const deliveryPath = paths.webhookDelivery(AGENCY_ID, "endpoint1", EVENT);
const eventPath = paths.webhookEvent(AGENCY_ID, EVENT);
const keysPath = paths.webhookSigningKeys(AGENCY_ID, "endpoint1");
const otherAgencyEndpointPath = paths.outgoingWebhook(OTHER_AGENCY_ID, "endpoint9");

const suite = rulesSuite("demo-portico-rules-webhooks", {
  seed: {
    [endpointPath]: endpointDoc("https://crm.example.com/hooks"),
    [deliveryPath]: deliveryDoc("delivered"),
    [eventPath]: { type: "client.created", resource: "client/c1", occurredAt: AT, payload: "{}" },
    [keysPath]: {
      agencyId: AGENCY_ID,
      endpointId: "endpoint1",
      secrets: [{ sealed: "v1.x.y.z", expiresAt: null }],
    },
    [otherAgencyEndpointPath]: endpointDoc("https://other.example.com/hooks"),
  },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/webhooks/{endpointId}",
  subject: {
    one: "a webhook endpoint of the agency",
    new: "a webhook endpoint",
    many: "the agency's webhook endpoints",
  },
  docPath: endpointPath,
  collectionPath: paths.outgoingWebhooks(AGENCY_ID),
  createPath: paths.outgoingWebhook(AGENCY_ID, "endpointNew"),
  createData: endpointDoc("https://attacker.example.com/collect"),
  // Pointing the agency's events somewhere else without the callable's URL check.
  updateData: { url: "https://attacker.example.com/collect" },
  expect: { get: MANAGERS, list: MANAGERS, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/webhooks/{endpointId}/webhookDeliveries/{eventId}",
  subject: {
    one: "a delivery of an agency's webhook",
    new: "a webhook delivery",
    many: "an endpoint's delivery log",
  },
  docPath: deliveryPath,
  collectionPath: paths.webhookDeliveries(AGENCY_ID, "endpoint1"),
  createPath: paths.webhookDelivery(AGENCY_ID, "endpoint1", "evt_ffffffffffffffffffffffffffffffff"),
  createData: deliveryDoc("pending"),
  // Making a failed delivery look delivered, or queueing a replay without the callable.
  updateData: { state: "pending" },
  expect: { get: MANAGERS, list: MANAGERS, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/webhookEvents/{eventId}",
  subject: { one: "a webhook event", new: "a webhook event", many: "the agency's webhook events" },
  docPath: eventPath,
  collectionPath: `${paths.agency(AGENCY_ID)}/webhookEvents`,
  createPath: paths.webhookEvent(AGENCY_ID, "evt_ffffffffffffffffffffffffffffffff"),
  createData: { type: "client.created", resource: "client/c2", occurredAt: AT, payload: "{}" },
  updateData: { payload: '{"forged":true}' },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "webhookSigningKeys/{keyId}",
  subject: {
    one: "an endpoint's sealed signing secrets",
    new: "signing secrets",
    many: "every endpoint's signing secrets",
  },
  docPath: keysPath,
  collectionPath: "webhookSigningKeys",
  createPath: paths.webhookSigningKeys(AGENCY_ID, "endpointNew"),
  createData: { agencyId: AGENCY_ID, endpointId: "endpointNew", secrets: [] },
  updateData: { secrets: [] },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});
