import { CALLABLES } from "@portico/domain/config";
import {
  agencyDailyLimit,
  invitationResendCooldownMs,
  isMailLimitDetails,
  MAIL_LIMITS,
  type MailLimitDetails,
  mailDay,
  mailQuotaIds,
  nextMailDay,
} from "@portico/domain/mail-quota";
import { paths } from "@portico/domain/paths";
import type { FunctionsError } from "firebase/functions";
import { afterAll, describe, expect, it } from "vitest";
import {
  admin,
  callableError,
  closeWebClients,
  findUserByEmail,
  signedInClient,
  signUpAgency,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
  webClient,
} from "../support/emulator-clients";

// The relay paths of the security report, each driven through its callable:
// every one stops at its cap with `resource-exhausted`, says when the cap
// resets, and queues nothing more in `mail/`.

interface Agency {
  owner: WebClient;
  agencyId: string;
  mccId: string;
}

async function newAgency(options: { verified: boolean }): Promise<Agency> {
  const email = `${uniqueMarker("quota-owner")}@quotas.test`;
  const { agencyId } = await signUpAgency({
    displayName: "Quinn Owner",
    agencyName: uniqueMarker("Quota Agency"),
    email,
    password: VALID_PASSWORD,
  });
  const user = await findUserByEmail(email);
  if (!user) throw new Error("sign-up made no user");
  expect(user.emailVerified).toBe(false);
  if (options.verified) await admin().auth.updateUser(user.uid, { emailVerified: true });
  const owner = await signedInClient(email, VALID_PASSWORD);
  const { accountId: mccId } = await owner.call<{ accountId: string }>(
    CALLABLES.saveConnectedAccount,
    { kind: "google-ads-manager", value: "123-456-7890" },
  );
  return { owner, agencyId, mccId };
}

const address = (label: string) => `${uniqueMarker(label)}@quotas.test`;

async function newClient(agency: Agency, email = address("client")) {
  const { clientId } = await agency.owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Ana Client",
    email,
    type: "client",
    language: "es",
  });
  return { clientId, email };
}

async function newInvite(agency: Agency, clientId: string, sendEmail = false) {
  const { inviteId } = await agency.owner.call<{ inviteId: string }>(CALLABLES.createInvite, {
    clientId,
    services: [
      { serviceId: "google-ads", accessLevel: "standard", connectedAccountId: agency.mccId },
    ],
    sendEmail,
  });
  return inviteId;
}

const count = async (collection: string, field?: string, value?: unknown) => {
  const ref = admin().db.collection(collection);
  const query = field ? ref.where(field, "==", value) : ref;
  return (await query.count().get()).data().count;
};
const mailsOf = (agencyId: string) => count(paths.mails(), "agencyId", agencyId);
const mailsAbout = (path: string) => count(paths.mails(), "relatedPath", path);
const read = async (path: string) => (await admin().db.doc(path).get()).data();
/** A document as its callables left it: delivery reports arrive later, from the outbox trigger. */
const settled = async (path: string) => {
  const { emailDelivery: _delivery, ...rest } = (await read(path)) ?? {};
  return rest;
};

/** Today's agency counter set to `used`, as if the day's mail had gone out. */
async function useAgencyQuota(agencyId: string, used: number) {
  const now = new Date();
  await admin()
    .db.doc(paths.mailQuota(mailQuotaIds.agency(agencyId, mailDay(now))))
    .set({ kind: "agency", agencyId, day: mailDay(now), count: used, expiresAt: nextMailDay(now) });
}

/** The refusal's details, checked for shape; `resetsAt` must lie in `window`. */
function limitDetails(error: FunctionsError, reason: MailLimitDetails["reason"]) {
  expect(error.code).toBe("functions/resource-exhausted");
  expect(isMailLimitDetails(error.details)).toBe(true);
  const details = error.details as MailLimitDetails;
  expect(details.reason).toBe(reason);
  return { ...details, resetsAt: new Date(details.resetsAt) };
}

/** A daily cap resets at the next UTC midnight. */
function expectResetsTomorrow(resetsAt: Date, before: Date) {
  expect([nextMailDay(before).getTime(), nextMailDay(new Date()).getTime()]).toContain(
    resetsAt.getTime(),
  );
}

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

describe("re-sends to one address", { timeout: 120_000 }, () => {
  it("resending a team invitation: once at once, then not inside the cooldown", async () => {
    const agency = await newAgency({ verified: true });
    const { invitationId } = await agency.owner.call<{ invitationId: string }>(
      CALLABLES.inviteTeammate,
      { email: address("mate"), role: "member" },
    );
    const path = paths.invitation(agency.agencyId, invitationId);
    const resentAt = Date.now();
    await agency.owner.call(CALLABLES.resendTeamInvitation, { invitationId });
    const tokenHash = (await read(path))?.tokenHash;

    for (let attempt = 0; attempt < 3; attempt++) {
      const error = await callableError(
        agency.owner.call(CALLABLES.resendTeamInvitation, { invitationId }),
      );
      const { resetsAt } = limitDetails(error, "recipientCooldown");
      expect(resetsAt.getTime()).toBeGreaterThanOrEqual(resentAt + invitationResendCooldownMs());
      expect(resetsAt.getTime()).toBeLessThanOrEqual(Date.now() + invitationResendCooldownMs());
    }
    expect(await mailsAbout(path)).toBe(2);
    expect((await read(path))?.tokenHash).toBe(tokenHash);
  });

  it("inviting a cancelled address again counts as a re-send", async () => {
    const agency = await newAgency({ verified: true });
    const email = address("mate");
    const cancelAndInvite = async () => {
      const pending = await admin()
        .db.collection(paths.invitations(agency.agencyId))
        .where("email", "==", email)
        .where("status", "==", "pending")
        .get();
      for (const invitation of pending.docs) {
        await agency.owner.call(CALLABLES.cancelTeamInvitation, { invitationId: invitation.id });
      }
      return agency.owner.call(CALLABLES.inviteTeammate, { email, role: "member" });
    };
    await cancelAndInvite();
    await cancelAndInvite();
    const error = await callableError(cancelAndInvite());
    limitDetails(error, "recipientCooldown");
    expect(await mailsOf(agency.agencyId)).toBe(2);
  });

  it("resending a portal invitation: once at once, then not inside the cooldown", async () => {
    const agency = await newAgency({ verified: true });
    const client = await newClient(agency);
    const send = () =>
      agency.owner.call(CALLABLES.sendPortalInvitation, { clientId: client.clientId });
    await send();
    await send();
    const clientPath = paths.client(agency.agencyId, client.clientId);
    const before = await read(clientPath);
    const error = await callableError(send());
    limitDetails(error, "recipientCooldown");
    expect(await count(paths.mails(), "to", client.email)).toBe(2);
    expect(await read(clientPath)).toEqual(before);
  });

  it('"Send email update" waits out the reminder cooldown for the client and every CC', async () => {
    const agency = await newAgency({ verified: true });
    const client = await newClient(agency);
    const inviteId = await newInvite(agency, client.clientId, true);
    for (let i = 0; i < 5; i++) {
      await agency.owner.call(CALLABLES.addCc, { inviteId, email: address("cc") });
    }
    const edit = (accessLevel: string) =>
      agency.owner.call(CALLABLES.editInvite, {
        inviteId,
        services: [{ serviceId: "google-ads", accessLevel, connectedAccountId: agency.mccId }],
        sendEmailUpdate: true,
      });
    const sentAt = Date.now();
    await edit("admin");
    const invitePath = paths.invite(agency.agencyId, inviteId);
    const updated = await settled(invitePath);
    const mails = await mailsOf(agency.agencyId);
    expect(mails).toBe(1 + 5 + 1);

    for (const level of ["standard", "admin", "standard"]) {
      const error = await callableError(edit(level));
      const { resetsAt } = limitDetails(error, "recipientCooldown");
      const day = 24 * 60 * 60 * 1000; // the agency's reminder cooldown (default 24 h)
      expect(resetsAt.getTime()).toBeGreaterThanOrEqual(sentAt + day);
      expect(resetsAt.getTime()).toBeLessThanOrEqual(Date.now() + day);
    }
    // A reminder is a re-send to the same people: it waits too.
    limitDetails(
      await callableError(agency.owner.call(CALLABLES.sendReminder, { inviteId })),
      "recipientCooldown",
    );
    expect(await mailsOf(agency.agencyId)).toBe(mails);
    expect(await settled(invitePath)).toEqual(updated);
  });
});

describe("a portal user's teammate invitations", { timeout: 120_000 }, () => {
  async function portalUser(agency: Agency) {
    const client = await newClient(agency);
    const { invitationId } = await agency.owner.call<{ invitationId: string }>(
      CALLABLES.sendPortalInvitation,
      { clientId: client.clientId },
    );
    const invitationPath = paths.portalInvitation(agency.agencyId, client.clientId, invitationId);
    const mail = await admin()
      .db.collection(paths.mails())
      .where("relatedPath", "==", invitationPath)
      .get();
    const token = /\/portal\/join\/([A-Za-z0-9_-]{43})/.exec(
      mail.docs[0]?.get("message.text") as string,
    )?.[1];
    await (await webClient()).call(CALLABLES.acceptPortalInvitation, {
      token,
      displayName: "Ana Client",
      password: VALID_PASSWORD,
    });
    const portal = await signedInClient(client.email, VALID_PASSWORD);
    return { ...client, portal, uid: portal.auth.currentUser?.uid ?? "" };
  }

  const teammateMails = (agencyId: string) =>
    admin()
      .db.collection(paths.mails())
      .where("agencyId", "==", agencyId)
      .where("template", "==", "portal-teammate")
      .count()
      .get()
      .then((snapshot) => snapshot.data().count);

  it("are capped while pending; replacing one stays possible, once per cooldown", async () => {
    const agency = await newAgency({ verified: true });
    const { portal, clientId } = await portalUser(agency);
    const cap = MAIL_LIMITS.pendingPortalTeammateInvitations;
    const invited: string[] = [];
    for (let i = 0; i < cap; i++) {
      const email = address("teammate");
      await portal.call(CALLABLES.invitePortalTeammate, { email });
      invited.push(email);
    }
    const pending = await admin()
      .db.collection(paths.portalInvitations(agency.agencyId, clientId))
      .where("status", "==", "pending")
      .where("invitedBy.kind", "==", "portal")
      .get();
    const earliest = Math.min(
      ...pending.docs.map((doc) => doc.get("expiresAt").toDate().getTime() as number),
    );

    const error = await callableError(
      portal.call(CALLABLES.invitePortalTeammate, { email: address("one-more") }),
    );
    const details = limitDetails(error, "pendingInvitations");
    expect(details.limit).toBe(cap);
    expect(details.resetsAt.getTime()).toBe(earliest);
    expect(await teammateMails(agency.agencyId)).toBe(cap);

    // Resending a pending invitation replaces its link: no more pending, once per cooldown.
    const again = pending.docs.find((doc) => doc.get("email") === invited[0]);
    const resent = await portal.call<{ invitationId: string }>(CALLABLES.resendPortalInvitation, {
      invitationId: again?.id,
    });
    limitDetails(
      await callableError(
        portal.call(CALLABLES.resendPortalInvitation, { invitationId: resent.invitationId }),
      ),
      "recipientCooldown",
    );
    expect(await teammateMails(agency.agencyId)).toBe(cap + 1);
  });

  it("stop at the portal user's own daily quota", async () => {
    const agency = await newAgency({ verified: true });
    const { portal, uid } = await portalUser(agency);
    const now = new Date();
    await admin()
      .db.doc(paths.mailQuota(mailQuotaIds.portalUser(uid, mailDay(now))))
      .set({
        kind: "portalUser",
        agencyId: agency.agencyId,
        uid,
        day: mailDay(now),
        count: MAIL_LIMITS.portalUserPerDay - 1,
        expiresAt: nextMailDay(now),
      });
    await portal.call(CALLABLES.invitePortalTeammate, { email: address("teammate") });
    const before = new Date();
    const error = await callableError(
      portal.call(CALLABLES.invitePortalTeammate, { email: address("teammate") }),
    );
    const details = limitDetails(error, "portalUserDaily");
    expect(details.limit).toBe(MAIL_LIMITS.portalUserPerDay);
    expectResetsTomorrow(details.resetsAt, before);
    expect(await teammateMails(agency.agencyId)).toBe(1);
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
