import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  admin,
  closeWebClients,
  signedInClient,
  signUpAgency,
  uniqueMarker,
  VALID_PASSWORD,
} from "../support/emulator-clients";

afterAll(async () => {
  await closeWebClients();
});

describe("the board's counters", () => {
  it("count each invite once per status as it is created, moves and is deleted", async () => {
    // A fresh agency, so the counts are this test's alone.
    const email = `${uniqueMarker("counter-owner")}@invites.test`;
    const { agencyId: countedAgency } = await signUpAgency({
      displayName: "Cora Counter",
      agencyName: uniqueMarker("Counting agency"),
      email,
      password: VALID_PASSWORD,
    });
    const counter = await signedInClient(email, VALID_PASSWORD);
    const { accountId } = await counter.call<{ accountId: string }>(
      CALLABLES.saveConnectedAccount,
      { kind: "google-ads-manager", value: "123-456-7890" },
    );
    const { clientId } = await counter.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Counted Client",
      type: "client",
      language: "en",
    });
    const invite = (optional: boolean) =>
      counter.call<{ inviteId: string }>(CALLABLES.createInvite, {
        clientId,
        services: [
          {
            serviceId: "google-ads",
            accessLevel: "standard",
            connectedAccountId: accountId,
            optional,
          },
        ],
        sendEmail: false,
      });
    const stats = async () => ({
      total: 0,
      pending: 0,
      in_progress: 0,
      complete: 0,
      ...(await admin().db.doc(paths.inviteStats(countedAgency)).get()).data(),
    });

    const { inviteId: first } = await invite(false);
    await invite(false);
    // Only optional services and no intake form: complete from the start.
    const { inviteId: allOptional } = await invite(true);
    expect(
      (await admin().db.doc(paths.invite(countedAgency, allOptional)).get()).get("status"),
    ).toBe("complete");
    expect(await stats()).toEqual({ total: 3, pending: 2, in_progress: 0, complete: 1 });
    expect(
      (await admin().db.doc(paths.invite(countedAgency, first)).get()).get("platforms"),
    ).toEqual(["google"]);

    const firstRef = admin().db.doc(paths.invite(countedAgency, first));
    const granted = async () => {
      const services = (await firstRef.get()).get("services") as { status: string }[];
      await firstRef.update({ services: services.map((s) => ({ ...s, status: "granted" })) });
    };
    await granted();
    await vi.waitFor(
      async () =>
        expect(await stats()).toEqual({ total: 3, pending: 1, complete: 2, in_progress: 0 }),
      { timeout: 30_000, interval: 150 },
    );
    // The same change again (a retried write) and an unrelated one move nothing.
    await granted();
    await firstRef.update({ note: "unrelated change" });
    // Marker, written after them: editing the granted service's level sends the
    // invite back to pending. Counts that moved for the writes above would be off here.
    await counter.call(CALLABLES.editInvite, {
      inviteId: first,
      services: [
        { serviceId: "google-ads", accessLevel: "read-only", connectedAccountId: accountId },
      ],
    });
    await vi.waitFor(
      async () =>
        expect(await stats()).toEqual({ total: 3, pending: 2, complete: 1, in_progress: 0 }),
      { timeout: 30_000, interval: 150 },
    );
    // The feed tells the grant and the completion once each.
    const feed = await admin()
      .db.collection(paths.activity(countedAgency))
      .where("inviteId", "==", first)
      .get();
    const types = feed.docs.map((entry) => entry.get("type") as string).sort();
    expect(types).toEqual([
      "invite_completed",
      "invite_created",
      "invite_edited",
      "service_granted",
    ]);
    expect(
      feed.docs.find((entry) => entry.get("type") === "service_granted")?.get("serviceId"),
    ).toBe("google-ads");

    await counter.call(CALLABLES.deleteClient, { clientId });
    await vi.waitFor(
      async () =>
        expect(await stats()).toEqual({ total: 0, pending: 0, complete: 0, in_progress: 0 }),
      { timeout: 30_000, interval: 150 },
    );
  });
});
