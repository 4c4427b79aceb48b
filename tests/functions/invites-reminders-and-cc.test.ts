import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { describe, expect, it, vi } from "vitest";
import { admin, callableError, fieldErrors, uniqueMarker } from "../support/emulator-clients";
import {
  agencyId,
  googleAds,
  invitesAgencyForThisFile,
  newClient,
  owner,
} from "../support/invites-agency";
import { mailsTo } from "../support/mail-inbox";

invitesAgencyForThisFile();

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
      // The outbox trigger's first start can take this long on a busy machine.
      { timeout: 60_000, interval: 150 },
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
      timeout: 30_000,
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
      timeout: 30_000,
      interval: 150,
    });
    const dupe = await callableError(owner.call(CALLABLES.addCc, { inviteId, email: colleague }));
    expect(fieldErrors(dupe)).toEqual({ email: "This address is already CC'd." });
    expect((await admin().db.doc(paths.invite(agencyId, inviteId)).get()).get("cc")).toEqual([
      colleague,
    ]);
  });
});
