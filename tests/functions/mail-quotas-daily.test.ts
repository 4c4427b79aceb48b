import { CALLABLES } from "@portico/domain/config";
import {
  agencyDailyLimit,
  MAIL_LIMITS,
  type MailLimitDetails,
  mailDay,
  mailQuotaIds,
} from "@portico/domain/mail-quota";
import { paths } from "@portico/domain/paths";
import { afterAll, describe, expect, it } from "vitest";
import { admin, callableError, closeWebClients } from "../support/emulator-clients";
import {
  address,
  count,
  expectResetsTomorrow,
  limitDetails,
  mailsOf,
  newAgency,
  newClient,
  newInvite,
  read,
  settled,
  useAgencyQuota,
} from "../support/mail-quota-steps";

// The relay paths of the security report, each driven through its callable:
// every one stops at its cap with `resource-exhausted`, says when the cap
// resets, and queues nothing more in `mail/`.

afterAll(async () => {
  await closeWebClients();
});

describe("the agency's daily quota", { timeout: 120_000 }, () => {
  it("stops a workspace whose owner has not verified their email at the stricter limit", async () => {
    const agency = await newAgency({ verified: false });
    const limit = MAIL_LIMITS.unverifiedAgencyPerDay;
    // The day's earlier mail, then the last ten places taken by real team invitations.
    const last = 10;
    await useAgencyQuota(agency.agencyId, limit - last);
    for (let sent = 0; sent < last; sent += 5) {
      await Promise.all(
        Array.from({ length: 5 }, () =>
          agency.owner.call(CALLABLES.inviteTeammate, { email: address("mate"), role: "member" }),
        ),
      );
    }
    expect(await mailsOf(agency.agencyId)).toBe(last);

    const before = new Date();
    const email = address("one-too-many");
    const error = await callableError(
      agency.owner.call(CALLABLES.inviteTeammate, { email, role: "member" }),
    );
    const details = limitDetails(error, "agencyDaily");
    expect(details.limit).toBe(limit);
    expectResetsTomorrow(details.resetsAt, before);
    expect(error.message).toContain(`Today's email limit (${limit}) has been reached.`);
    expect(await mailsOf(agency.agencyId)).toBe(last);
    expect(await count(paths.invitations(agency.agencyId), "email", email)).toBe(0);
  });

  it("gives a verified workspace the full quota, up to its own limit", async () => {
    const agency = await newAgency({ verified: true });
    await useAgencyQuota(agency.agencyId, MAIL_LIMITS.unverifiedAgencyPerDay);
    await agency.owner.call(CALLABLES.inviteTeammate, { email: address("mate"), role: "member" });

    await useAgencyQuota(agency.agencyId, agencyDailyLimit(true) - 1);
    await agency.owner.call(CALLABLES.inviteTeammate, { email: address("mate"), role: "member" });
    const error = await callableError(
      agency.owner.call(CALLABLES.inviteTeammate, { email: address("mate"), role: "member" }),
    );
    expect(limitDetails(error, "agencyDaily").limit).toBe(MAIL_LIMITS.agencyPerDay);
    expect(await mailsOf(agency.agencyId)).toBe(2);
  });

  it("refuses every mail path at the cap and writes nothing", async () => {
    const agency = await newAgency({ verified: false });
    const client = await newClient(agency);
    const inviteId = await newInvite(agency, client.clientId);
    const { invitationId } = await agency.owner.call<{ invitationId: string }>(
      CALLABLES.inviteTeammate,
      { email: address("mate"), role: "member" },
    );
    await useAgencyQuota(agency.agencyId, MAIL_LIMITS.unverifiedAgencyPerDay);
    const invitePath = paths.invite(agency.agencyId, inviteId);
    const invitationPath = paths.invitation(agency.agencyId, invitationId);
    const before = {
      mails: await mailsOf(agency.agencyId),
      invite: await settled(invitePath),
      invitation: await settled(invitationPath),
      client: await read(paths.client(agency.agencyId, client.clientId)),
      invites: await count(paths.invites(agency.agencyId)),
    };

    const calls: [string, unknown][] = [
      [CALLABLES.inviteTeammate, { email: address("mate"), role: "member" }],
      [CALLABLES.resendTeamInvitation, { invitationId }],
      [CALLABLES.sendPortalInvitation, { clientId: client.clientId }],
      [
        CALLABLES.createInvite,
        {
          clientId: client.clientId,
          services: [
            { serviceId: "google-ads", accessLevel: "standard", connectedAccountId: agency.mccId },
          ],
          sendEmail: true,
        },
      ],
      [
        CALLABLES.editInvite,
        {
          inviteId,
          services: [
            { serviceId: "google-ads", accessLevel: "admin", connectedAccountId: agency.mccId },
          ],
          sendEmailUpdate: true,
        },
      ],
      [CALLABLES.addCc, { inviteId, email: address("cc") }],
      [CALLABLES.sendReminder, { inviteId }],
    ];
    for (const [name, data] of calls) {
      const error = await callableError(agency.owner.call(name, data));
      expect({ name, code: error.code }).toEqual({ name, code: "functions/resource-exhausted" });
      limitDetails(error, "agencyDaily");
    }
    expect(await mailsOf(agency.agencyId)).toBe(before.mails);
    expect(await settled(invitePath)).toEqual(before.invite);
    expect(await settled(invitationPath)).toEqual(before.invitation);
    expect(await read(paths.client(agency.agencyId, client.clientId))).toEqual(before.client);
    expect(await count(paths.invites(agency.agencyId))).toBe(before.invites);
  });

  it("holds under simultaneous sends: the counter is kept in the sending transaction", async () => {
    // As in the reminder race test: the Functions emulator cannot run many workers at
    // once, so the callable's own code runs in this process, on the same Firestore.
    Object.assign(process.env, {
      APP_URL: "http://127.0.0.1:5173",
      INVITE_LINK_KEY: "test-invite-link-key",
      SMTP_PASSWORD: "",
    });
    const { sendInviteReminder } = await import("../../functions/src/invites/sendReminder");
    const agency = await newAgency({ verified: false });
    // Set up one by one: the Functions emulator answers simultaneous callables slowly.
    const invites: string[] = [];
    for (let i = 0; i < 6; i++) {
      const client = await newClient(agency);
      invites.push(await newInvite(agency, client.clientId));
    }
    const room = 2;
    await useAgencyQuota(agency.agencyId, MAIL_LIMITS.unverifiedAgencyPerDay - room);

    const results = await Promise.allSettled(
      invites.map((inviteId) =>
        sendInviteReminder({ agencyId: agency.agencyId, displayName: "Quinn Owner" }, inviteId),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(room);
    for (const result of results) {
      if (result.status === "rejected") {
        expect((result.reason as { code: string }).code).toBe("resource-exhausted");
        expect((result.reason as { details: MailLimitDetails }).details.reason).toBe("agencyDaily");
      }
    }
    expect(await mailsOf(agency.agencyId)).toBe(room);
  });
});

describe("counter documents", { timeout: 120_000 }, () => {
  it("carry an expiry for a TTL policy and never the recipients' addresses", async () => {
    const agency = await newAgency({ verified: true });
    const email = address("mate");
    const { invitationId } = await agency.owner.call<{ invitationId: string }>(
      CALLABLES.inviteTeammate,
      { email, role: "member" },
    );
    await agency.owner.call(CALLABLES.resendTeamInvitation, { invitationId });
    const quota = await read(
      paths.mailQuota(mailQuotaIds.agency(agency.agencyId, mailDay(new Date()))),
    );
    expect(quota).toMatchObject({ kind: "agency", agencyId: agency.agencyId, count: 2 });
    expect(quota?.expiresAt.toDate().getTime()).toBeGreaterThan(Date.now());
    const cooldowns = await admin()
      .db.collection(paths.mailCooldowns())
      .where("agencyId", "==", agency.agencyId)
      .get();
    expect(cooldowns.size).toBe(1);
    const cooldown = cooldowns.docs[0]?.data() ?? {};
    expect(cooldown.expiresAt.toDate().getTime()).toBeGreaterThan(Date.now());
    expect(JSON.stringify(cooldown)).not.toContain(email);
  });
});
