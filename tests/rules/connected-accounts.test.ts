import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import {
  type ConnectedAccountDoc,
  type SaveConnectedAccountInput,
  saveConnectedAccountInputSchema,
} from "@portico/domain/connected-accounts";
import { paths } from "@portico/domain/paths";
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

const CONNECTED_AT = new Date("2026-01-06T14:00:00Z");

/**
 * A receiving account as saveConnectedAccount creates it: the input validated and
 * normalised with its kind's rule (the platform and default label come from the kind).
 */
function connectedAccountDoc(input: SaveConnectedAccountInput, createdBy: string): Fields {
  const { accountId: _accountId, ...account } = saveConnectedAccountInputSchema.parse(input);
  return {
    ...account,
    createdAt: CONNECTED_AT,
    createdBy,
    updatedAt: CONNECTED_AT,
  } satisfies ConnectedAccountDoc & { createdBy: string; updatedAt: Date };
}

const mccPath = paths.connectedAccount(AGENCY_ID, "account-mcc");
const metaPath = paths.connectedAccount(AGENCY_ID, "account-meta");
const otherAgencyAccountPath = paths.connectedAccount(OTHER_AGENCY_ID, "account-b-mcc");

const suite = rulesSuite("demo-portico-rules-connected-accounts", {
  seed: {
    // Typed with spaces; stored as 123-456-7890.
    [mccPath]: connectedAccountDoc(
      { kind: "google-ads-manager", label: "Main MCC", value: "123 456 7890" },
      uidOf("owner"),
    ),
    [metaPath]: connectedAccountDoc(
      { kind: "meta-business", value: "1234567890123456" },
      uidOf("admin"),
    ),
    [otherAgencyAccountPath]: connectedAccountDoc(
      { kind: "google-ads-manager", label: "Agency B MCC", value: "987-654-3210" },
      uidOf("otherAgencyOwner"),
    ),
  },
});

/** An account the actor connects themselves; a signed-out visitor has no uid to put there. */
const ownNewAccount = (name: ActorName) =>
  connectedAccountDoc(
    { kind: "google-account", label: "Agency Google", value: "marketing@agency-a.example" },
    name === "signedOut" ? "nobody" : uidOf(name),
  );

suite.describeAccessGrid({
  title: "agencies/{agencyId}/connectedAccounts/{accountId}",
  subject: {
    one: "a connected account",
    new: "a connected account",
    many: "connected accounts",
  },
  docPath: mccPath,
  collectionPath: paths.connectedAccounts(AGENCY_ID),
  createPath: paths.connectedAccount(AGENCY_ID, "account-new"),
  createData: ownNewAccount,
  // Another well-formed customer ID: clients would grant access to that account instead.
  updateData: { value: "555-123-4567" },
  expect: {
    get: ACTIVE_STAFF,
    list: ACTIVE_STAFF,
    create: [],
    update: [],
    delete: [],
  },
});

describe("connected accounts change only through saveConnectedAccount and removeConnectedAccount", () => {
  it("should not allow an admin to point the manager account at another customer ID", async () => {
    await assertFails(suite.db("admin").doc(mccPath).update({ value: "555-123-4567" }));
    expect(await suite.read(mccPath)).toMatchObject({ value: "123-456-7890" });
  });

  // The callable validates the ID with its kind's rule; the rules cannot.
  it("should not allow an owner to store an ID its kind would refuse", async () => {
    await assertFails(suite.db("owner").doc(mccPath).update({ value: "not-an-id" }));
    expect(await suite.read(mccPath)).toMatchObject({ value: "123-456-7890" });
  });

  it("should not allow an owner to connect an account directly, even a valid one", async () => {
    const direct = paths.connectedAccount(AGENCY_ID, "account-direct");
    await assertFails(suite.db("owner").doc(direct).set(ownNewAccount("owner")));
    expect(await suite.read(direct)).toBeUndefined();
  });

  it("should not allow a member to remove a connected account", async () => {
    await assertFails(suite.db("member").doc(metaPath).delete());
    expect(await suite.read(metaPath)).toMatchObject({ kind: "meta-business" });
  });

  it("should not allow a viewer to relabel a connected account", async () => {
    await assertFails(suite.db("viewer").doc(mccPath).update({ label: "Old MCC" }));
    expect(await suite.read(mccPath)).toMatchObject({ label: "Main MCC" });
  });

  it("should not allow staff of another agency to connect their account to this agency", async () => {
    const planted = paths.connectedAccount(AGENCY_ID, "account-planted");
    await assertFails(suite.db("otherAgencyOwner").doc(planted).set(ownNewAccount("owner")));
    expect(await suite.read(planted)).toBeUndefined();
  });
});

describe("reading connected accounts", () => {
  it("should show a viewer the manager account clients grant access to", async () => {
    const account = await assertSucceeds(suite.db("viewer").doc(mccPath).get());
    expect(account.data()).toMatchObject({
      kind: "google-ads-manager",
      platform: "google",
      label: "Main MCC",
      value: "123-456-7890",
      createdBy: uidOf("owner"),
    });
  });

  it("should allow a member to query this agency's accounts of one platform", async () => {
    const google = await assertSucceeds(
      suite
        .db("member")
        .collection(paths.connectedAccounts(AGENCY_ID))
        .where("platform", "==", "google")
        .get(),
    );
    expect(google.docs.map((doc) => doc.id)).toEqual(["account-mcc"]);
  });

  it("should allow staff of another agency to get their own account but not this agency's", async () => {
    const db = suite.db("otherAgencyOwner");
    const own = await assertSucceeds(db.doc(otherAgencyAccountPath).get());
    expect(own.data()).toMatchObject({ value: "987-654-3210" });
    await assertFails(db.doc(mccPath).get());
  });

  it("should not allow an owner of this agency to list another agency's accounts", async () => {
    await assertFails(suite.db("owner").collection(paths.connectedAccounts(OTHER_AGENCY_ID)).get());
  });

  it("should not allow an owner to list accounts across agencies (collection group)", async () => {
    await assertFails(suite.db("owner").collectionGroup("connectedAccounts").get());
  });
});
