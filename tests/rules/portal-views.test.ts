import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import {
  ACTIVE_STAFF,
  AGENCY_ID,
  type Fields,
  PORTAL_CLIENT_ID,
  rulesSuite,
  STAFF_AND_PORTAL,
} from "../support/rules-grid";

// What a client's portal users read: the portal views of their client and its
// invites (kept by functions, with only what the portal shows), never the raw
// client and invite documents, which hold the agency's own data.

const AT = new Date("2026-11-20T09:00:00Z");
const own = PORTAL_CLIENT_ID;

/** A client document with the agency's internal fields a portal user must not see. */
const clientDoc = (name: string): Fields => ({
  name,
  nameLower: name.toLowerCase(),
  company: "",
  email: `${name.toLowerCase()}@client.example`,
  website: "",
  type: "client",
  language: "es",
  timeZone: "Europe/Madrid",
  metadata: { "churn risk": "high" },
  searchTokens: [name.toLowerCase()],
  faviconUrl: null,
  faviconStatus: "none",
  latestInvite: null,
  portal: null,
  createdAt: AT,
  createdBy: "owner-a",
  updatedAt: AT,
});

/** An invite with CC addresses, its creator and the agency's receiving account. */
const inviteDoc = (clientId: string): Fields => ({
  clientId,
  client: { name: "Ana", company: "", email: "", faviconUrl: null, type: "client", language: "es" },
  services: [
    {
      serviceId: "google-ads",
      accessLevel: "standard",
      optional: false,
      connectedAccount: { id: "mcc", kind: "google-ads-manager", label: "MCC", value: "123" },
      status: "pending",
      statusChangedAt: null,
      skipReason: null,
    },
  ],
  intake: { requested: false, status: "not_requested" },
  status: "pending",
  thankYouMessage: "",
  redirectUrl: "",
  cc: ["boss@agency.example"],
  reminders: { count: 0, lastSentAt: null },
  emailDelivery: null,
  createdAt: AT,
  createdBy: { uid: "owner-a", name: "Olga" },
});

const clientView = (name: string): Fields => ({ name, language: "es", timeZone: "Europe/Madrid" });
const inviteView: Fields = {
  status: "pending",
  services: [{ serviceId: "google-ads", status: "pending" }],
  createdAt: AT,
};

const clientPath = paths.client(AGENCY_ID, own);
const invitePath = paths.invite(AGENCY_ID, "invite-1");
const clientViewPath = paths.portalClientView(AGENCY_ID, own);
const inviteViewPath = paths.portalInviteView(AGENCY_ID, own, "invite-1");

const suite = rulesSuite("demo-portico-rules-portal-views", {
  seed: {
    [clientPath]: clientDoc("Ana"),
    [invitePath]: inviteDoc(own),
    [clientViewPath]: clientView("Ana"),
    [inviteViewPath]: inviteView,
  },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}, the raw document of the portal user's client",
  subject: { one: "client-1's client document", new: "a client", many: "clients" },
  docPath: clientPath,
  collectionPath: paths.clients(AGENCY_ID),
  createPath: paths.client(AGENCY_ID, "client-new"),
  createData: clientDoc("Nuevo"),
  updateData: { metadata: {} },
  expect: { get: ACTIVE_STAFF, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/invites/{inviteId}, a raw invite of the portal user's client",
  subject: { one: "client-1's raw invite", new: "an invite for client-1", many: "invites" },
  docPath: invitePath,
  collectionPath: paths.invites(AGENCY_ID),
  createPath: paths.invite(AGENCY_ID, "invite-new"),
  createData: inviteDoc(own),
  updateData: { cc: [] },
  expect: { get: ACTIVE_STAFF, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/portalViews/client",
  subject: {
    one: "client-1's portal view",
    new: "a portal view of client-1",
    many: "client-1's portal views",
  },
  docPath: clientViewPath,
  collectionPath: `${clientPath}/portalViews`,
  createPath: `${clientPath}/portalViews/extra`,
  createData: clientView("Planted"),
  // Renaming the client in the portal without the agency.
  updateData: { name: "Renamed" },
  expect: { get: STAFF_AND_PORTAL, list: STAFF_AND_PORTAL, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/portalInvites/{inviteId}",
  subject: {
    one: "a portal view of client-1's invite",
    new: "a portal view of an invite",
    many: "client-1's invite portal views",
  },
  docPath: inviteViewPath,
  collectionPath: paths.portalInviteViews(AGENCY_ID, own),
  createPath: paths.portalInviteView(AGENCY_ID, own, "invite-new"),
  createData: inviteView,
  // Showing a request as complete that the client never finished.
  updateData: { status: "complete" },
  expect: { get: STAFF_AND_PORTAL, list: STAFF_AND_PORTAL, create: [], update: [], delete: [] },
});

describe("a portal user reads their client through its portal views only", () => {
  const portal = () => suite.db("portal");

  it("should not allow a portal user to query their client's raw invites, even filtered on their client", async () => {
    await assertFails(
      portal().collection(paths.invites(AGENCY_ID)).where("clientId", "==", own).get(),
    );
  });

  it("should give a portal user the client's name, language and time zone, without the agency's notes", async () => {
    const view = await assertSucceeds(portal().doc(clientViewPath).get());
    expect(view.data()).toEqual({ name: "Ana", language: "es", timeZone: "Europe/Madrid" });
  });

  it("should not allow a portal user to read portal views across clients (collection group)", async () => {
    await assertFails(portal().collectionGroup("portalViews").get());
    await assertFails(portal().collectionGroup("portalInvites").get());
  });
});
