import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { describe, expect, it, vi } from "vitest";
import { clientsTeamForThisFile, newTeam, team } from "../support/clients-team";
import { admin, callableError, uniqueMarker } from "../support/emulator-clients";

clientsTeamForThisFile();

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
      { timeout: 30_000, interval: 150 },
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
