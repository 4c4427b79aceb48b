import { createHash } from "node:crypto";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import type { Timestamp } from "firebase-admin/firestore";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
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
import { mailsTo } from "../support/mail-inbox";

let owner: WebClient;
let agencyId: string;
let mccId: string;
let googleId: string;

async function newClient(
  type: "client" | "prospect" = "client",
  email = `${uniqueMarker("client")}@invites.test`,
) {
  const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Ana Client",
    email,
    type,
    language: "es",
  });
  return { clientId, email };
}

const googleAds = (accessLevel = "standard") => ({
  serviceId: "google-ads",
  accessLevel,
  connectedAccountId: mccId,
});

beforeAll(async () => {
  const email = `${uniqueMarker("invites-owner")}@invites.test`;
  ({ agencyId } = await signUpAgency({
    displayName: "Ivy Owner",
    agencyName: uniqueMarker("Agency"),
    email,
    password: VALID_PASSWORD,
  }));
  owner = await signedInClient(email, VALID_PASSWORD);
  ({ accountId: mccId } = await owner.call<{ accountId: string }>(CALLABLES.saveConnectedAccount, {
    kind: "google-ads-manager",
    value: "123-456-7890",
  }));
  ({ accountId: googleId } = await owner.call<{ accountId: string }>(
    CALLABLES.saveConnectedAccount,
    {
      kind: "google-account",
      value: "team@agency.test",
    },
  ));
});

afterAll(async () => {
  await closeWebClients();
});

describe("createInvite", () => {
  it("says what is wrong, following the seed's troubleshooting, and writes nothing", async () => {
    const prospect = await newClient("prospect");
    const missingClient = await callableError(
      owner.call(CALLABLES.createInvite, { clientId: "no-such-client", services: [googleAds()] }),
    );
    expect(fieldErrors(missingClient)).toEqual({ clientId: "Choose or create a client first." });

    const problems = await callableError(
      owner.call(CALLABLES.createInvite, {
        clientId: prospect.clientId,
        services: [
          googleAds("admin"),
          {
            serviceId: "meta-ad-account",
            accessLevel: "view-performance",
            connectedAccountId: mccId,
          },
        ],
        intakeForm: true,
      }),
    );
    expect(fieldErrors(problems)).toEqual({
      "services.0.accessLevel": "Prospects can only be asked for read-only access to Google Ads.",
      "services.1.connectedAccountId":
        "Connect an agency account for Meta ad account first (Settings → Connected accounts).",
      intakeForm: "Your intake form is turned off or has no questions (Settings → Intake form).",
    });
    const invites = await admin()
      .db.collection(paths.invites(agencyId))
      .where("clientId", "==", prospect.clientId)
      .get();
    expect(invites.size).toBe(0);
    expect(await mailsTo(prospect.email)).toHaveLength(0);
  });

  it("creates the invite, its hashed link token, the client's email, latest invite and activity", async () => {
    const client = await newClient();
    const { inviteId, url } = await owner.call<{ inviteId: string; url: string }>(
      CALLABLES.createInvite,
      {
        clientId: client.clientId,
        services: [googleAds()],
        thankYouMessage: "Thanks!",
      },
    );
    const token = /\/i\/([A-Za-z0-9_-]{43})$/.exec(url)?.[1] ?? "";
    expect(token).not.toBe("");

    const invite = (await admin().db.doc(paths.invite(agencyId, inviteId)).get()).data();
    expect(invite).toMatchObject({
      clientId: client.clientId,
      client: { name: "Ana Client", email: client.email, language: "es" },
      status: "pending",
      intake: { requested: false, status: "not_requested" },
      services: [
        {
          serviceId: "google-ads",
          accessLevel: "standard",
          status: "pending",
          connectedAccount: { value: "123-456-7890" },
        },
      ],
      reminders: { count: 0, lastSentAt: null },
    });
    expect(JSON.stringify(invite)).not.toContain(token);
    const stored = await admin()
      .db.doc(paths.invitationToken(createHash("sha256").update(token).digest("hex")))
      .get();
    expect(stored.data()).toMatchObject({ kind: "invite", agencyId, clientId: client.clientId });

    const [mail] = await vi.waitFor(
      async () => {
        const mails = await mailsTo(client.email);
        expect(mails).toHaveLength(1);
        return mails;
      },
      { timeout: 10_000, interval: 150 },
    );
    expect(mail?.subject).toMatch(/solicita acceso a tus cuentas$/);
    expect(mail?.text).toContain(url);
    expect(mail?.text).toContain("• Google Ads");

    const clientDoc = await admin().db.doc(paths.client(agencyId, client.clientId)).get();
    expect(clientDoc.get("latestInvite")).toMatchObject({
      inviteId,
      status: "pending",
      services: 1,
    });
    const activity = await admin()
      .db.collection(paths.activity(agencyId))
      .where("inviteId", "==", inviteId)
      .get();
    expect(activity.docs.map((doc) => doc.get("type"))).toEqual(["invite_created"]);

    // Copy link gives the same URL again, though only its hash is stored.
    expect(await owner.call<{ url: string }>(CALLABLES.getInviteLink, { inviteId })).toEqual({
      url,
    });
  });
});

describe("Send Reminder", () => {
  const inviteFor = async (client: { clientId: string }) =>
    (
      await owner.call<{ inviteId: string }>(CALLABLES.createInvite, {
        clientId: client.clientId,
        services: [googleAds()],
        sendEmail: false,
      })
    ).inviteId;

  it("sends exactly one email for fifty simultaneous reminders on one invite", async () => {
    // The Functions emulator cannot start fifty workers at once, so the race runs
    // the callable's own code in this process, against the same emulated Firestore.
    Object.assign(process.env, {
      APP_URL: "http://127.0.0.1:5173",
      INVITE_LINK_KEY: "test-invite-link-key",
      SMTP_PASSWORD: "",
    });
    const { sendInviteReminder } = await import("../../functions/src/invites/sendReminder");
    const client = await newClient();
    const inviteId = await inviteFor(client);

    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        sendInviteReminder({ agencyId, displayName: "Ivy Owner" }, inviteId),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results) {
      if (result.status === "rejected")
        expect((result.reason as { code: string }).code).toBe("resource-exhausted");
    }
    // Every call has settled, so the outbox holds all the mail they will ever send.
    const queued = await admin().db.collection(paths.mails()).where("to", "==", client.email).get();
    expect(queued.size).toBe(1);
    const mails = await vi.waitFor(
      async () => {
        const delivered = await mailsTo(client.email);
        expect(delivered).toHaveLength(1);
        return delivered;
      },
      { timeout: 10_000, interval: 150 },
    );
    expect(mails[0]?.subject).toMatch(/^Recordatorio:/);
    expect(
      (await admin().db.doc(paths.invite(agencyId, inviteId)).get()).get("reminders.count"),
    ).toBe(1);
  });

  it("through the callable: simultaneous clicks send one email, then it answers with the next allowed time", async () => {
    const client = await newClient();
    const inviteId = await inviteFor(client);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        owner.call<{ nextReminderAt: string }>(CALLABLES.sendReminder, { inviteId }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    await vi.waitFor(async () => expect(await mailsTo(client.email)).toHaveLength(1), {
      timeout: 10_000,
      interval: 150,
    });

    const again = await callableError(owner.call(CALLABLES.sendReminder, { inviteId }));
    expect(again.code).toBe("functions/resource-exhausted");
    const invite = await admin().db.doc(paths.invite(agencyId, inviteId)).get();
    const next = new Date((again.details as { nextReminderAt: string }).nextReminderAt);
    const lastSent = invite.get("reminders.lastSentAt").toDate() as Date;
    expect(next.getTime() - lastSent.getTime()).toBe(24 * 60 * 60 * 1000);
    expect(await mailsTo(client.email)).toHaveLength(1);
  });
});

describe("Add CC", () => {
  it("sends the invite to another person, never the client's own address, once each", async () => {
    const client = await newClient();
    const { inviteId } = await owner.call<{ inviteId: string }>(CALLABLES.createInvite, {
      clientId: client.clientId,
      services: [googleAds()],
      sendEmail: false,
    });
    const own = await callableError(
      owner.call(CALLABLES.addCc, { inviteId, email: client.email.toUpperCase() }),
    );
    expect(fieldErrors(own)).toEqual({
      email: "That is the client's own address. Use Send Reminder to email the client again.",
    });

    const colleague = `${uniqueMarker("colleague")}@invites.test`;
    await owner.call(CALLABLES.addCc, { inviteId, email: colleague });
    await vi.waitFor(async () => expect(await mailsTo(colleague)).toHaveLength(1), {
      timeout: 10_000,
      interval: 150,
    });
    const dupe = await callableError(owner.call(CALLABLES.addCc, { inviteId, email: colleague }));
    expect(fieldErrors(dupe)).toEqual({ email: "This address is already CC'd." });
    expect((await admin().db.doc(paths.invite(agencyId, inviteId)).get()).get("cc")).toEqual([
      colleague,
    ]);
  });
});

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
      { timeout: 10_000, interval: 150 },
    );
    await vi.waitFor(
      async () => expect((await clientRef.get()).get("latestInvite.status")).toBe("in_progress"),
      { timeout: 10_000, interval: 150 },
    );

    await setStatuses("granted", "granted");
    await vi.waitFor(async () => expect((await inviteRef.get()).get("status")).toBe("complete"), {
      timeout: 10_000,
      interval: 150,
    });
    await vi.waitFor(
      async () => expect((await clientRef.get()).get("latestInvite.status")).toBe("complete"),
      { timeout: 10_000, interval: 150 },
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
      { timeout: 10_000, interval: 150 },
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
      { timeout: 10_000, interval: 150 },
    );
  });
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
      { timeout: 10_000, interval: 150 },
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
      { timeout: 10_000, interval: 150 },
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
      { timeout: 10_000, interval: 150 },
    );
  });
});
