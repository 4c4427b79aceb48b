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
import { clientsTeamForThisFile, team } from "../support/clients-team";
import { admin } from "../support/emulator-clients";

clientsTeamForThisFile();

let iconSite: string;

beforeAll(async () => {
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
  await closeServers();
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
      timeout: 30_000,
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
      { timeout: 30_000, interval: 150 },
    );
    expect((await ref.get()).get("faviconUrl")).toBeNull();
  });
});
