import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { describe, expect, it, vi } from "vitest";
import { clientCount, clientsTeamForThisFile, team } from "../support/clients-team";
import { admin, callableError, fieldErrors } from "../support/emulator-clients";

clientsTeamForThisFile();

const ZONE_MESSAGE = "Choose a time zone from the list, like Europe/Amsterdam.";
const storedClient = async (clientId: string) =>
  (await admin().db.doc(paths.client(team.agencyId, clientId)).get()).data();
const generalSettings = (defaultTimeZone?: string) => ({
  reminderCooldownHours: 24,
  portalLinkLifetimeDays: 7,
  defaultLocale: "en",
  ...(defaultTimeZone === undefined ? {} : { defaultTimeZone }),
});

describe("client time zones", () => {
  it("gives a new client the agency's default zone, or the one asked for in canonical spelling", async () => {
    const before = await team.owner.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Before Default",
      type: "client",
      language: "en",
    });
    // An agency that never chose a zone: UTC.
    expect(await storedClient(before.clientId)).toMatchObject({ timeZone: "UTC" });

    await team.owner.call(CALLABLES.updateGeneralSettings, generalSettings("America/New_York"));
    const defaulted = await team.member.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Defaulted",
      type: "client",
      language: "en",
    });
    expect(await storedClient(defaulted.clientId)).toMatchObject({
      timeZone: "America/New_York",
    });

    const chosen = await team.member.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Chosen",
      type: "client",
      language: "nl",
      timeZone: "asia/tokyo",
    });
    expect(await storedClient(chosen.clientId)).toMatchObject({ timeZone: "Asia/Tokyo" });
    // The portal's view carries it, so the portal shows times in it.
    await vi.waitFor(
      async () => {
        const view = await admin()
          .db.doc(paths.portalClientView(team.agencyId, chosen.clientId))
          .get();
        expect(view.data()).toMatchObject({
          name: "Chosen",
          language: "nl",
          timeZone: "Asia/Tokyo",
        });
      },
      { timeout: 15_000, interval: 250 },
    );
  });

  it("refuses an unknown zone on create with a field message and creates nothing", async () => {
    for (const timeZone of ["Mars/Olympus_Mons", "+01:00", "Europe/../Amsterdam", 42]) {
      const before = await clientCount(team.agencyId);
      const error = await callableError(
        team.owner.call(CALLABLES.createClient, {
          name: "Nowhere",
          type: "client",
          language: "en",
          timeZone,
        }),
      );
      expect(error.code).toBe("functions/invalid-argument");
      expect(fieldErrors(error)).toEqual({ timeZone: ZONE_MESSAGE });
      expect(await clientCount(team.agencyId)).toBe(before);
    }
  });

  it("changes the zone on edit, keeps it when left out, and refuses a bad one changing nothing", async () => {
    const { clientId } = await team.owner.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Mover",
      type: "client",
      language: "en",
      timeZone: "Europe/Amsterdam",
    });
    const error = await callableError(
      team.owner.call(CALLABLES.updateClient, {
        clientId,
        name: "Mover renamed",
        type: "client",
        language: "en",
        timeZone: "Europe/Atlantis",
      }),
    );
    expect(error.code).toBe("functions/invalid-argument");
    expect(fieldErrors(error)).toEqual({ timeZone: ZONE_MESSAGE });
    expect(await storedClient(clientId)).toMatchObject({
      name: "Mover",
      timeZone: "Europe/Amsterdam",
    });

    await team.owner.call(CALLABLES.updateClient, {
      clientId,
      name: "Mover",
      type: "client",
      language: "en",
      timeZone: "Australia/Sydney",
    });
    expect(await storedClient(clientId)).toMatchObject({ timeZone: "Australia/Sydney" });

    await team.owner.call(CALLABLES.updateClient, {
      clientId,
      name: "Mover again",
      type: "client",
      language: "en",
    });
    expect(await storedClient(clientId)).toMatchObject({
      name: "Mover again",
      timeZone: "Australia/Sydney",
    });
  });

  it("refuses a bad agency default zone and stores UTC when none is given", async () => {
    const ref = admin().db.doc(paths.settings(team.agencyId, "general"));
    await team.owner.call(CALLABLES.updateGeneralSettings, generalSettings("Europe/Madrid"));
    const error = await callableError(
      team.owner.call(CALLABLES.updateGeneralSettings, generalSettings("Nowhere/Land")),
    );
    expect(error.code).toBe("functions/invalid-argument");
    expect(fieldErrors(error)).toEqual({ defaultTimeZone: ZONE_MESSAGE });
    expect((await ref.get()).data()).toMatchObject({ defaultTimeZone: "Europe/Madrid" });

    await team.owner.call(CALLABLES.updateGeneralSettings, generalSettings());
    expect((await ref.get()).data()).toMatchObject({ defaultTimeZone: "UTC" });
  });
});
