import { createHash } from "node:crypto";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import type { Timestamp } from "firebase-admin/firestore";
import { describe, expect, it, vi } from "vitest";
import { admin, callableError, fieldErrors } from "../support/emulator-clients";
import {
  agencyId,
  googleAds,
  googleId,
  invitesAgencyForThisFile,
  newClient,
  owner,
} from "../support/invites-agency";
import { mailsTo } from "../support/mail-inbox";

invitesAgencyForThisFile();

describe("invite status", () => {
  it("follows the domain rule on the invite and the client's latest invite", async () => {
    const client = await newClient();
    const { inviteId } = await owner.call<{ inviteId: string }>(CALLABLES.createInvite, {
      clientId: client.clientId,
      services: [
        googleAds(),
        { serviceId: "google-analytics-4", accessLevel: "viewer", connectedAccountId: googleId },
      ],
      sendEmail: false,
    });
    const inviteRef = admin().db.doc(paths.invite(agencyId, inviteId));
    const clientRef = admin().db.doc(paths.client(agencyId, client.clientId));
    const setStatuses = async (first: string, second: string) => {
      const services = (await inviteRef.get()).get("services") as { status: string }[];
      await inviteRef.update({
        services: services.map((service, index) => ({
          ...service,
          status: index === 0 ? first : second,
        })),
      });
    };

    await setStatuses("granted", "pending");
    await vi.waitFor(
      async () => expect((await inviteRef.get()).get("status")).toBe("in_progress"),
      { timeout: 30_000, interval: 150 },
    );
    await vi.waitFor(
      async () => expect((await clientRef.get()).get("latestInvite.status")).toBe("in_progress"),
      { timeout: 30_000, interval: 150 },
    );

    await setStatuses("granted", "granted");
    await vi.waitFor(async () => expect((await inviteRef.get()).get("status")).toBe("complete"), {
      timeout: 30_000,
      interval: 150,
    });
    await vi.waitFor(
      async () => expect((await clientRef.get()).get("latestInvite.status")).toBe("complete"),
      { timeout: 30_000, interval: 150 },
    );
  });
});

describe("editing an invite", () => {
  it("sends changed services back to pending, keeps the rest, and emails the update", async () => {
    const client = await newClient();
    const { inviteId } = await owner.call<{ inviteId: string }>(CALLABLES.createInvite, {
      clientId: client.clientId,
      services: [
        googleAds(),
        { serviceId: "google-analytics-4", accessLevel: "viewer", connectedAccountId: googleId },
      ],
      sendEmail: false,
      thankYouMessage: "Thanks!",
    });
    const inviteRef = admin().db.doc(paths.invite(agencyId, inviteId));
    const granted = ((await inviteRef.get()).get("services") as { status: string }[]).map(
      (service) => ({
        ...service,
        status: "granted",
      }),
    );
    await inviteRef.update({ services: granted });

    const refused = await callableError(
      owner.call(CALLABLES.editInvite, {
        inviteId,
        services: [googleAds()],
        thankYouMessage: "Changed",
      }),
    );
    expect(refused.code).toBe("functions/invalid-argument");
    expect(Object.values(fieldErrors(refused))).toEqual([
      "The thank-you message and redirect are set when the invite is created and cannot be changed.",
    ]);

    await owner.call(CALLABLES.editInvite, {
      inviteId,
      services: [
        googleAds("admin"),
        { serviceId: "google-analytics-4", accessLevel: "viewer", connectedAccountId: googleId },
        { serviceId: "google-tag-manager", accessLevel: "read", connectedAccountId: googleId },
      ],
      sendEmailUpdate: true,
    });
    const edited = (await inviteRef.get()).data() ?? {};
    const services = edited.services as {
      serviceId: string;
      status: string;
      accessLevel: string;
    }[];
    expect(services.map((s) => [s.serviceId, s.accessLevel, s.status])).toEqual([
      ["google-ads", "admin", "pending"],
      ["google-analytics-4", "viewer", "granted"],
      ["google-tag-manager", "read", "pending"],
    ]);
    expect(edited.thankYouMessage).toBe("Thanks!");
    const [mail] = await vi.waitFor(
      async () => {
        const mails = await mailsTo(client.email);
        expect(mails).toHaveLength(1);
        return mails;
      },
      { timeout: 30_000, interval: 150 },
    );
    expect(mail?.subject).toBe(
      `${(await admin().db.doc(paths.agency(agencyId)).get()).get("name")} ha actualizado su solicitud de acceso`,
    );
    expect(mail?.text).toContain("• Google Tag Manager");
  });
});

describe("deleting a client with invites", () => {
  it("purges its invites, their link tokens and activity", async () => {
    const client = await newClient();
    const { inviteId, url } = await owner.call<{ inviteId: string; url: string }>(
      CALLABLES.createInvite,
      {
        clientId: client.clientId,
        services: [googleAds()],
        sendEmail: false,
      },
    );
    const token = url.split("/i/")[1] ?? "";
    const tokenPath = paths.invitationToken(createHash("sha256").update(token).digest("hex"));
    const deleteAtOf = async () =>
      ((await admin().db.doc(tokenPath).get()).get("deleteAt") as Timestamp).toMillis();
    const issuedDeleteAt = await deleteAtOf();
    await owner.call(CALLABLES.deleteClient, { clientId: client.clientId });
    await vi.waitFor(
      async () => {
        expect((await admin().db.doc(paths.invite(agencyId, inviteId)).get()).exists).toBe(false);
        // The link's token stays (its page says the request was withdrawn) until
        // the TTL removes it, now due 30 days from the purge.
        const purgedDeleteAt = await deleteAtOf();
        expect(purgedDeleteAt).toBeLessThan(issuedDeleteAt);
        expect(purgedDeleteAt).toBeLessThanOrEqual(Date.now() + 30 * 86_400_000);
        const activity = await admin()
          .db.collection(paths.activity(agencyId))
          .where("clientId", "==", client.clientId)
          .get();
        expect(activity.size).toBe(0);
      },
      { timeout: 30_000, interval: 150 },
    );
  });
});
