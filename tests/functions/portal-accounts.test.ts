// One thing, over 300 lines: portal accounts resisting takeover, four attacks sharing one set of steps.
/**
 * Portal accounts cannot be hijacked, probed or pre-registered: links are
 * bound to the address they were mailed to, inviters get one answer whoever
 * uses an address, concurrent accepts leave the winner's password, and an
 * address corrected after sending cancels the old link.
 */
import { createHash } from "node:crypto";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { PORTAL_LINK_NO_LONGER_VALID, portalState } from "@portico/domain/portal";
import { signInWithEmailAndPassword } from "firebase/auth";
import { httpsCallable } from "firebase/functions";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
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
import { type CapturedMail, mailsTo } from "../support/mail-inbox";
import { UNKNOWN_TOKEN, warmWorkers } from "../support/warm-workers";

const LINK = /\/portal\/join\/([A-Za-z0-9_-]{43})/;
const UNAVAILABLE_SUBJECT = /^This address can't be used for the .+ portal$/;
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
const read = async (path: string) => (await admin().db.doc(path).get()).data();

let owner: WebClient;
let ownerEmail: string;
let agencyId: string;

beforeAll(async () => {
  ownerEmail = `${uniqueMarker("acct-owner")}@accounts.test`;
  ({ agencyId } = await signUpAgency({
    displayName: "Olga Owner",
    agencyName: uniqueMarker("Accounts Agency"),
    email: ownerEmail,
    password: VALID_PASSWORD,
  }));
  // A verified owner: this file mails more than an unverified workspace's daily
  // allowance (every invitation, and a welcome after every join).
  const ownerUid = (await findUserByEmail(ownerEmail))?.uid ?? "";
  await admin().auth.updateUser(ownerUid, { emailVerified: true });
  owner = await signedInClient(ownerEmail, VALID_PASSWORD);
});

afterAll(closeWebClients);

const freshAddress = (label = "addr") => `${uniqueMarker(label)}@accounts.test`;

async function newClient(email = freshAddress("client")) {
  const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Ana Client",
    email,
    type: "client",
    language: "en",
  });
  return { clientId, email, path: paths.client(agencyId, clientId) };
}

const send = (clientId: string) =>
  owner.call<Record<string, unknown>>(CALLABLES.sendPortalInvitation, { clientId });
const accept = async (token: string, password = VALID_PASSWORD, displayName = "Ana Client") =>
  (await webClient()).call<{ email: string }>(CALLABLES.acceptPortalInvitation, {
    token,
    displayName,
    password,
  });
const describeLink = async (token: string) =>
  (await webClient()).call<{ state: string }>(CALLABLES.describePortalInvitation, { token });
const updateEmail = (clientId: string, email: string) =>
  owner.call<Record<string, unknown>>(CALLABLES.updateClient, {
    clientId,
    name: "Ana Client",
    email,
    type: "client",
    language: "en",
  });

/** The one mail to `address` that is not among `seen` subjects/tokens. */
async function onlyMailTo(address: string, count = 1): Promise<CapturedMail> {
  return vi.waitFor(
    async () => {
      // The welcome sent after joining is not what these tests count.
      const mails = (await mailsTo(address)).filter((mail) => !mail.text.includes("/portal/a/"));
      expect(mails).toHaveLength(count);
      return mails[count - 1] as CapturedMail;
    },
    { timeout: 30_000, interval: 150 },
  );
}

async function tokenMailedTo(address: string, count = 1): Promise<string> {
  const mail = await onlyMailTo(address, count);
  const token = LINK.exec(mail.text)?.[1];
  if (!token) throw new Error(`No portal link in the mail to ${address}: ${mail.subject}`);
  return token;
}

/** A client whose contact accepted the agency's invitation, signed in to the portal. */
async function activePortal() {
  const client = await newClient();
  await send(client.clientId);
  const token = await tokenMailedTo(client.email);
  await accept(token);
  const portal = await signedInClient(client.email, VALID_PASSWORD);
  return { ...client, token, portal, uid: portal.auth.currentUser?.uid ?? "" };
}

/** One address of each kind an inviter must not be able to tell apart. */
async function fourKindsOfAddress() {
  const other = await activePortal();
  const mate = freshAddress("mate");
  await other.portal.call(CALLABLES.invitePortalTeammate, { email: mate });
  await accept(await tokenMailedTo(mate), VALID_PASSWORD, "Mate");
  const account = freshAddress("account");
  await admin().auth.createUser({ email: account, password: VALID_PASSWORD, emailVerified: true });
  const staff = freshAddress("staff");
  await signUpAgency({
    displayName: "Sam Staff",
    agencyName: uniqueMarker("Other Agency"),
    email: staff,
    password: VALID_PASSWORD,
  });
  return {
    staff,
    otherPortal: mate,
    otherAccount: account,
    unused: freshAddress("unused"),
  };
}

/** The answer without the parts that name the request (ids, the address, the time). */
const shapeOf = (answer: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(answer).map(([key, value]) => [key, typeof value]));

describe("a link is bound to the address it was mailed to", () => {
  it("refuses a portal link whose invitation's address was rewritten, and makes no account", async () => {
    const client = await newClient();
    const { invitationId } = (await send(client.clientId)) as { invitationId: string };
    const token = await tokenMailedTo(client.email);
    const attacker = freshAddress("attacker");
    await admin()
      .db.doc(paths.portalInvitation(agencyId, client.clientId, invitationId))
      .update({ email: attacker });

    expect((await describeLink(token)).state).toBe("invalid");
    const error = await callableError(accept(token));
    expect(error.code).toBe("functions/failed-precondition");
    expect(error.message.startsWith(PORTAL_LINK_NO_LONGER_VALID)).toBe(true);
    expect(await findUserByEmail(attacker)).toBeNull();
    expect(
      (
        await admin()
          .db.doc(paths.invitationToken(sha256(token)))
          .get()
      ).get("usedAt"),
    ).toBe(null);
  });
});

describe("one answer whoever uses the address", () => {
  it("sendPortalInvitation answers alike for staff, another client's portal user, another account and an unused address; only the owner hears why", async () => {
    const addresses = await fourKindsOfAddress();
    const answers: Record<string, unknown>[] = [];
    const portals: unknown[] = [];
    for (const email of Object.values(addresses)) {
      const client = await newClient(email);
      answers.push(shapeOf(await send(client.clientId)));
      const portal = (await read(client.path))?.portal;
      portals.push({ status: portal.status, invitedEmail: portal.invitedEmail === email });
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(new Set(portals.map((portal) => JSON.stringify(portal))).size).toBe(1);

    expect(await tokenMailedTo(addresses.unused)).toMatch(/\S/);
    for (const email of [addresses.staff, addresses.otherPortal, addresses.otherAccount]) {
      const notice = await vi.waitFor(
        async () => {
          const found = (await mailsTo(email)).find((mail) =>
            UNAVAILABLE_SUBJECT.test(mail.subject),
          );
          expect(found).toBeDefined();
          return found as CapturedMail;
        },
        { timeout: 30_000, interval: 150 },
      );
      expect(notice.text).not.toMatch(LINK);
    }
  });

  it("invitePortalTeammate answers alike for those four and for another client's contact, which can never join", async () => {
    const addresses = await fourKindsOfAddress();
    const clientB = await newClient();
    await send(clientB.clientId);
    const clientBToken = await tokenMailedTo(clientB.email);
    const clientA = await activePortal();

    const answers: string[] = [];
    for (const email of [...Object.values(addresses), clientB.email]) {
      const answer = await clientA.portal.call<Record<string, unknown>>(
        CALLABLES.invitePortalTeammate,
        { email },
      );
      answers.push(JSON.stringify(shapeOf(answer)));
    }
    expect(new Set(answers).size).toBe(1);

    // Client B's contact hears why, gets no link to A's portal, and B's own link still works.
    const notice = await onlyMailTo(clientB.email, 2);
    expect(notice.subject).toMatch(UNAVAILABLE_SUBJECT);
    expect(notice.text).not.toMatch(LINK);
    expect((await accept(clientBToken)).email).toBe(clientB.email);
    expect((await findUserByEmail(clientB.email))?.customClaims).toMatchObject({
      clientId: clientB.clientId,
    });
    expect(await tokenMailedTo(addresses.unused)).toMatch(/\S/);
  });

  it("updateClient answers alike when an active portal's contact moves to any of the four", async () => {
    const addresses = await fourKindsOfAddress();
    const answers: string[] = [];
    for (const email of Object.values(addresses)) {
      const client = await activePortal();
      answers.push(JSON.stringify(shapeOf(await updateEmail(client.clientId, email))));
      expect((await read(client.path))?.email).toBe(email);
      expect(await read(paths.portalMember(agencyId, client.clientId, client.uid))).toMatchObject({
        email: client.email,
        pendingEmail: email,
      });
    }
    expect(new Set(answers).size).toBe(1);
    const notice = await vi.waitFor(
      async () => {
        const found = (await mailsTo(addresses.staff)).find((mail) =>
          UNAVAILABLE_SUBJECT.test(mail.subject),
        );
        expect(found).toBeDefined();
        return found as CapturedMail;
      },
      { timeout: 30_000, interval: 150 },
    );
    expect(notice.text).not.toContain("/portal/confirm-email?oobCode=");
    expect((await onlyMailTo(addresses.unused)).text).toContain("/portal/confirm-email?oobCode=");
  });
});

describe("an account made through the public Auth API", () => {
  it("is taken over by the portal invitation: new password, portal claims, its sessions ended", async () => {
    const email = freshAddress("squatted");
    // As made before client sign-up was blocked: unverified, no role.
    const squatted = await admin().auth.createUser({ email, password: "squatter-pass-1" });
    const squatter = await signedInClient(email, "squatter-pass-1");
    const squatterToken = (await squatter.auth.currentUser?.getIdToken()) ?? "";
    // Revocation counts in whole seconds: the squatter's session must be from an earlier one.
    const signedInAt = Math.floor(Date.now() / 1000);
    await vi.waitFor(
      async () => expect(Math.floor(Date.now() / 1000)).toBeGreaterThan(signedInAt),
      { timeout: 30_000, interval: 150 },
    );
    const client = await newClient(email);
    await send(client.clientId);

    await accept(await tokenMailedTo(email), "owner-pass-2");

    const user = await findUserByEmail(email);
    expect(user?.uid).toBe(squatted.uid);
    expect(user?.emailVerified).toBe(true);
    expect(user?.customClaims).toEqual({ agencyId, clientId: client.clientId, role: "portal" });
    await expect(
      signInWithEmailAndPassword((await webClient()).auth, email, "squatter-pass-1"),
    ).rejects.toMatchObject({ code: "auth/wrong-password" });
    // The squatter's session was revoked (checked as the functions check ID tokens).
    await expect(admin().auth.verifyIdToken(squatterToken, true)).rejects.toMatchObject({
      code: "auth/id-token-revoked",
    });
    expect((await signedInClient(email, "owner-pass-2")).auth.currentUser?.uid).toBe(squatted.uid);
  });
});

describe("concurrent accepts", () => {
  const CONCURRENT = 20;
  /** Twenty requests at once start workers cold in the emulator: allow for it. */
  const RACE_TIMEOUT_MS = 240_000;
  const passwordOf = (index: number) => `concurrent-pass-${index}`;

  /** Accepts `token` CONCURRENT times at once, each with its own password. */
  async function acceptAtOnce(token: string) {
    const clients = await Promise.all(Array.from({ length: CONCURRENT }, () => webClient()));
    await warmWorkers(() => accept(UNKNOWN_TOKEN), CONCURRENT);
    const outcomes = await Promise.allSettled(
      clients.map((client, index) =>
        httpsCallable(client.functions, CALLABLES.acceptPortalInvitation, {
          timeout: RACE_TIMEOUT_MS,
        })({ token, displayName: `Racer ${index}`, password: passwordOf(index) }),
      ),
    );
    const winners = outcomes.flatMap((outcome, index) =>
      outcome.status === "fulfilled" ? [index] : [],
    );
    const losers = outcomes.flatMap((outcome) =>
      outcome.status === "rejected" ? [(outcome.reason as { code?: string }).code] : [],
    );
    expect(winners).toHaveLength(1);
    expect(new Set(losers)).toEqual(new Set(["functions/failed-precondition"]));
    return winners[0] as number;
  }

  async function expectOnlyPassword(email: string, winner: number) {
    const auth = (await webClient()).auth;
    for (let index = 0; index < CONCURRENT; index += 1) {
      const signIn = signInWithEmailAndPassword(auth, email, passwordOf(index));
      if (index === winner) await expect(signIn).resolves.toBeTruthy();
      else await expect(signIn).rejects.toMatchObject({ code: "auth/wrong-password" });
    }
  }

  it("leave a new account with the winner's password", async () => {
    const client = await newClient();
    await send(client.clientId);
    const winner = await acceptAtOnce(await tokenMailedTo(client.email));
    await expectOnlyPassword(client.email, winner);
    expect((await findUserByEmail(client.email))?.displayName).toBe(`Racer ${winner}`);
  }, 300_000);

  it("leave a re-invited account with the winner's password, every time", async () => {
    const client = await activePortal();
    for (let round = 1; round <= 3; round += 1) {
      await owner.call(CALLABLES.revokePortalAccess, { clientId: client.clientId });
      await send(client.clientId);
      const winner = await acceptAtOnce(await tokenMailedTo(client.email, round + 1));
      await expectOnlyPassword(client.email, winner);
      const user = await findUserByEmail(client.email);
      expect(user?.uid).toBe(client.uid);
      expect(user?.disabled).toBe(false);
    }
  }, 600_000);
});

describe("correcting the client's email after sending", () => {
  it("cancels the link sent to the old address; resending goes to the new one", async () => {
    const client = await newClient();
    const { invitationId } = (await send(client.clientId)) as { invitationId: string };
    const oldToken = await tokenMailedTo(client.email);
    const corrected = freshAddress("corrected");

    await updateEmail(client.clientId, corrected);

    expect(
      (await read(paths.portalInvitation(agencyId, client.clientId, invitationId)))?.status,
    ).toBe("cancelled");
    const portal = (await read(client.path))?.portal;
    expect(portal).toMatchObject({
      status: "cancelled",
      cancelledEmail: client.email,
      expiresAt: null,
    });
    expect(
      portalState({ email: corrected, portal: { ...portal, expiresAt: null } }, new Date()),
    ).toBe("Email Set");
    expect((await describeLink(oldToken)).state).toBe("invalid");
    const error = await callableError(accept(oldToken));
    expect(error.code).toBe("functions/failed-precondition");
    expect(await findUserByEmail(client.email)).toBeNull();

    await send(client.clientId);
    expect((await read(client.path))?.portal).toMatchObject({
      status: "invited",
      invitedEmail: corrected,
      cancelledEmail: null,
    });
    expect((await accept(await tokenMailedTo(corrected))).email).toBe(corrected);
  });
});
