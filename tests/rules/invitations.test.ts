import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import { paths } from "@portico/domain/paths";
import type { InvitationDoc } from "@portico/domain/team";
import { addDays, TEAM_INVITATION_LIFETIME_DAYS } from "@portico/domain/tokens";
import { describe, expect, it } from "vitest";
import {
  ACTIVE_STAFF,
  type ActorName,
  AGENCY_ID,
  type Fields,
  OTHER_AGENCY_ID,
  rulesSuite,
  uidOf,
} from "../support/rules-grid";

const INVITED_AT = new Date("2026-01-06T10:00:00Z");

/** A pending team invitation as inviteTeammate writes it (tokenHash is kept to revoke on resend). */
function invitationDoc(
  email: string,
  role: InvitationDoc["role"],
  inviter: { uid: string; name: string },
): Fields {
  return {
    email,
    role,
    status: "pending",
    invitedBy: inviter,
    createdAt: INVITED_AT,
    expiresAt: addDays(INVITED_AT, TEAM_INVITATION_LIFETIME_DAYS),
    tokenHash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    emailDelivery: null,
  } satisfies InvitationDoc & { tokenHash: string };
}

const invitationPath = paths.invitation(AGENCY_ID, "invitation-1");
const otherAgencyInvitationPath = paths.invitation(OTHER_AGENCY_ID, "invitation-b");

const suite = rulesSuite("demo-portico-rules-invitations", {
  seed: {
    [invitationPath]: invitationDoc("dana@example.com", "member", {
      uid: uidOf("admin"),
      name: "admin-a",
    }),
    [otherAgencyInvitationPath]: invitationDoc("erin@example.com", "admin", {
      uid: uidOf("otherAgencyOwner"),
      name: "owner-b",
    }),
  },
});

/** The actor inviting someone themselves; a signed-out visitor has no uid to put there. */
const ownInvitation = (name: ActorName) =>
  invitationDoc("new.hire@example.com", "member", {
    uid: name === "signedOut" ? "nobody" : uidOf(name),
    name,
  });

suite.describeAccessGrid({
  title: "agencies/{agencyId}/invitations/{invitationId}",
  subject: { one: "a pending invitation", new: "an invitation", many: "invitations" },
  docPath: invitationPath,
  collectionPath: paths.invitations(AGENCY_ID),
  createPath: paths.invitation(AGENCY_ID, "invitation-new"),
  createData: ownInvitation,
  // Raising a pending invitation to owner: a role admins may not give (canAssignRole).
  updateData: { role: "owner" },
  expect: {
    get: ACTIVE_STAFF,
    list: ACTIVE_STAFF,
    create: [],
    update: [],
    delete: [],
  },
});

describe("invitations change only through functions", () => {
  // A client-written invitation would have no token and no email: inviteTeammate
  // writes all three in one transaction.
  it("should not allow an owner to create an invitation without the function", async () => {
    const created = paths.invitation(AGENCY_ID, "invitation-direct");
    await assertFails(suite.db("owner").doc(created).set(ownInvitation("owner")));
    expect(await suite.read(created)).toBeUndefined();
  });

  it("should not allow an admin to mark an invitation accepted", async () => {
    await assertFails(suite.db("admin").doc(invitationPath).update({ status: "accepted" }));
    expect(await suite.read(invitationPath)).toMatchObject({ status: "pending" });
  });

  it("should not allow an owner to extend an invitation's expiry", async () => {
    const extended = addDays(INVITED_AT, 365);
    await assertFails(suite.db("owner").doc(invitationPath).update({ expiresAt: extended }));
  });

  it("should not allow an owner to cancel an invitation by deleting it", async () => {
    await assertFails(suite.db("owner").doc(invitationPath).delete());
    expect(await suite.read(invitationPath)).toMatchObject({ email: "dana@example.com" });
  });

  it("should not allow a member to point an invitation at another address", async () => {
    await assertFails(
      suite.db("member").doc(invitationPath).update({ email: "attacker@example.com" }),
    );
    expect(await suite.read(invitationPath)).toMatchObject({ email: "dana@example.com" });
  });
});

describe("reading invitations", () => {
  it("should show a viewer who was invited, with which role and by whom", async () => {
    const invitation = await assertSucceeds(suite.db("viewer").doc(invitationPath).get());
    expect(invitation.data()).toMatchObject({
      email: "dana@example.com",
      role: "member",
      status: "pending",
      invitedBy: { uid: uidOf("admin") },
    });
  });

  it("should allow a viewer of this agency to query its pending invitations", async () => {
    const pending = await assertSucceeds(
      suite
        .db("viewer")
        .collection(paths.invitations(AGENCY_ID))
        .where("status", "==", "pending")
        .get(),
    );
    expect(pending.docs.map((doc) => doc.id)).toEqual(["invitation-1"]);
  });

  it("should allow staff of another agency to get their own invitation but not this agency's", async () => {
    const db = suite.db("otherAgencyOwner");
    await assertSucceeds(db.doc(otherAgencyInvitationPath).get());
    await assertFails(db.doc(invitationPath).get());
  });

  it("should not allow an owner of this agency to list another agency's invitations", async () => {
    await assertFails(suite.db("owner").collection(paths.invitations(OTHER_AGENCY_ID)).get());
  });

  it("should not allow an owner to list invitations across agencies (collection group)", async () => {
    await assertFails(suite.db("owner").collectionGroup("invitations").get());
  });

  // An invitee is not staff yet: they join through the link (acceptTeamInvitation),
  // so a signed-in account with the invited address reads nothing here.
  it("should not allow the invited person to get their invitation before joining", async () => {
    const invitee = suite.dbAs("dana", { email: "dana@example.com", email_verified: true });
    await assertFails(invitee.doc(invitationPath).get());
  });
});
