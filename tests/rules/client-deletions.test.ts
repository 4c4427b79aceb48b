import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import { clientSearchTokens } from "@portico/domain/clients";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import {
  type ActorName,
  AGENCY_ID,
  type Fields,
  OTHER_AGENCY_ID,
  rulesSuite,
  uidOf,
} from "../support/rules-grid";

// Functions alone read and write purge markers (Admin SDK, past the rules):
// deleteClient writes one in the transaction that deletes the client, and
// purgeClient removes it once everything under the client is gone. A marker a
// client SDK could write would start a purge; one it could delete would hide one.

const REQUESTED_AT = new Date("2026-01-09T08:15:00Z");

/** paths has a helper per marker only; list reads the collection. */
const deletionsCollection = (agencyId: string) => `agencies/${agencyId}/clientDeletions`;

/** A purge marker as deleteClient writes it. */
function deletionDoc(clientId: string, name: string, requestedBy: string): Fields {
  return { clientId, name, requestedBy, requestedAt: REQUESTED_AT };
}

/** A client still there: the target of a purge a client SDK should not be able to start. */
const liveClientPath = paths.client(AGENCY_ID, "client-acme");
/** A deleted client whose invites are still being purged. */
const purgingPath = paths.clientDeletion(AGENCY_ID, "client-globex");
const leftoverPath = `${paths.client(AGENCY_ID, "client-globex")}/invites/invite-1`;
const otherAgencyDeletionPath = paths.clientDeletion(OTHER_AGENCY_ID, "client-b-old");

const suite = rulesSuite("demo-portico-rules-client-deletions", {
  seed: {
    [liveClientPath]: {
      name: "Acme Corp",
      nameLower: "acme corp",
      company: "",
      email: "",
      website: "",
      type: "client",
      language: "en",
      metadata: {},
      searchTokens: clientSearchTokens({
        id: "client-acme",
        name: "Acme Corp",
        company: "",
        email: "",
      }),
      faviconUrl: null,
      faviconStatus: "none",
      latestInvite: null,
      portal: null,
      createdAt: REQUESTED_AT,
      createdBy: uidOf("member"),
      updatedAt: REQUESTED_AT,
    },
    [purgingPath]: deletionDoc("client-globex", "Globex", uidOf("admin")),
    [leftoverPath]: { status: "sent", createdAt: REQUESTED_AT },
    [otherAgencyDeletionPath]: deletionDoc("client-b-old", "Old Client", uidOf("otherAgencyOwner")),
  },
});

/** The marker deleteClient would write for the live client, with the actor as requester. */
const markerFor = (name: ActorName) =>
  deletionDoc("client-acme", "Acme Corp", name === "signedOut" ? "nobody" : uidOf(name));

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clientDeletions/{clientId}",
  subject: { one: "a purge marker", new: "a purge marker", many: "purge markers" },
  docPath: purgingPath,
  collectionPath: deletionsCollection(AGENCY_ID),
  createPath: paths.clientDeletion(AGENCY_ID, "client-acme"),
  createData: markerFor,
  // Pinning the purge on someone else.
  updateData: { requestedBy: uidOf("viewer") },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

describe("purge markers belong to deleteClient and purgeClient", () => {
  it("should not allow an owner to start a purge of a client by writing its marker", async () => {
    const marker = paths.clientDeletion(AGENCY_ID, "client-acme");
    await assertFails(suite.db("owner").doc(marker).set(markerFor("owner")));
    expect(await suite.read(marker)).toBeUndefined();
  });

  it("should not allow an owner to cancel a purge by deleting its marker", async () => {
    await assertFails(suite.db("owner").doc(purgingPath).delete());
    expect(await suite.read(purgingPath)).toMatchObject({ clientId: "client-globex" });
  });

  it("should not allow an admin to pin a deletion on another member", async () => {
    await assertFails(
      suite
        .db("admin")
        .doc(purgingPath)
        .update({ requestedBy: uidOf("member") }),
    );
    expect(await suite.read(purgingPath)).toMatchObject({ requestedBy: uidOf("admin") });
  });

  it("should not allow an owner who can read the client to read its marker", async () => {
    const db = suite.db("owner");
    await assertSucceeds(db.doc(liveClientPath).get());
    await assertFails(db.doc(purgingPath).get());
  });

  it("should not allow an owner to query the markers of their own deletions", async () => {
    const query = suite
      .db("owner")
      .collection(deletionsCollection(AGENCY_ID))
      .where("requestedBy", "==", uidOf("owner"));
    await assertFails(query.get());
  });

  it("should not allow an owner to list purge markers across agencies (collection group)", async () => {
    await assertFails(suite.db("owner").collectionGroup("clientDeletions").get());
  });

  it("should not allow staff of another agency to get their own agency's marker", async () => {
    await assertFails(suite.db("otherAgencyOwner").doc(otherAgencyDeletionPath).get());
  });

  // The client document is gone; what is still under it is no one's to read.
  it("should not allow an owner to read what is left under a client being purged", async () => {
    await assertFails(suite.db("owner").doc(leftoverPath).get());
    expect(await suite.read(leftoverPath)).toMatchObject({ status: "sent" });
  });
});
