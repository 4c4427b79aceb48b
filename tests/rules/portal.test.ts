// One grid over 300 lines: every portal collection against every actor.
import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import { defaultBranding } from "@portico/domain/branding";
import { paths } from "@portico/domain/paths";
import { DEFAULT_GENERAL_SETTINGS } from "@portico/domain/settings";
import { describe, expect, it } from "vitest";
import {
  type ActorFirestore,
  type ActorName,
  AGENCY_ID,
  type Fields,
  OTHER_AGENCY_ID,
  OTHER_PORTAL_CLIENT_ID,
  PORTAL_CLIENT_ID,
  portalMemberDoc,
  rulesSuite,
  STAFF_AND_PORTAL,
  uidOf,
} from "../support/rules-grid";

// A client's portal: its users (portalMembers), the invitations that create
// them (portalInvitations), and what a portal user may read of the agency's
// data: their own client's portal views, intake answers, the branding. The
// portal views' own grids, and the denial of the raw client and invites, are
// in portal-views.test.ts.

const AT = new Date("2026-11-20T09:00:00Z");

const clientDoc = (name: string): Fields => ({
  name,
  nameLower: name.toLowerCase(),
  company: "",
  email: `${name.toLowerCase()}@client.example`,
  website: "",
  type: "client",
  language: "es",
  metadata: {},
  searchTokens: [name.toLowerCase()],
  faviconUrl: null,
  faviconStatus: "none",
  latestInvite: null,
  portal: {
    status: "active",
    expiresAt: null,
    invitedEmail: `${name.toLowerCase()}@client.example`,
    invitedAt: AT,
    activatedAt: AT,
    revokedAt: null,
  },
  createdAt: AT,
  updatedAt: AT,
});

const invitationDoc = (email: string, status = "pending"): Fields => ({
  email,
  status,
  invitedBy: { kind: "portal", uid: "portal-1", name: "portal-1" },
  createdAt: AT,
  expiresAt: new Date("2026-11-27T09:00:00Z"),
  tokenHash: "0".repeat(64),
  emailDelivery: null,
});

const inviteDoc = (clientId: string): Fields => ({
  clientId,
  client: { name: clientId, company: "", email: "", faviconUrl: null, type: "client" },
  services: [],
  intake: { requested: true, status: "pending" },
  status: "pending",
  createdAt: AT,
  updatedAt: AT,
});

const responseDoc = (clientId: string, inviteId: string): Fields => ({
  inviteId,
  clientId,
  questions: [],
  answers: {},
  status: "in_progress",
  updatedAt: AT,
  submittedAt: null,
});

const own = PORTAL_CLIENT_ID;
const other = OTHER_PORTAL_CLIENT_ID;
const ownClientPath = paths.client(AGENCY_ID, own);
const otherClientPath = paths.client(AGENCY_ID, other);
const otherAgencyClientPath = paths.client(OTHER_AGENCY_ID, own);
const ownMemberPath = paths.portalMember(AGENCY_ID, own, uidOf("portal"));
const otherMemberPath = paths.portalMember(AGENCY_ID, other, uidOf("otherPortal"));
const ownInvitationPath = paths.portalInvitation(AGENCY_ID, own, "invitation-1");
const otherInvitationPath = paths.portalInvitation(AGENCY_ID, other, "invitation-2");
const ownInvitePath = paths.invite(AGENCY_ID, "invite-1");
const otherInvitePath = paths.invite(AGENCY_ID, "invite-2");
const ownClientViewPath = paths.portalClientView(AGENCY_ID, own);
const otherClientViewPath = paths.portalClientView(AGENCY_ID, other);
const otherAgencyClientViewPath = paths.portalClientView(OTHER_AGENCY_ID, own);
const ownInviteViewPath = paths.portalInviteView(AGENCY_ID, own, "invite-1");
const otherInviteViewPath = paths.portalInviteView(AGENCY_ID, other, "invite-2");
const ownResponsePath = paths.intakeResponse(AGENCY_ID, own, "invite-1");
const otherResponsePath = paths.intakeResponse(AGENCY_ID, other, "invite-2");
const brandingPath = paths.settings(AGENCY_ID, "branding");

const suite = rulesSuite("demo-portico-rules-portal", {
  seed: {
    [ownClientPath]: clientDoc("Ana"),
    [otherClientPath]: clientDoc("Bruno"),
    // Agency B has a client with the same id: ids are per agency, claims are not enough.
    [otherAgencyClientPath]: clientDoc("Carla"),
    [ownInvitationPath]: invitationDoc("teammate@client.example"),
    [otherInvitationPath]: invitationDoc("someone@other.example"),
    [ownInvitePath]: inviteDoc(own),
    [otherInvitePath]: inviteDoc(other),
    [ownClientViewPath]: { name: "Ana", language: "es" },
    [otherClientViewPath]: { name: "Bruno", language: "es" },
    [otherAgencyClientViewPath]: { name: "Carla", language: "es" },
    [ownInviteViewPath]: { status: "pending", services: [], createdAt: AT },
    [otherInviteViewPath]: { status: "pending", services: [], createdAt: AT },
    [ownResponsePath]: responseDoc(own, "invite-1"),
    [otherResponsePath]: responseDoc(other, "invite-2"),
    [brandingPath]: defaultBranding("Agency A"),
    [paths.settings(AGENCY_ID, "general")]: DEFAULT_GENERAL_SETTINGS,
    [paths.settings(AGENCY_ID, "intakeForm")]: { enabled: false, questions: [] },
    [paths.settings(OTHER_AGENCY_ID, "branding")]: defaultBranding("Agency B"),
    [paths.invitation(AGENCY_ID, "team-invitation-1")]: {
      email: "new@agency-a.example",
      role: "member",
      status: "pending",
    },
    [paths.connectedAccount(AGENCY_ID, "account-1")]: { kind: "google-ads-manager", label: "MCC" },
    [`${paths.activity(AGENCY_ID)}/entry-1`]: { type: "invite_created", clientId: own, at: AT },
    [paths.clientStats(AGENCY_ID)]: { total: 2, prospect: 0, client: 2 },
    [paths.inviteStats(AGENCY_ID)]: { total: 2, pending: 2, in_progress: 0, complete: 0 },
  },
});

/** The revoked portal user's own document; everyone else targets the active user's. */
const ownOrRevoked = (active: string, revoked: string) => (name: ActorName) =>
  name === "revokedPortal" ? revoked : active;

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/portalMembers/{uid}",
  subject: { one: "a portal user", new: "a portal user", many: "the portal users" },
  docPath: ownOrRevoked(ownMemberPath, paths.portalMember(AGENCY_ID, own, uidOf("revokedPortal"))),
  collectionPath: paths.portalMembers(AGENCY_ID, own),
  // Adding a teammate without an invitation (no Auth user, no claims).
  createPath: paths.portalMember(AGENCY_ID, own, "portal-new"),
  createData: portalMemberDoc("portal-new", "active"),
  // A revoked user letting themselves back in; for the others, revoking the user.
  updateData: (name) =>
    name === "revokedPortal" ? { status: "active" } : { status: "revoked", updatedAt: AT },
  expect: { get: STAFF_AND_PORTAL, list: STAFF_AND_PORTAL, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/portalInvitations/{invitationId}",
  subject: {
    one: "a portal invitation",
    new: "a portal invitation",
    many: "the portal invitations",
  },
  docPath: ownInvitationPath,
  collectionPath: paths.portalInvitations(AGENCY_ID, own),
  // An invitation without a token or an email: only sendPortalInvitation issues them.
  createPath: paths.portalInvitation(AGENCY_ID, own, "invitation-new"),
  createData: invitationDoc("friend@attacker.example"),
  // Keeping a link alive past its expiry.
  updateData: { expiresAt: new Date("2030-01-01T00:00:00Z") },
  expect: { get: STAFF_AND_PORTAL, list: STAFF_AND_PORTAL, create: [], update: [], delete: [] },
});

/** Every read a portal user of client-1 makes in the portal, allowed while they are active. */
const eachPortalRead = (db: ActorFirestore): [string, () => Promise<unknown>][] => [
  ["their client's portal view", () => db.doc(ownClientViewPath).get()],
  ["their client's invites", () => db.collection(paths.portalInviteViews(AGENCY_ID, own)).get()],
  ["one of their client's invites", () => db.doc(ownInviteViewPath).get()],
  ["their intake answers", () => db.collection(paths.intakeResponses(AGENCY_ID, own)).get()],
  ["their team", () => db.collection(paths.portalMembers(AGENCY_ID, own)).get()],
  ["their team's invitations", () => db.collection(paths.portalInvitations(AGENCY_ID, own)).get()],
  ["the branding", () => db.doc(brandingPath).get()],
];

describe("a portal user reads their own client's portal data", () => {
  const portal = () => suite.db("portal");

  it("should allow a portal user to read their client, its invites, intake answers, team and the branding", async () => {
    for (const [, read] of eachPortalRead(portal())) await assertSucceeds(read());
    const invites = await portal().collection(paths.portalInviteViews(AGENCY_ID, own)).get();
    expect(invites.docs.map((invite) => invite.id)).toEqual(["invite-1"]);
  });

  it("should not allow a portal user to list clients, even filtered to their own", async () => {
    await assertFails(portal().collection(paths.clients(AGENCY_ID)).get());
    await assertFails(
      portal().collection(paths.clients(AGENCY_ID)).where("name", "==", "Ana").get(),
    );
  });

  it("should not allow a portal user to write their own client, invites or answers", async () => {
    await assertFails(portal().doc(ownClientPath).update({ name: "Renamed" }));
    await assertFails(portal().doc(ownInvitePath).update({ status: "complete" }));
    await assertFails(portal().doc(ownInviteViewPath).update({ status: "complete" }));
    await assertFails(
      portal()
        .doc(ownResponsePath)
        .update({ answers: { goals: "x" } }),
    );
    await assertFails(portal().doc(brandingPath).update({ primaryColor: "#000000" }));
    expect(await suite.read(ownClientPath)).toMatchObject({ name: "Ana" });
  });
});

describe("a portal user never reaches another client's data", () => {
  const portal = () => suite.db("portal");

  it("should not allow a portal user to read another client of the same agency", async () => {
    await assertFails(portal().doc(otherClientPath).get());
    await assertFails(portal().doc(otherClientViewPath).get());
    await assertFails(portal().doc(otherInvitePath).get());
    await assertFails(portal().doc(otherInviteViewPath).get());
    await assertFails(portal().collection(paths.portalInviteViews(AGENCY_ID, other)).get());
    await assertFails(portal().doc(otherResponsePath).get());
    await assertFails(portal().collection(paths.intakeResponses(AGENCY_ID, other)).get());
    await assertFails(portal().doc(otherMemberPath).get());
    await assertFails(portal().collection(paths.portalMembers(AGENCY_ID, other)).get());
    await assertFails(portal().doc(otherInvitationPath).get());
    await assertFails(portal().collection(paths.portalInvitations(AGENCY_ID, other)).get());
  });

  it("should not allow a portal user to read another agency's client with the same id, or its branding", async () => {
    await assertFails(portal().doc(otherAgencyClientViewPath).get());
    await assertFails(portal().doc(paths.settings(OTHER_AGENCY_ID, "branding")).get());
    await assertFails(portal().collection(paths.portalInviteViews(OTHER_AGENCY_ID, own)).get());
  });

  it("should not allow a portal user of another agency to read this agency's client-1", async () => {
    const stranger = "portal-b";
    await suite.seed({
      [paths.portalMember(OTHER_AGENCY_ID, own, stranger)]: portalMemberDoc(stranger, "active"),
    });
    const db = suite.dbAs(stranger, { agencyId: OTHER_AGENCY_ID, clientId: own, role: "portal" });
    await assertSucceeds(db.doc(otherAgencyClientViewPath).get());
    for (const [, read] of eachPortalRead(db)) await assertFails(read());
  });

  it("should not allow claims alone: a portal token without a member document reads nothing", async () => {
    const db = suite.dbAs("portal-forged", {
      agencyId: AGENCY_ID,
      clientId: own,
      role: "portal",
    });
    for (const [, read] of eachPortalRead(db)) await assertFails(read());
  });
});

describe("a portal user never reaches the agency's own collections", () => {
  const portal = () => suite.db("portal");

  it.each<[string, (db: ActorFirestore) => Promise<unknown>]>([
    ["the agency", (db) => db.doc(paths.agency(AGENCY_ID)).get()],
    ["the staff members", (db) => db.collection(paths.members(AGENCY_ID)).get()],
    ["a staff member", (db) => db.doc(paths.member(AGENCY_ID, uidOf("owner"))).get()],
    ["the team invitations", (db) => db.collection(paths.invitations(AGENCY_ID)).get()],
    ["a team invitation", (db) => db.doc(paths.invitation(AGENCY_ID, "team-invitation-1")).get()],
    ["the general settings", (db) => db.doc(paths.settings(AGENCY_ID, "general")).get()],
    ["the intake form settings", (db) => db.doc(paths.settings(AGENCY_ID, "intakeForm")).get()],
    ["the settings collection", (db) => db.collection(`agencies/${AGENCY_ID}/settings`).get()],
    ["the connected accounts", (db) => db.collection(paths.connectedAccounts(AGENCY_ID)).get()],
    ["a connected account", (db) => db.doc(paths.connectedAccount(AGENCY_ID, "account-1")).get()],
    ["the activity feed", (db) => db.collection(paths.activity(AGENCY_ID)).get()],
    [
      "the activity feed filtered to their client",
      (db) => db.collection(paths.activity(AGENCY_ID)).where("clientId", "==", own).get(),
    ],
    ["the client counts", (db) => db.doc(paths.clientStats(AGENCY_ID)).get()],
    ["the invite counts", (db) => db.doc(paths.inviteStats(AGENCY_ID)).get()],
    ["the clients list", (db) => db.collection(paths.clients(AGENCY_ID)).get()],
  ])("should not allow a portal user to read %s", async (_what, read) => {
    await assertFails(read(portal()));
  });

  it("should still allow staff to read the same documents (the denies above are about who asks)", async () => {
    const owner = suite.db("owner");
    await assertSucceeds(owner.collection(paths.members(AGENCY_ID)).get());
    await assertSucceeds(owner.doc(paths.settings(AGENCY_ID, "general")).get());
    await assertSucceeds(owner.collection(paths.activity(AGENCY_ID)).get());
    await assertSucceeds(owner.doc(ownClientPath).get());
  });
});

describe("revoking and removing portal users", () => {
  it("should not allow a portal user anything once their member document says revoked", async () => {
    const portal = suite.db("portal");
    for (const [, read] of eachPortalRead(portal)) await assertSucceeds(read());
    await suite.seed({ [ownMemberPath]: portalMemberDoc(uidOf("portal"), "revoked") });
    for (const [, read] of eachPortalRead(portal)) await assertFails(read());
  });

  it("should not allow a removed portal user anything, while their teammates keep access", async () => {
    await suite.seed({
      [ownMemberPath]: portalMemberDoc(uidOf("portal"), "removed"),
      [paths.portalMember(AGENCY_ID, own, "portal-teammate")]: portalMemberDoc(
        "portal-teammate",
        "active",
      ),
    });
    for (const [, read] of eachPortalRead(suite.db("portal"))) await assertFails(read());
    const teammate = suite.dbAs("portal-teammate", {
      agencyId: AGENCY_ID,
      clientId: own,
      role: "portal",
    });
    for (const [, read] of eachPortalRead(teammate)) await assertSucceeds(read());
  });
});
