import { createHash } from "node:crypto";
import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import { type MailDelivery, type MailMessage, PENDING_DELIVERY } from "@portico/domain/mail";
import { mailQuotaIds } from "@portico/domain/mail-quota";
import { paths } from "@portico/domain/paths";
import { addDays, TEAM_INVITATION_LIFETIME_DAYS, type TokenRecord } from "@portico/domain/tokens";
import { describe, expect, it } from "vitest";
import { AGENCY_ID, type Fields, rulesSuite, uidOf } from "../support/rules-grid";

// Functions alone read and write these collections (Admin SDK, past the rules):
// tokens are redeemed by acceptTeamInvitation, mail is delivered by a trigger.

const ISSUED_AT = new Date("2026-01-06T10:00:00Z");
const EXPIRES_AT = addDays(ISSUED_AT, TEAM_INVITATION_LIFETIME_DAYS);

/** The raw token in Dana's invitation link, and the SHA-256 that is all Firestore keeps. */
const RAW_TOKEN = "q7Xc2Jm9VbT4nRw8sLp1Kd6Hf3Gz0Ya5Ue_Ni-OtQrS";
const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");
const TOKEN_HASH = sha256(RAW_TOKEN);

const invitationPath = paths.invitation(AGENCY_ID, "invitation-1");
const tokenPath = paths.invitationToken(TOKEN_HASH);
const mailPath = paths.mail("mail-1");
const quotaPath = paths.mailQuota(mailQuotaIds.agency(AGENCY_ID, "2026-01-06"));
const portalQuotaPath = paths.mailQuota(mailQuotaIds.portalUser(uidOf("portal"), "2026-01-06"));
const cooldownPath = paths.mailCooldown(
  sha256(`${AGENCY_ID}\nteam-invitation\n\ndana@example.com`),
);
const quotaDoc = (kind: "agency" | "portalUser", count: number): Fields => ({
  kind,
  agencyId: AGENCY_ID,
  ...(kind === "portalUser" ? { uid: uidOf("portal") } : {}),
  day: "2026-01-06",
  count,
  updatedAt: ISSUED_AT,
  expiresAt: new Date("2026-01-08T00:00:00Z"),
});
const cooldownDoc = (lastResentAt: Date): Fields => ({
  agencyId: AGENCY_ID,
  stream: "team-invitation",
  lastResentAt,
  expiresAt: addDays(lastResentAt, 30),
});

const joinLink = `https://portico.example.com/join?token=${RAW_TOKEN}`;

function tokenDoc(subjectPath: string): Fields {
  return {
    kind: "team",
    agencyId: AGENCY_ID,
    subjectPath,
    expiresAt: EXPIRES_AT,
    usedAt: null,
    revokedAt: null,
    createdAt: ISSUED_AT,
  } satisfies TokenRecord & { createdAt: Date };
}

/** An outbox entry in the Trigger Email extension's shape, as queueMail writes it. */
function mailDoc(
  to: string,
  message: MailMessage,
  delivery: Partial<MailDelivery> = {},
): Fields & { delivery: MailDelivery } {
  return {
    to,
    cc: [],
    message,
    agencyId: AGENCY_ID,
    relatedPath: invitationPath,
    template: "team-invitation",
    createdAt: ISSUED_AT,
    delivery: { ...PENDING_DELIVERY, ...delivery },
  };
}

const invitationMessage: MailMessage = {
  subject: "admin-a invited you to join Agency A on Portico",
  html: `<p>admin-a invited you to join Agency A as a member.</p><p><a href="${joinLink}">Join Agency A</a></p>`,
  text: `admin-a invited you to join Agency A as a member.\n\nJoin Agency A: ${joinLink}`,
};

const deliveredMail = mailDoc("dana@example.com", invitationMessage, {
  state: "SUCCESS",
  attempts: 1,
  startTime: new Date("2026-01-06T10:00:01Z"),
  endTime: new Date("2026-01-06T10:00:02Z"),
  info: { messageId: "<mail-1@portico.example.com>", accepted: ["dana@example.com"], rejected: [] },
});

const suite = rulesSuite("demo-portico-rules-server-only", {
  seed: {
    [invitationPath]: {
      email: "dana@example.com",
      role: "member",
      status: "pending",
      invitedBy: { uid: uidOf("admin"), name: "admin-a" },
      createdAt: ISSUED_AT,
      expiresAt: EXPIRES_AT,
      tokenHash: TOKEN_HASH,
      emailDelivery: null,
    },
    [tokenPath]: tokenDoc(invitationPath),
    [mailPath]: deliveredMail,
    [quotaPath]: quotaDoc("agency", 50),
    [portalQuotaPath]: quotaDoc("portalUser", 20),
    [cooldownPath]: cooldownDoc(ISSUED_AT),
  },
});

suite.describeAccessGrid({
  title: "invitationTokens/{tokenHash}",
  subject: { one: "an invitation token", new: "an invitation token", many: "invitation tokens" },
  docPath: tokenPath,
  collectionPath: "invitationTokens",
  // A token the actor mints for a link of their own making.
  createPath: paths.invitationToken(sha256("a-token-of-my-own-making-0123456789abcdefgh")),
  createData: tokenDoc(invitationPath),
  // Keeping a link alive for a year instead of a week.
  updateData: { expiresAt: addDays(ISSUED_AT, 365) },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "mail/{mailId}",
  subject: { one: "a queued email", new: "an email in the outbox", many: "the outbox" },
  docPath: mailPath,
  collectionPath: paths.mails(),
  createPath: paths.mail("mail-new"),
  // Portico as an open relay: any text, to any address, under the agency's name.
  createData: mailDoc("victim@example.net", {
    subject: "Your invoice is overdue",
    html: '<p>Pay now: <a href="https://pay.example.net">pay.example.net</a></p>',
    text: "Pay now: https://pay.example.net",
  }),
  // Sending the join link to someone else.
  updateData: { to: "attacker@example.net" },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "rateLimits/{counterId}",
  subject: {
    one: "a rate-limit counter",
    new: "a rate-limit counter",
    many: "rate-limit counters",
  },
  docPath: paths.rateLimit(sha256("acceptPerToken-link")),
  collectionPath: paths.rateLimits(),
  createPath: paths.rateLimit(sha256("signUpPerIp-203.0.113.7")),
  createData: { name: "signUpPerIp", count: 0, expiresAt: EXPIRES_AT },
  // Resetting one's own counter to try again at once.
  updateData: { count: 0 },
  seed: {
    [paths.rateLimit(sha256("acceptPerToken-link"))]: {
      name: "acceptPerToken",
      count: 11,
      expiresAt: EXPIRES_AT,
    },
  },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "mailQuotas/{quotaId}",
  subject: { one: "a daily mail counter", new: "a mail counter", many: "mail counters" },
  docPath: quotaPath,
  collectionPath: paths.mailQuotas(),
  // Tomorrow's counter made in advance, already at zero... or anything else.
  createPath: paths.mailQuota(mailQuotaIds.agency(AGENCY_ID, "2026-01-07")),
  createData: quotaDoc("agency", 0),
  // Resetting today's count to send another day's worth.
  updateData: { count: 0 },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "mailQuotas/{quotaId} of a portal user",
  subject: {
    one: "a portal user's mail counter",
    new: "a portal user's mail counter",
    many: "portal users' mail counters",
  },
  docPath: portalQuotaPath,
  collectionPath: paths.mailQuotas(),
  createPath: paths.mailQuota(mailQuotaIds.portalUser(uidOf("portal"), "2026-01-07")),
  createData: quotaDoc("portalUser", 0),
  updateData: { count: 0 },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "mailCooldowns/{cooldownId}",
  subject: { one: "a recipient's cooldown", new: "a recipient's cooldown", many: "cooldowns" },
  docPath: cooldownPath,
  collectionPath: paths.mailCooldowns(),
  createPath: paths.mailCooldown(sha256(`${AGENCY_ID}\nteam-invitation\n\nnew@example.com`)),
  createData: cooldownDoc(ISSUED_AT),
  // Moving the last re-send into the past to re-send at once.
  updateData: { lastResentAt: new Date("2000-01-01T00:00:00Z") },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

describe("mail quotas", () => {
  it("should not allow an owner to reset their agency's daily counter", async () => {
    await assertFails(suite.db("owner").doc(quotaPath).update({ count: 0 }));
    await assertFails(suite.db("owner").doc(quotaPath).delete());
    expect(await suite.read(quotaPath)).toMatchObject({ count: 50 });
  });

  it("should not allow a portal user to reset their own daily counter", async () => {
    await assertFails(suite.db("portal").doc(portalQuotaPath).set(quotaDoc("portalUser", 0)));
    expect(await suite.read(portalQuotaPath)).toMatchObject({ count: 20 });
  });
});

describe("invitation tokens", () => {
  it("should not allow an owner who can read an invitation to look up its token by the hash", async () => {
    const db = suite.db("owner");
    const invitation = await assertSucceeds(db.doc(invitationPath).get());
    const tokenHash = invitation.get("tokenHash") as string;
    expect(tokenHash).toBe(TOKEN_HASH);
    await assertFails(db.doc(paths.invitationToken(tokenHash)).get());
  });

  it("should not allow a signed-out visitor holding the link to read its token", async () => {
    await assertFails(
      suite
        .db("signedOut")
        .doc(paths.invitationToken(sha256(RAW_TOKEN)))
        .get(),
    );
  });

  it("should not allow an admin to revive a revoked token", async () => {
    await suite.seed({ [tokenPath]: { ...tokenDoc(invitationPath), revokedAt: ISSUED_AT } });
    await assertFails(suite.db("admin").doc(tokenPath).update({ revokedAt: null }));
    expect(await suite.read(tokenPath)).toMatchObject({ revokedAt: expect.anything() });
  });

  it("should not allow an owner to point a token at another invitation", async () => {
    const other = paths.invitation(AGENCY_ID, "invitation-as-owner");
    await assertFails(suite.db("owner").doc(tokenPath).update({ subjectPath: other }));
    expect(await suite.read(tokenPath)).toMatchObject({ subjectPath: invitationPath });
  });
});

describe("the email outbox", () => {
  it("should not allow an owner to query the outbox for their agency's emails", async () => {
    const query = suite.db("owner").collection(paths.mails()).where("agencyId", "==", AGENCY_ID);
    await assertFails(query.get());
  });

  it("should not allow an admin to redirect a queued invitation email", async () => {
    await assertFails(suite.db("admin").doc(mailPath).update({ to: "attacker@example.net" }));
    expect(await suite.read(mailPath)).toMatchObject({ to: "dana@example.com" });
  });

  // Retrying a failed delivery is the retryMailDelivery callable's job.
  it("should not allow an owner to retry a failed delivery by resetting it", async () => {
    const failed = mailDoc("dana@example.com", invitationMessage, {
      state: "ERROR",
      attempts: 5,
      error: "550 mailbox unavailable",
    });
    await suite.seed({ [mailPath]: failed });
    await assertFails(
      suite
        .db("owner")
        .doc(mailPath)
        .update({ "delivery.state": "PENDING", "delivery.attempts": 0 }),
    );
    expect(await suite.read(mailPath)).toMatchObject({ delivery: { state: "ERROR", attempts: 5 } });
  });
});
