import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import { clientCount, clientsTeamForThisFile, team } from "../support/clients-team";
import { admin, callableError, fieldErrors, uniqueMarker } from "../support/emulator-clients";

clientsTeamForThisFile();

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
