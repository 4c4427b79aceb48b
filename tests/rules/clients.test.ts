import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import {
  type ClientDoc,
  type ClientFields,
  clientInputSchema,
  clientRowOf,
  clientSearchTokens,
  normalizeForSearch,
} from "@portico/domain/clients";
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

const CREATED_AT = new Date("2026-01-07T09:30:00Z");

/**
 * A client as createClient stores it: the editable fields, their sort key and
 * search tokens (derivedClientFields), no favicon yet, no invite, no portal.
 */
function clientDoc(clientId: string, fields: ClientFields, createdBy: string): Fields {
  return {
    ...fields,
    timeZone: fields.timeZone ?? "UTC",
    nameLower: normalizeForSearch(fields.name),
    searchTokens: clientSearchTokens({ id: clientId, ...fields }),
    metadata: {},
    faviconUrl: null,
    faviconStatus: fields.website ? "pending" : "none",
    latestInvite: null,
    portal: null,
    createdAt: CREATED_AT,
    createdBy,
    updatedAt: CREATED_AT,
  } satisfies ClientDoc & { createdBy: string };
}

/** The fields updateClient rewrites when a client is renamed (tokens follow the name). */
function renamed(clientId: string, fields: ClientFields, name: string): Fields {
  return {
    name,
    nameLower: normalizeForSearch(name),
    searchTokens: clientSearchTokens({ id: clientId, ...fields, name }),
    updatedAt: new Date("2026-01-08T11:00:00Z"),
  };
}

/** Clients are entered through the shared schema, which normalises email and website. */
const acme = clientInputSchema.parse({
  name: "Acme Corp",
  company: "Acme Holdings",
  email: "Hello@Acme.com",
  website: "acme.com",
  type: "client",
  language: "en",
});

const bright = clientInputSchema.parse({
  name: "Bright Acme Studio",
  company: "",
  email: "",
  website: "",
  type: "prospect",
  language: "nl",
});

const globex = clientInputSchema.parse({
  name: "Globex",
  company: "Globex Corporation",
  email: "ops@globex.example",
  website: "",
  type: "client",
  language: "es",
});

const initech = clientInputSchema.parse({
  name: "Initech",
  company: "Initech LLC",
  email: "bill@initech.example",
  website: "initech.example",
  type: "prospect",
  language: "en",
});

/** Agency B has an Acme of its own, so a leaking search would have something to find. */
const acmeOfAgencyB = clientInputSchema.parse({
  name: "Acme Bakery",
  company: "",
  email: "orders@acmebakery.example",
  website: "",
  type: "client",
  language: "en",
});

const acmePath = paths.client(AGENCY_ID, "client-acme");
const acmeRowPath = paths.clientRow(AGENCY_ID, "client-acme");
const otherAgencyClientPath = paths.client(OTHER_AGENCY_ID, "client-b-acme");
/** A document below a client: no rules cover client subcollections yet. */
const notePath = `${acmePath}/notes/note-1`;

const suite = rulesSuite("demo-portico-rules-clients", {
  seed: {
    [acmePath]: clientDoc("client-acme", acme, uidOf("member")),
    [paths.client(AGENCY_ID, "client-bright")]: clientDoc("client-bright", bright, uidOf("admin")),
    [paths.client(AGENCY_ID, "client-globex")]: clientDoc("client-globex", globex, uidOf("owner")),
    [otherAgencyClientPath]: clientDoc("client-b-acme", acmeOfAgencyB, uidOf("otherAgencyOwner")),
    [acmeRowPath]: clientRowOf(clientDoc("client-acme", acme, uidOf("member"))),
  },
});

/** A client the actor creates themselves; a signed-out visitor has no uid to put there. */
const ownNewClient = (name: ActorName) =>
  clientDoc("client-new", initech, name === "signedOut" ? "nobody" : uidOf(name));

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}",
  subject: { one: "a client", new: "a client", many: "clients" },
  docPath: acmePath,
  collectionPath: paths.clients(AGENCY_ID),
  createPath: paths.client(AGENCY_ID, "client-new"),
  createData: ownNewClient,
  // A rename with matching sort key and tokens: what updateClient itself would write.
  updateData: renamed("client-acme", acme, "Acme Corporation"),
  expect: {
    get: ACTIVE_STAFF,
    list: ACTIVE_STAFF,
    create: [],
    update: [],
    delete: [],
  },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/notes/{noteId} (no rules yet)",
  subject: { one: "a note on a client", new: "a note on a client", many: "a client's notes" },
  docPath: notePath,
  collectionPath: `${acmePath}/notes`,
  createPath: `${acmePath}/notes/note-new`,
  createData: (name) => ({
    text: "Prefers calls on Tuesdays.",
    createdBy: name === "signedOut" ? "nobody" : uidOf(name),
    createdAt: CREATED_AT,
  }),
  updateData: { text: "Prefers email." },
  seed: {
    [notePath]: { text: "Renewal in March.", createdBy: uidOf("member"), createdAt: CREATED_AT },
  },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

// The list's rows: written only by syncClientRow, read by the agency's staff.
suite.describeAccessGrid({
  title: "agencies/{agencyId}/clientRows/{clientId}",
  subject: { one: "a client's row", new: "a client's row", many: "the clients list's rows" },
  docPath: acmeRowPath,
  collectionPath: paths.clientRows(AGENCY_ID),
  createPath: paths.clientRow(AGENCY_ID, "client-new"),
  createData: (name) => clientRowOf(ownNewClient(name)),
  updateData: { name: "Acme Corporation", nameLower: "acme corporation" },
  expect: {
    get: ACTIVE_STAFF,
    list: ACTIVE_STAFF,
    create: [],
    update: [],
    delete: [],
  },
});

describe("the clients list's rows", () => {
  it("should show a viewer a row without the client's search tokens or notes", async () => {
    const row = await assertSucceeds(suite.db("viewer").doc(acmeRowPath).get());
    expect(row.data()).toMatchObject({ name: "Acme Corp", email: "hello@acme.com" });
    expect(row.data()).not.toHaveProperty("searchTokens");
    expect(row.data()).not.toHaveProperty("metadata");
  });

  it("should not allow an owner to list rows across agencies (collection group)", async () => {
    await assertFails(suite.db("owner").collectionGroup("clientRows").get());
  });
});

describe("clients change only through createClient, updateClient and deleteClient", () => {
  it("should not allow a viewer to change a client's name", async () => {
    const rename = renamed("client-acme", acme, "Viewer's Client");
    await assertFails(suite.db("viewer").doc(acmePath).update(rename));
    expect(await suite.read(acmePath)).toMatchObject({ name: "Acme Corp", nameLower: "acme corp" });
  });

  // Tokens are derived from the name, company and email; a stray token would
  // make the client show up in searches for something it is not.
  it("should not allow a member to write searchTokens directly", async () => {
    const stored = (await suite.read(acmePath))?.searchTokens;
    await assertFails(
      suite
        .db("member")
        .doc(acmePath)
        .update({
          searchTokens: [...clientSearchTokens({ id: "client-acme", ...acme }), "globex"],
        }),
    );
    expect((await suite.read(acmePath))?.searchTokens).toEqual(stored);
    expect(stored).not.toContain("globex");
  });

  // createClient refuses a second client with the same email; a direct write would not.
  it("should not allow an admin to create a client with another client's email", async () => {
    const duplicate = paths.client(AGENCY_ID, "client-duplicate");
    const data = clientDoc("client-duplicate", { ...bright, email: acme.email }, uidOf("admin"));
    await assertFails(suite.db("admin").doc(duplicate).set(data));
    expect(await suite.read(duplicate)).toBeUndefined();
  });

  it("should not allow a member to mark a client's portal active", async () => {
    const portal = { status: "active", expiresAt: null };
    await assertFails(suite.db("member").doc(acmePath).update({ portal }));
    expect(await suite.read(acmePath)).toMatchObject({ portal: null });
  });

  // refreshFavicon fetches whatever website a "pending" client has; the callables
  // only mark one pending after the website passed websiteSchema.
  it("should not allow an admin to set a website and queue a favicon fetch", async () => {
    const update = { website: "http://169.254.169.254/", faviconStatus: "pending" };
    await assertFails(suite.db("admin").doc(acmePath).update(update));
    expect(await suite.read(acmePath)).toMatchObject({ website: "https://acme.com/" });
  });

  // deleteClient also writes the marker that purges everything under the client.
  it("should not allow an owner to delete a client without the function", async () => {
    await assertFails(suite.db("owner").doc(acmePath).delete());
    expect(await suite.read(acmePath)).toMatchObject({ name: "Acme Corp" });
  });

  it("should not allow staff of another agency to add a client to this agency", async () => {
    const planted = paths.client(AGENCY_ID, "client-planted");
    const data = clientDoc("client-planted", globex, uidOf("otherAgencyOwner"));
    await assertFails(suite.db("otherAgencyOwner").doc(planted).set(data));
    expect(await suite.read(planted)).toBeUndefined();
  });
});

describe("reading clients", () => {
  it("should show a viewer a client's details and search tokens", async () => {
    const client = await assertSucceeds(suite.db("viewer").doc(acmePath).get());
    expect(client.data()).toMatchObject({
      name: "Acme Corp",
      email: "hello@acme.com",
      type: "client",
      faviconStatus: "pending",
    });
    expect(client.get("searchTokens")).toEqual(expect.arrayContaining(["acme", "hello@acme.com"]));
  });

  it("should allow agency B to get its own client but not agency A's", async () => {
    const db = suite.db("otherAgencyOwner");
    const own = await assertSucceeds(db.doc(otherAgencyClientPath).get());
    expect(own.data()).toMatchObject({ name: "Acme Bakery" });
    await assertFails(db.doc(acmePath).get());
  });

  it("should not allow an owner of agency A to get agency B's client", async () => {
    await assertFails(suite.db("owner").doc(otherAgencyClientPath).get());
  });
});

// The clients list's search: one token, sorted by name (clientListQuery).
describe("searching clients", () => {
  const search = (name: ActorName, agencyId: string, token: string) =>
    suite
      .db(name)
      .collection(paths.clients(agencyId))
      .where("searchTokens", "array-contains", token)
      .orderBy("nameLower")
      .get();

  it("should find this agency's matching clients, by name, when a member searches", async () => {
    const found = await assertSucceeds(search("member", AGENCY_ID, "acme"));
    expect(found.docs.map((doc) => doc.id)).toEqual(["client-acme", "client-bright"]);
  });

  it("should allow a viewer to search this agency's clients by email", async () => {
    const found = await assertSucceeds(search("viewer", AGENCY_ID, "ops@globex.example"));
    expect(found.docs.map((doc) => doc.id)).toEqual(["client-globex"]);
  });

  it("should not allow staff of another agency to search this agency's clients", async () => {
    await assertFails(search("otherAgencyOwner", AGENCY_ID, "acme"));
  });

  it("should not allow a removed member to search this agency's clients", async () => {
    await assertFails(search("removedMember", AGENCY_ID, "acme"));
  });

  it("should not allow a signed-out visitor to search this agency's clients", async () => {
    await assertFails(search("signedOut", AGENCY_ID, "acme"));
  });

  it("should not allow an owner to search clients across agencies (collection group)", async () => {
    const query = suite
      .db("owner")
      .collectionGroup("clients")
      .where("searchTokens", "array-contains", "acme");
    await assertFails(query.get());
  });

  it("should not allow an owner to list clients across agencies (collection group)", async () => {
    await assertFails(suite.db("owner").collectionGroup("clients").get());
  });
});

describe("documents under a client", () => {
  // Deny by default: whatever a later feature stores under a client needs its own rules.
  it("should not allow an owner to list every client's notes (collection group)", async () => {
    await assertFails(suite.db("owner").collectionGroup("notes").get());
  });
});
