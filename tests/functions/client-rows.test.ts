import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { describe, expect, it, vi } from "vitest";
import { clientsTeamForThisFile, team } from "../support/clients-team";
import { admin } from "../support/emulator-clients";

clientsTeamForThisFile();

const rowOf = (clientId: string) => admin().db.doc(paths.clientRow(team.agencyId, clientId)).get();

// The clients list reads rows kept by syncClientRow: what a row shows, without
// the search tokens and notes that made up about half of a page's bytes.
describe("the clients list's rows", () => {
  it("follow a client from creation through a rename to deletion, without tokens or notes", async () => {
    const { clientId } = await team.member.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Rowena Rows",
      company: "Rows & Co",
      email: "rowena@rows.test",
      type: "prospect",
      language: "es",
    });
    await vi.waitFor(async () => expect((await rowOf(clientId)).exists).toBe(true), {
      timeout: 20_000,
    });
    const row = (await rowOf(clientId)).data() ?? {};
    expect(row).toMatchObject({
      name: "Rowena Rows",
      nameLower: "rowena rows",
      company: "Rows & Co",
      email: "rowena@rows.test",
      type: "prospect",
      latestInvite: null,
      portal: null,
    });
    expect(Object.keys(row).sort()).toEqual([
      "company",
      "createdAt",
      "email",
      "faviconUrl",
      "latestInvite",
      "name",
      "nameLower",
      "portal",
      "type",
    ]);

    await team.member.call(CALLABLES.updateClient, {
      clientId,
      name: "Rowena Rowland",
      company: "Rows & Co",
      email: "rowena@rows.test",
      type: "client",
      language: "es",
      metadata: [{ key: "crmId", value: "A-17" }],
    });
    await vi.waitFor(
      async () =>
        expect((await rowOf(clientId)).data()).toMatchObject({
          name: "Rowena Rowland",
          nameLower: "rowena rowland",
          type: "client",
        }),
      { timeout: 20_000 },
    );
    expect((await rowOf(clientId)).data()).not.toHaveProperty("metadata");

    await team.owner.call(CALLABLES.deleteClient, { clientId });
    await vi.waitFor(async () => expect((await rowOf(clientId)).exists).toBe(false), {
      timeout: 20_000,
    });
  });
});
