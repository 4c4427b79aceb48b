import { createHash } from "node:crypto";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import {
  PORTAL_LINK_NO_LONGER_VALID,
  type PortalInvitationSummary,
  type PortalInviteLink,
  portalState,
} from "@portico/domain/portal";
import { applyActionCode, signInWithEmailAndPassword } from "firebase/auth";
import { collection, doc, getDoc, getDocs, onSnapshot } from "firebase/firestore";
import { Timestamp } from "firebase-admin/firestore";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { appUrl } from "../../scripts/lib/emulators";
import {
  admin,
  callableError,
  closeWebClients,
  fieldErrors,
  findUserByEmail,
  signedInClient,
  signUpAgency,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
  webClient,
} from "../support/emulator-clients";
import { mailsTo } from "../support/mail-inbox";

const LINK = /\/portal\/join\/([A-Za-z0-9_-]{43})/;

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
const tokenDoc = async (token: string) =>
  (
    await admin()
      .db.doc(paths.invitationToken(sha256(token)))
      .get()
  ).data();
const read = async (path: string) => (await admin().db.doc(path).get()).data();
const count = async (path: string) =>
  (await admin().db.collection(path).count().get()).data().count;

let owner: WebClient;
let ownerEmail: string;
let agencyId: string;
let agencyName: string;

beforeAll(async () => {
  ownerEmail = `${uniqueMarker("portal-owner")}@portal.test`;
  agencyName = uniqueMarker("Portal Agency");
  ({ agencyId } = await signUpAgency({
    displayName: "Olga Owner",
    agencyName,
    email: ownerEmail,
    password: VALID_PASSWORD,
  }));
  // A verified owner: this file mails more than an unverified workspace's daily
  // allowance (every invitation, and a welcome after every join).
  const ownerUid = (await findUserByEmail(ownerEmail))?.uid ?? "";
  await admin().auth.updateUser(ownerUid, { emailVerified: true });
  owner = await signedInClient(ownerEmail, VALID_PASSWORD);
});

afterAll(async () => {
  await closeWebClients();
});

async function newClient(options: { language?: string; email?: string } = {}) {
  const email = options.email ?? `${uniqueMarker("client")}@portal.test`;
  const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Ana Client",
    email,
    type: "client",
    language: options.language ?? "es",
  });
  return {
    clientId,
    email,
    path: paths.client(agencyId, clientId),
    viewPath: paths.portalClientView(agencyId, clientId),
  };
}

/** The raw token of the newest captured portal invitation to `address` (not `previous`). */
async function linkTo(address: string, previous: string[] = []) {
  return vi.waitFor(
    async () => {
      const fresh = (await mailsTo(address))
        .map((mail) => ({ mail, token: LINK.exec(mail.text)?.[1] ?? "" }))
        .filter(({ token }) => token && !previous.includes(token));
      expect(fresh).toHaveLength(1);
      const [found] = fresh;
      if (!found) throw new Error("no mail");
      return found;
      // Mail goes through a trigger and the local SMTP capture: slow on a busy machine.
    },
    { timeout: 30_000, interval: 150 },
  );
}

const send = (clientId: string) =>
  owner.call<{ invitationId: string; expiresAt: string }>(CALLABLES.sendPortalInvitation, {
    clientId,
  });
const describeLink = async (token: string) =>
  (await webClient()).call<PortalInvitationSummary>(CALLABLES.describePortalInvitation, { token });
const accept = async (token: string, displayName = "Ana Client", password = VALID_PASSWORD) =>
  (await webClient()).call<{ email: string }>(CALLABLES.acceptPortalInvitation, {
    token,
    displayName,
    password,
  });

/** A client whose contact accepted the agency's invitation, signed in to the portal. */
async function activePortal(language = "es") {
  const client = await newClient({ language });
  await send(client.clientId);
  const { token } = await linkTo(client.email);
  await accept(token);
  const portal = await signedInClient(client.email, VALID_PASSWORD);
  return { ...client, token, portal, uid: portal.auth.currentUser?.uid ?? "" };
}

/** An invite as createInvite writes it, with one service: granted makes it complete. */
function inviteDoc(clientId: string, service: "pending" | "granted") {
  const now = Timestamp.now();
  return {
    clientId,
    client: { name: "Ana Client", company: "", email: "", faviconUrl: null, type: "client" },
    services: [
      {
        serviceId: "google-ads",
        accessLevel: "standard",
        optional: false,
        connectedAccount: { id: "mcc", kind: "google-ads-manager", label: "MCC", value: "1" },
        status: service,
        statusChangedAt: service === "granted" ? now : null,
        skipReason: null,
      },
    ],
    intake: { requested: false, status: "not_requested" },
    status: service === "granted" ? "complete" : "pending",
    thankYouMessage: "",
    redirectUrl: "",
    cc: [],
    reminders: { count: 0, lastSentAt: null },
    emailDelivery: null,
    createdAt: now,
    createdBy: { uid: "owner", name: "Olga Owner" },
    updatedAt: now,
  };
}

/** Everything a refused link must leave untouched. */
async function snapshotOf(clientPath: string, token: string) {
  return {
    client: await read(clientPath),
    token: await tokenDoc(token),
    members: await count(`${clientPath}/portalMembers`),
    invitations: await admin().db.collection(`${clientPath}/portalInvitations`).get(),
  };
}

async function expectLinkRefused(token: string, clientPath: string, email: string) {
  const before = await snapshotOf(clientPath, token);
  const described = await describeLink(token);
  expect(described.state).toBe("invalid");
  // Nothing about the invitation, but the page that says so is the agency's, in the client's language.
  expect(described).toMatchObject({
    clientName: "",
    email: "",
    agencyId,
    branding: expect.anything(),
  });
  expect(["es", "nl", "en"]).toContain(described.locale);
  const error = await callableError(accept(token));
  expect(error.code).toBe("functions/failed-precondition");
  expect(error.message.startsWith(PORTAL_LINK_NO_LONGER_VALID)).toBe(true);
  const after = await snapshotOf(clientPath, token);
  expect(after.client).toEqual(before.client);
  expect(after.token).toEqual(before.token);
  expect(after.members).toBe(before.members);
  expect(after.invitations.docs.map((d) => d.data())).toEqual(
    before.invitations.docs.map((d) => d.data()),
  );
  return { user: await findUserByEmail(email) };
}

describe("sendPortalInvitation", () => {
  it("answers bad input with field messages and writes nothing", async () => {
    const error = await callableError(owner.call(CALLABLES.sendPortalInvitation, {}));
    expect(error.code).toBe("functions/invalid-argument");
    expect(fieldErrors(error)).toEqual({ clientId: "Missing id." });
  });

  it("refuses a client without a contact email and writes nothing", async () => {
    const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "No Mail",
      type: "client",
      language: "en",
    });
    const error = await callableError(send(clientId));
    expect(error.code).toBe("functions/failed-precondition");
    expect(error.message).toMatch(/^Add the client's email first/);
    expect((await read(paths.client(agencyId, clientId)))?.portal).toBeNull();
    expect(await count(paths.portalInvitations(agencyId, clientId))).toBe(0);
  });

  it("mails a branded link in the client's language and marks the client Invite Sent", async () => {
    const client = await newClient({ language: "es" });
    const { invitationId, expiresAt } = await send(client.clientId);

    const { mail, token } = await linkTo(client.email);
    expect(mail.subject).toBe(`${agencyName} te ha invitado a tu portal de cliente`);
    expect(mail.text).toContain(`${appUrl("test")}/portal/join/${token}`);
    expect(mail.text).toContain("Crear tu cuenta del portal");
    expect(mail.html).toContain('lang="es"');
    expect(Buffer.from(token, "base64url")).toHaveLength(32);

    const lifetime = Date.parse(expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    expect(lifetime).toBeLessThanOrEqual(7 * 24 * 3600 * 1000);
    const invitation = await read(paths.portalInvitation(agencyId, client.clientId, invitationId));
    expect(invitation).toMatchObject({
      email: client.email,
      status: "pending",
      invitedBy: { kind: "agency", name: "Olga Owner" },
    });
    expect(JSON.stringify(invitation)).not.toContain(token);
    expect(await tokenDoc(token)).toMatchObject({
      kind: "portal",
      agencyId,
      clientId: client.clientId,
      usedAt: null,
    });
    const portal = (await read(client.path))?.portal;
    expect(portal).toMatchObject({ status: "invited", invitedEmail: client.email });
    expect(
      portalState(
        {
          email: client.email,
          portal: { status: portal.status, expiresAt: portal.expiresAt.toDate() },
        },
        new Date(),
      ),
    ).toBe("Invite Sent");
    // Exactly one email for the invitation, in the outbox and in the inbox.
    const outbox = await admin()
      .db.collection("mail")
      .where("relatedPath", "==", paths.portalInvitation(agencyId, client.clientId, invitationId))
      .get();
    expect(outbox.size).toBe(1);
  });
});

describe("describing and accepting a portal invitation", () => {
  it("describes the link without writing anything", async () => {
    const client = await newClient({ language: "nl" });
    await send(client.clientId);
    const { token } = await linkTo(client.email);
    const before = await snapshotOf(client.path, token);

    const summary = await describeLink(token);
    expect(summary).toMatchObject({
      state: "valid",
      agencyName,
      clientName: "Ana Client",
      email: client.email,
      locale: "nl",
    });
    const after = await snapshotOf(client.path, token);
    expect(after.token).toEqual(before.token);
    expect(after.client).toEqual(before.client);
    expect(await findUserByEmail(client.email)).toBeNull();

    const unknown = await describeLink(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`);
    expect(unknown).toEqual({
      state: "invalid",
      agencyName: "",
      clientName: "",
      email: "",
      locale: "en",
    });
  });

  it("creates the portal account; the signed-in client reads its own client's data, not another's", async () => {
    const client = await newClient();
    const otherClient = await newClient();
    const invites = admin().db.collection(paths.invites(agencyId));
    await invites.doc(`${client.clientId}-open`).set(inviteDoc(client.clientId, "pending"));
    await invites.doc(`${client.clientId}-done`).set(inviteDoc(client.clientId, "granted"));
    await invites
      .doc(`${otherClient.clientId}-open`)
      .set(inviteDoc(otherClient.clientId, "pending"));
    const { invitationId } = await send(client.clientId);
    const { token } = await linkTo(client.email);

    expect(await accept(token, "Ana Portal")).toEqual({ email: client.email });

    const user = await findUserByEmail(client.email);
    expect(user?.disabled).toBe(false);
    expect(user?.displayName).toBe("Ana Portal");
    expect(user?.customClaims).toEqual({ agencyId, clientId: client.clientId, role: "portal" });
    const uid = user?.uid ?? "";
    expect(await read(paths.portalMember(agencyId, client.clientId, uid))).toMatchObject({
      uid,
      email: client.email,
      displayName: "Ana Portal",
      status: "active",
      invitedBy: { kind: "agency" },
    });
    expect(
      await read(paths.portalInvitation(agencyId, client.clientId, invitationId)),
    ).toMatchObject({ status: "accepted", acceptedBy: uid });
    expect((await tokenDoc(token))?.usedAt).toBeInstanceOf(Timestamp);
    expect((await read(client.path))?.portal).toMatchObject({ status: "active" });
    expect((await read(paths.userSession(uid)))?.claimsUpdatedAt).toBeInstanceOf(Timestamp);

    const portal = await signedInClient(client.email, VALID_PASSWORD);
    const db = portal.firestore();
    await vi.waitFor(
      async () => {
        expect((await getDoc(doc(db, client.viewPath))).get("name")).toBe("Ana Client");
        const own = await getDocs(
          collection(db, paths.portalInviteViews(agencyId, client.clientId)),
        );
        expect(own.docs.map((invite) => invite.id).sort()).toEqual([
          `${client.clientId}-done`,
          `${client.clientId}-open`,
        ]);
      },
      { timeout: 10_000, interval: 150 },
    );
    await expect(getDoc(doc(db, otherClient.viewPath))).rejects.toMatchObject({
      code: "permission-denied",
    });
    await expect(
      getDocs(collection(db, paths.portalInviteViews(agencyId, otherClient.clientId))),
    ).rejects.toMatchObject({ code: "permission-denied" });

    const links = await portal.call<PortalInviteLink[]>(CALLABLES.portalInviteLinks, {});
    expect(links).toHaveLength(1);
    expect(links[0]?.inviteId).toBe(`${client.clientId}-open`);
    expect(links[0]?.url).toMatch(new RegExp(`^${appUrl("test")}/i/[A-Za-z0-9_-]{43}$`));

    // Reused link: invalid, and nothing changes.
    await expectLinkRefused(token, client.path, client.email);
  });

  it("answers a password below the policy with a field message and writes nothing", async () => {
    const client = await newClient();
    await send(client.clientId);
    const { token } = await linkTo(client.email);
    const before = await snapshotOf(client.path, token);
    const error = await callableError(accept(token, "Ana", "short"));
    expect(error.code).toBe("functions/invalid-argument");
    expect(fieldErrors(error)).toEqual({ password: "Use at least 8 characters." });
    const noDigit = await callableError(accept(token, " ", "longenoughbutnodigit"));
    expect(fieldErrors(noDigit)).toEqual({
      displayName: "Enter your name.",
      password: "Use at least one letter and one number.",
    });
    expect(await findUserByEmail(client.email)).toBeNull();
    expect(await tokenDoc(token)).toEqual(before.token);
    expect((await describeLink(token)).state).toBe("valid");
  });

  it("kills the old link when the invitation is resent; the new one works", async () => {
    const client = await newClient();
    const first = await send(client.clientId);
    const { token: oldToken } = await linkTo(client.email);
    await send(client.clientId);
    const { token: newToken } = await linkTo(client.email, [oldToken]);

    expect(
      (await read(paths.portalInvitation(agencyId, client.clientId, first.invitationId)))?.status,
    ).toBe("replaced");
    const { user } = await expectLinkRefused(oldToken, client.path, client.email);
    expect(user).toBeNull();

    await accept(newToken);
    expect((await findUserByEmail(client.email))?.customClaims).toMatchObject({
      clientId: client.clientId,
    });
  });

  it("refuses an expired link (the agency's short lifetime) and writes nothing", async () => {
    await owner.call(CALLABLES.updateGeneralSettings, {
      reminderCooldownHours: 24,
      portalLinkLifetimeDays: 1,
      defaultLocale: "en",
    });
    try {
      const client = await newClient();
      const { expiresAt } = await send(client.clientId);
      const lifetime = Date.parse(expiresAt) - Date.now();
      expect(lifetime).toBeGreaterThan(23 * 3600 * 1000);
      expect(lifetime).toBeLessThanOrEqual(24 * 3600 * 1000);
      const { token } = await linkTo(client.email);
      // A day later (the clock moved by admin writes).
      const past = Timestamp.fromMillis(Date.now() - 1000);
      await admin()
        .db.doc(paths.invitationToken(sha256(token)))
        .update({ expiresAt: past });
      await admin().db.doc(client.path).update({ "portal.expiresAt": past });

      const portal = (await read(client.path))?.portal;
      expect(
        portalState(
          { email: client.email, portal: { ...portal, expiresAt: portal.expiresAt.toDate() } },
          new Date(),
        ),
      ).toBe("Expired");
      const { user } = await expectLinkRefused(token, client.path, client.email);
      expect(user).toBeNull();
    } finally {
      await owner.call(CALLABLES.updateGeneralSettings, {
        reminderCooldownHours: 24,
        portalLinkLifetimeDays: 7,
        defaultLocale: "en",
      });
    }
  });
});

describe("revoking and restoring portal access", () => {
  it("signs the client out at once, refuses sign-in, and an invitation later restores access", async () => {
    const client = await activePortal();
    const db = client.portal.firestore();
    // The portal watches the user's own member document (as PortalLayout does):
    // revoking rewrites it, so its open listener is refused at once.
    const refused = new Promise<string>((resolve) => {
      onSnapshot(
        doc(db, paths.portalMember(agencyId, client.clientId, client.uid)),
        () => undefined,
        (error) => resolve(error.code),
      );
    });
    await vi.waitFor(
      async () => {
        expect((await getDoc(doc(db, client.viewPath))).exists()).toBe(true);
      },
      { timeout: 10_000, interval: 150 },
    );
    // A pending teammate invitation dies with the revoke too.
    await client.portal.call(CALLABLES.invitePortalTeammate, {
      email: `${uniqueMarker("mate")}@portal.test`,
    });

    await owner.call(CALLABLES.revokePortalAccess, { clientId: client.clientId });

    expect(await refused).toBe("permission-denied");
    expect((await findUserByEmail(client.email))?.disabled).toBe(true);
    await expect(
      signInWithEmailAndPassword((await webClient()).auth, client.email, VALID_PASSWORD),
    ).rejects.toMatchObject({ code: "auth/user-disabled" });
    expect((await read(paths.portalMember(agencyId, client.clientId, client.uid)))?.status).toBe(
      "revoked",
    );
    expect((await read(client.path))?.portal).toMatchObject({ status: "revoked" });
    const pending = await admin()
      .db.collection(paths.portalInvitations(agencyId, client.clientId))
      .where("status", "==", "pending")
      .count()
      .get();
    expect(pending.data().count).toBe(0);

    // Invited again: the same account comes back, with the new password.
    await send(client.clientId);
    const { token } = await linkTo(client.email, [client.token]);
    expect((await describeLink(token)).state).toBe("valid");
    await accept(token, "Ana Again", "new-password-2");
    const user = await findUserByEmail(client.email);
    expect(user?.uid).toBe(client.uid);
    expect(user?.disabled).toBe(false);
    expect((await read(client.path))?.portal).toMatchObject({ status: "active" });
    const back = await signedInClient(client.email, "new-password-2");
    expect((await getDoc(doc(back.firestore(), client.viewPath))).exists()).toBe(true);
  });

  it("removes one portal user; the last one leaves the portal Revoked", async () => {
    const client = await activePortal();
    const mate = `${uniqueMarker("mate")}@portal.test`;
    await client.portal.call(CALLABLES.invitePortalTeammate, { email: mate });
    await accept((await linkTo(mate)).token, "Mate");
    const mateUid = (await findUserByEmail(mate))?.uid ?? "";

    await owner.call(CALLABLES.removePortalUser, { clientId: client.clientId, uid: mateUid });
    expect((await read(paths.portalMember(agencyId, client.clientId, mateUid)))?.status).toBe(
      "removed",
    );
    expect((await findUserByEmail(mate))?.disabled).toBe(true);
    expect((await read(client.path))?.portal.status).toBe("active");

    await owner.call(CALLABLES.removePortalUser, { clientId: client.clientId, uid: client.uid });
    expect((await read(client.path))?.portal.status).toBe("revoked");
    await expect(getDoc(doc(client.portal.firestore(), client.viewPath))).rejects.toMatchObject({
      code: "permission-denied",
    });
  });
});

describe("the client's own team", () => {
  it("a portal user invites a teammate in the client's language; the teammate joins and sees the same data", async () => {
    const client = await activePortal("nl");
    const mate = `${uniqueMarker("mate")}@portal.test`;
    const otherClient = await newClient();
    // Any clientId in the input is ignored: the claims decide.
    const { invitationId } = await client.portal.call<{ invitationId: string }>(
      CALLABLES.invitePortalTeammate,
      { email: mate, clientId: otherClient.clientId },
    );
    expect(await count(paths.portalInvitations(agencyId, otherClient.clientId))).toBe(0);
    expect(
      await read(paths.portalInvitation(agencyId, client.clientId, invitationId)),
    ).toMatchObject({
      email: mate,
      status: "pending",
      invitedBy: { kind: "portal", uid: client.uid, name: "Ana Client" },
    });

    const { mail, token } = await linkTo(mate);
    expect(mail.subject).toBe("Ana Client nodigt je uit voor het portaal van Ana Client");
    expect(mail.html).toContain('lang="nl"');
    expect((await describeLink(token)).locale).toBe("nl");
    await accept(token, "Mate");
    const teammate = await signedInClient(mate, VALID_PASSWORD);
    expect((await getDoc(doc(teammate.firestore(), client.viewPath))).get("name")).toBe(
      "Ana Client",
    );
    const team = await getDocs(
      collection(teammate.firestore(), paths.portalMembers(agencyId, client.clientId)),
    );
    expect(team.size).toBe(2);
  });

  it("refuses bad input and an address already active in the portal", async () => {
    const client = await activePortal();
    const before = await count(paths.portalInvitations(agencyId, client.clientId));

    const bad = await callableError(
      client.portal.call(CALLABLES.invitePortalTeammate, { email: "nope" }),
    );
    expect(bad.code).toBe("functions/invalid-argument");
    expect(fieldErrors(bad)).toEqual({
      email: "Enter a valid email address, like name@example.com.",
    });
    const active = await callableError(
      client.portal.call(CALLABLES.invitePortalTeammate, { email: client.email }),
    );
    expect(fieldErrors(active)).toEqual({ email: "This person already has access to the portal." });
    expect(await count(paths.portalInvitations(agencyId, client.clientId))).toBe(before);
  });

  it("keeps agency callables and portal callables apart", async () => {
    const client = await activePortal();
    const asPortal = await callableError(
      client.portal.call(CALLABLES.sendPortalInvitation, { clientId: client.clientId }),
    );
    expect(asPortal.code).toBe("functions/permission-denied");
    const revoke = await callableError(
      client.portal.call(CALLABLES.revokePortalAccess, { clientId: client.clientId }),
    );
    expect(revoke.code).toBe("functions/permission-denied");
    const asStaff = await callableError(
      owner.call(CALLABLES.invitePortalTeammate, { email: "x@portal.test" }),
    );
    expect(asStaff.code).toBe("functions/permission-denied");
    const signedOut = await callableError(
      (await webClient()).call(CALLABLES.portalInviteLinks, {}),
    );
    expect(signedOut.code).toBe("functions/unauthenticated");
  });
});

describe("changing the client's contact address", () => {
  const update = (clientId: string, email: string, language = "es") =>
    owner.call(CALLABLES.updateClient, {
      clientId,
      name: "Ana Client",
      email,
      type: "client",
      language,
    });
  const signIn = async (email: string) =>
    signInWithEmailAndPassword((await webClient()).auth, email, VALID_PASSWORD);

  it("before acceptance: updating the address and resending sends the link to the new one", async () => {
    const client = await newClient();
    await send(client.clientId);
    const first = await linkTo(client.email);
    const newEmail = `${uniqueMarker("moved")}@portal.test`;
    await update(client.clientId, newEmail);
    await send(client.clientId);
    const { token } = await linkTo(newEmail);
    expect((await describeLink(first.token)).state).toBe("invalid");
    expect((await accept(token)).email).toBe(newEmail);
  });

  it("after acceptance: the new address gets a verification email and becomes the sign-in only once verified", async () => {
    const client = await activePortal("nl");
    const newEmail = `${uniqueMarker("moved")}@portal.test`;
    await update(client.clientId, newEmail, "nl");

    const mail = await vi.waitFor(
      async () => {
        const [found] = await mailsTo(newEmail);
        expect(found?.subject).toBe(
          "Bevestig je nieuwe inlogadres voor het portaal van Ana Client",
        );
        return found;
      },
      { timeout: 10_000, interval: 150 },
    );
    // Portico's own page completes the change, in the client's language.
    const link =
      /http:\/\/127\.0\.0\.1:\d+\/portal\/confirm-email\?oobCode=([^\s&)]+)&lang=nl/.exec(
        mail?.text ?? "",
      );
    expect(link?.[0].startsWith(`${appUrl("test")}/portal/confirm-email?`)).toBe(true);
    // Not verified yet: the old address still signs in, the new one does not.
    await expect(signIn(newEmail)).rejects.toThrow();
    await expect(signIn(client.email)).resolves.toBeTruthy();
    expect(await read(paths.portalMember(agencyId, client.clientId, client.uid))).toMatchObject({
      email: client.email,
      pendingEmail: newEmail,
    });

    // A retried update sends no second email.
    await update(client.clientId, newEmail, "nl");
    expect(await mailsTo(newEmail)).toHaveLength(1);

    await applyActionCode((await webClient()).auth, decodeURIComponent(link?.[1] ?? ""));
    await expect(signIn(client.email)).rejects.toThrow();
    const moved = await signedInClient(newEmail, VALID_PASSWORD);
    expect(moved.auth.currentUser?.uid).toBe(client.uid);
    // The portal user's record follows the verified address on their next visit.
    await moved.call(CALLABLES.portalInviteLinks, {});
    const member = await read(paths.portalMember(agencyId, client.clientId, client.uid));
    expect(member?.email).toBe(newEmail);
    expect(member?.pendingEmail).toBeUndefined();
  });
});
