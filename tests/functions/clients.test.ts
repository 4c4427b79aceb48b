import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  bytes,
  closeServers,
  html,
  PNG,
  serve,
} from "../../functions/src/clients/favicon/testSite";
import {
  admin,
  callableError,
  closeWebClients,
  fieldErrors,
  signedInClient,
  signUpAgency,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
} from "../support/emulator-clients";

interface Team {
  agencyId: string;
  owner: WebClient;
  member: WebClient;
  viewer: WebClient;
}

async function newTeam(): Promise<Team> {
  const email = `${uniqueMarker("clients-owner")}@clients.test`;
  const { agencyId } = await signUpAgency({
    displayName: "Owen Owner",
    agencyName: uniqueMarker("Agency"),
    email,
    password: VALID_PASSWORD,
  });
  const { addAgencyMember } = await import("../../functions/src/agency/addAgencyMember");
  const teammate = async (role: "member" | "viewer") => {
    const address = `${uniqueMarker(role)}@clients.test`;
    const user = await admin().auth.createUser({ email: address, password: VALID_PASSWORD });
    await addAgencyMember(agencyId, { uid: user.uid, email: address, displayName: role }, role);
    return signedInClient(address, VALID_PASSWORD);
  };
  return {
    agencyId,
    owner: await signedInClient(email, VALID_PASSWORD),
    member: await teammate("member"),
    viewer: await teammate("viewer"),
  };
}

const clientCount = async (agencyId: string) =>
  (await admin().db.collection(paths.clients(agencyId)).count().get()).data().count;

let team: Team;
let iconSite: string;

beforeAll(async () => {
  team = await newTeam();
  // A local website with a favicon, as the favicon unit tests serve them.
  iconSite = (
    await serve({
      "/": html(
        '<html><head><link rel="icon" href="/brand/icon.png"></head><body>Hi</body></html>',
      ),
      "/brand/icon.png": bytes("image/png", PNG),
    })
  ).origin;
});

afterAll(async () => {
  await closeWebClients();
  await closeServers();
});

describe("createClient", () => {
  it("answers bad input with field messages and creates nothing", async () => {
    const before = await clientCount(team.agencyId);
    const error = await callableError(
      team.owner.call(CALLABLES.createClient, {
        name: " ",
        email: "x@",
        website: "ftp://files",
        type: "vip",
        language: "fr",
      }),
    );
    expect(error.code).toBe("functions/invalid-argument");
    expect(fieldErrors(error)).toEqual({
      name: "Enter the client's name.",
      email: "Enter a valid email address, like name@example.com.",
      website: "Enter a website like acme.com or https://acme.com.",
      type: "Choose Client or Prospect.",
      language: "Choose English, Español or Nederlands.",
    });
    expect(await clientCount(team.agencyId)).toBe(before);
  });

  it("stores the sort key and search tokens, and refuses viewers", async () => {
    const { clientId } = await team.member.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Zoë Zimmer",
      company: "Zenith Labs",
      email: "Zoe@Zenith.test",
      type: "client",
      language: "nl",
    });
    const stored = (await admin().db.doc(paths.client(team.agencyId, clientId)).get()).data();
    expect(stored).toMatchObject({
      name: "Zoë Zimmer",
      nameLower: "zoe zimmer",
      email: "zoe@zenith.test",
      faviconStatus: "none",
    });
    expect(stored?.searchTokens).toEqual(
      expect.arrayContaining(["zoe", "zen", "zenith", "zoe@zenith.test", clientId.toLowerCase()]),
    );

    const denied = await callableError(
      team.viewer.call(CALLABLES.createClient, { name: "Nope", type: "client", language: "en" }),
    );
    expect(denied.code).toBe("functions/permission-denied");
  });

  it("refuses a second client with the same email and names the existing one", async () => {
    const email = `${uniqueMarker("dupe")}@clients.test`;
    const { clientId } = await team.owner.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "First",
      email,
      type: "client",
      language: "en",
    });
    const before = await clientCount(team.agencyId);
    const error = await callableError(
      team.owner.call(CALLABLES.createClient, {
        name: "Second",
        email: email.toUpperCase(),
        type: "client",
        language: "en",
      }),
    );
    expect(fieldErrors(error)).toEqual({ email: "First already has this email." });
    expect(error.details).toMatchObject({ existingClientId: clientId });
    expect(await clientCount(team.agencyId)).toBe(before);
  });
});

describe("updateClient", () => {
  it("refuses empty, long and duplicate metadata keys and writes nothing", async () => {
    const { clientId } = await team.owner.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Meta Co",
      type: "client",
      language: "en",
    });
    const error = await callableError(
      team.owner.call(CALLABLES.updateClient, {
        clientId,
        name: "Meta Co renamed",
        type: "client",
        language: "en",
        metadata: [
          { key: "plan", value: "gold" },
          { key: "", value: "x" },
          // The same key in other case: one key, refused by the server too.
          { key: " PLAN ", value: "again" },
          { key: "k".repeat(41), value: "x" },
        ],
      }),
    );
    expect(fieldErrors(error)).toEqual({
      "metadata.1.key": "Enter a key.",
      "metadata.2.key": "This key is already used.",
      "metadata.3.key": "Keys are at most 40 characters.",
    });
    expect((await admin().db.doc(paths.client(team.agencyId, clientId)).get()).get("name")).toBe(
      "Meta Co",
    );

    await team.owner.call(CALLABLES.updateClient, {
      clientId,
      name: "Meta Co",
      type: "prospect",
      language: "es",
      metadata: [{ key: " CRM ", value: "42" }],
    });
    expect(
      (await admin().db.doc(paths.client(team.agencyId, clientId)).get()).data(),
    ).toMatchObject({
      type: "prospect",
      language: "es",
      metadata: { CRM: "42" },
    });
  });
});

describe("client counts", () => {
  it("follow creates, type changes and deletes exactly once", async () => {
    const agency = await newTeam();
    const stats = async () =>
      (await admin().db.doc(paths.clientStats(agency.agencyId)).get()).data();
    const created = await Promise.all(
      ["One", "Two", "Three"].map((name) =>
        agency.owner.call<{ clientId: string }>(CALLABLES.createClient, {
          name,
          type: "client",
          language: "en",
        }),
      ),
    );
    expect(await stats()).toEqual({ total: 3, client: 3 });

    const first = created[0]?.clientId ?? "";
    await agency.owner.call(CALLABLES.updateClient, {
      clientId: first,
      name: "One",
      type: "prospect",
      language: "en",
      metadata: [],
    });
    expect(await stats()).toEqual({ total: 3, client: 2, prospect: 1 });

    await agency.owner.call(CALLABLES.deleteClient, { clientId: first });
    expect(await stats()).toEqual({ total: 2, client: 2, prospect: 0 });
    // A failed delete (already gone) changes nothing.
    await callableError(agency.owner.call(CALLABLES.deleteClient, { clientId: first }));
    expect(await stats()).toEqual({ total: 2, client: 2, prospect: 0 });
  });
});

describe("favicons", () => {
  it("caches the site's icon as a small data URL", async () => {
    const { clientId } = await team.owner.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Icon Shop",
      website: iconSite,
      type: "client",
      language: "en",
    });
    const ref = admin().db.doc(paths.client(team.agencyId, clientId));
    await vi.waitFor(async () => expect((await ref.get()).get("faviconStatus")).toBe("ready"), {
      timeout: 10_000,
      interval: 150,
    });
    expect((await ref.get()).get("faviconUrl")).toBe(
      `data:image/png;base64,${PNG.toString("base64")}`,
    );
  });

  it("falls back to the monogram when the site cannot be reached", async () => {
    const { clientId } = await team.owner.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Offline Inc",
      website: "https://offline-inc.invalid",
      type: "client",
      language: "en",
    });
    const ref = admin().db.doc(paths.client(team.agencyId, clientId));
    await vi.waitFor(
      async () => expect((await ref.get()).get("faviconStatus")).toBe("unavailable"),
      { timeout: 10_000, interval: 150 },
    );
    expect((await ref.get()).get("faviconUrl")).toBeNull();
  });
});

describe("deleting a client", () => {
  it("removes the client at once and purges everything under it", async () => {
    const { clientId } = await team.owner.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Gone Soon",
      type: "client",
      language: "en",
    });
    const clientPath = paths.client(team.agencyId, clientId);
    const writes = admin().db.batch();
    for (let i = 0; i < 5; i += 1)
      writes.set(admin().db.doc(`${clientPath}/invites/i${i}`), { n: i });
    writes.set(admin().db.doc(`${clientPath}/invites/i0/responses/r0`), { answer: "yes" });
    writes.set(admin().db.doc("invitationTokens/purge-test-token"), {
      agencyId: team.agencyId,
      clientId,
    });
    await writes.commit();

    const denied = await callableError(team.viewer.call(CALLABLES.deleteClient, { clientId }));
    expect(denied.code).toBe("functions/permission-denied");

    await team.member.call(CALLABLES.deleteClient, { clientId });
    expect((await admin().db.doc(clientPath).get()).exists).toBe(false);
    await vi.waitFor(
      async () => {
        expect((await admin().db.collection(`${clientPath}/invites`).get()).size).toBe(0);
        expect((await admin().db.doc(`${clientPath}/invites/i0/responses/r0`).get()).exists).toBe(
          false,
        );
        expect((await admin().db.doc("invitationTokens/purge-test-token").get()).exists).toBe(
          false,
        );
        expect(
          (await admin().db.doc(paths.clientDeletion(team.agencyId, clientId)).get()).exists,
        ).toBe(false);
      },
      { timeout: 10_000, interval: 150 },
    );
  });

  it("finishes an interrupted purge when run again", async () => {
    const { purgeClientData } = await import("../../functions/src/clients/purgeClient");
    const clientId = uniqueMarker("interrupted");
    const clientPath = paths.client(team.agencyId, clientId);
    // As a purge that died part-way leaves it: the marker and some data remain.
    await admin()
      .db.doc(paths.clientDeletion(team.agencyId, clientId))
      .set({ clientId, name: "Half gone" });
    await admin().db.doc(`${clientPath}/invites/left`).set({ n: 1 });

    await purgeClientData(team.agencyId, clientId);
    await purgeClientData(team.agencyId, clientId);
    expect((await admin().db.doc(`${clientPath}/invites/left`).get()).exists).toBe(false);
    expect((await admin().db.doc(paths.clientDeletion(team.agencyId, clientId)).get()).exists).toBe(
      false,
    );
  });
});

describe("connected accounts", () => {
  it("validates each platform's ID, refuses duplicates and non-managers", async () => {
    const bad = await callableError(
      team.owner.call(CALLABLES.saveConnectedAccount, {
        kind: "google-ads-manager",
        value: "123-45-6789",
      }),
    );
    expect(fieldErrors(bad)).toEqual({ value: "Use a Google Ads customer ID like 123-456-7890." });

    const { accountId } = await team.owner.call<{ accountId: string }>(
      CALLABLES.saveConnectedAccount,
      {
        kind: "google-ads-manager",
        label: "Main MCC",
        value: "9876543210",
      },
    );
    const stored = (
      await admin().db.doc(paths.connectedAccount(team.agencyId, accountId)).get()
    ).data();
    expect(stored).toMatchObject({
      kind: "google-ads-manager",
      platform: "google",
      label: "Main MCC",
      value: "987-654-3210",
    });

    const dupe = await callableError(
      team.owner.call(CALLABLES.saveConnectedAccount, {
        kind: "google-ads-manager",
        value: "987-654-3210",
      }),
    );
    expect(fieldErrors(dupe)).toEqual({ value: "This account is already connected." });

    const member = await callableError(
      team.member.call(CALLABLES.saveConnectedAccount, {
        kind: "google-ads-manager",
        value: "111-222-3333",
      }),
    );
    expect(member.code).toBe("functions/permission-denied");

    await team.owner.call(CALLABLES.removeConnectedAccount, { accountId });
    expect(
      (await admin().db.doc(paths.connectedAccount(team.agencyId, accountId)).get()).exists,
    ).toBe(false);
  });
});

describe("intake form", () => {
  it("saves a valid form and refuses a bad one field by field", async () => {
    const form = {
      enabled: true,
      questions: [
        { id: "goals", type: "long_text", label: "What are your goals?", required: true },
        {
          id: "budget",
          type: "single_choice",
          label: "Monthly budget",
          options: ["< $1k", "$1k–$10k"],
        },
      ],
    };
    await team.owner.call(CALLABLES.updateIntakeForm, form);
    const ref = admin().db.doc(paths.settings(team.agencyId, "intakeForm"));
    expect((await ref.get()).get("questions")).toHaveLength(2);

    const error = await callableError(
      team.owner.call(CALLABLES.updateIntakeForm, {
        enabled: true,
        questions: [{ id: "x", type: "multiple_choice", label: "", options: ["only one"] }],
      }),
    );
    expect(fieldErrors(error)).toEqual({
      "questions.0.label": "Enter the question.",
      "questions.0.options": "Add at least two options.",
    });
    expect((await ref.get()).get("questions")).toHaveLength(2);

    const member = await callableError(team.member.call(CALLABLES.updateIntakeForm, form));
    expect(member.code).toBe("functions/permission-denied");
  });
});
