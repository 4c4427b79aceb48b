import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import {
  ACTIVE_STAFF,
  AGENCY_ID,
  type Fields,
  OTHER_AGENCY_ID,
  rulesSuite,
} from "../support/rules-grid";

const CREATED_AT = new Date("2026-11-01T09:00:00Z");

/** An invite as createInvite writes it. */
const inviteDoc = (clientId: string): Fields => ({
  clientId,
  client: {
    name: "Ana Client",
    company: "",
    email: "ana@client.example",
    faviconUrl: null,
    type: "client",
    language: "es",
  },
  services: [
    {
      serviceId: "google-ads",
      accessLevel: "standard",
      optional: false,
      connectedAccount: {
        id: "mcc",
        kind: "google-ads-manager",
        label: "Main MCC",
        value: "123-456-7890",
      },
      status: "pending",
      statusChangedAt: null,
      skipReason: null,
    },
  ],
  connectedAccountIds: ["mcc"],
  intake: { requested: false, status: "not_requested" },
  status: "pending",
  thankYouMessage: "",
  redirectUrl: "",
  cc: [],
  reminders: { count: 0, lastSentAt: null },
  emailDelivery: null,
  createdAt: CREATED_AT,
  createdBy: { uid: "owner-a", name: "Olga" },
  updatedAt: CREATED_AT,
});
const activityDoc = (inviteId: string): Fields => ({
  type: "invite_created",
  inviteId,
  clientId: "client-1",
  clientName: "Ana Client",
  actor: "Olga",
  at: CREATED_AT,
});

const invitePath = paths.invite(AGENCY_ID, "invite-1");
const otherInvitePath = paths.invite(OTHER_AGENCY_ID, "invite-b");
const activityPath = `${paths.activity(AGENCY_ID)}/entry-1`;

const suite = rulesSuite("demo-portico-rules-invites", {
  seed: {
    [invitePath]: inviteDoc("client-1"),
    [otherInvitePath]: inviteDoc("client-b"),
    [activityPath]: activityDoc("invite-1"),
  },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/invites/{inviteId}",
  subject: { one: "an invite", new: "an invite", many: "invites" },
  docPath: invitePath,
  collectionPath: paths.invites(AGENCY_ID),
  createPath: paths.invite(AGENCY_ID, "invite-new"),
  createData: () => inviteDoc("client-2"),
  // Marking a service granted from the browser would fake the client's consent.
  updateData: { status: "complete" },
  // invite-1 is client-1's, yet its portal user reads only the invite's portal view.
  expect: { get: ACTIVE_STAFF, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/activity/{entryId}",
  subject: { one: "an activity entry", new: "an activity entry", many: "activity entries" },
  docPath: activityPath,
  collectionPath: paths.activity(AGENCY_ID),
  createPath: `${paths.activity(AGENCY_ID)}/entry-new`,
  createData: () => activityDoc("invite-2"),
  updateData: { type: "reminder_sent" },
  expect: { get: ACTIVE_STAFF, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

describe("invites change only through functions", () => {
  it("should not allow a member to reset the reminder cooldown", async () => {
    await assertFails(suite.db("member").doc(invitePath).update({ "reminders.lastSentAt": null }));
    expect(await suite.read(invitePath)).toMatchObject({ reminders: { count: 0 } });
  });

  it("should let a viewer watch this agency's board but not another agency's", async () => {
    await assertSucceeds(
      suite
        .db("viewer")
        .collection(paths.invites(AGENCY_ID))
        .where("status", "==", "pending")
        .get(),
    );
    await assertFails(suite.db("viewer").doc(otherInvitePath).get());
  });

  it("should let an admin find the open invites using an account, never change which accounts they use", async () => {
    const openUsing = (db: ReturnType<typeof suite.db>, agencyId: string) =>
      db
        .collection(paths.invites(agencyId))
        .where("connectedAccountIds", "array-contains", "mcc")
        .where("status", "in", ["pending", "in_progress"])
        .get();
    const found = await assertSucceeds(openUsing(suite.db("admin"), AGENCY_ID));
    expect(found.docs.map((doc) => doc.id)).toEqual(["invite-1"]);
    await assertFails(openUsing(suite.db("admin"), OTHER_AGENCY_ID));
    await assertFails(suite.db("owner").doc(invitePath).update({ connectedAccountIds: [] }));
    expect(await suite.read(invitePath)).toMatchObject({ connectedAccountIds: ["mcc"] });
  });
});
