import { createHash } from "node:crypto";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { doc, getDoc } from "firebase/firestore";
import { httpsCallable } from "firebase/functions";
import { Timestamp } from "firebase-admin/firestore";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
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
import { UNKNOWN_TOKEN, warmWorkers } from "../support/warm-workers";

const LINK_NO_LONGER_VALID = "This link is no longer valid. Ask for a new invitation.";

interface Owner {
  client: WebClient;
  agencyId: string;
  email: string;
}

async function newAgency(label: string): Promise<Owner> {
  const email = `${uniqueMarker(label)}@team.test`;
  const { agencyId } = await signUpAgency({
    displayName: "Olga Owner",
    agencyName: uniqueMarker("Agency"),
    email,
    password: VALID_PASSWORD,
  });
  return { client: await signedInClient(email, VALID_PASSWORD), agencyId, email };
}

async function invite(owner: Owner, role = "member") {
  const email = `${uniqueMarker("invitee")}@team.test`;
  const { invitationId } = await owner.client.call<{ invitationId: string }>(
    CALLABLES.inviteTeammate,
    {
      email,
      role,
    },
  );
  return { email, invitationId, path: paths.invitation(owner.agencyId, invitationId) };
}

/** The raw token from the newest invitation email about `invitationPath`. */
async function tokenFromMail(invitationPath: string, previous?: string): Promise<string> {
  return vi.waitFor(
    async () => {
      const mails = await admin()
        .db.collection("mail")
        .where("relatedPath", "==", invitationPath)
        .get();
      const tokens = mails.docs
        .map((mail) => /\/join\/([A-Za-z0-9_-]{43})/.exec(mail.get("message.text") as string)?.[1])
        .filter((token): token is string => Boolean(token) && token !== previous);
      expect(tokens).toHaveLength(1);
      return tokens[0] as string;
    },
    { timeout: 10_000, interval: 150 },
  );
}

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
const tokenDoc = (token: string) =>
  admin()
    .db.doc(paths.invitationToken(sha256(token)))
    .get();
const memberCount = async (agencyId: string) =>
  (await admin().db.collection(paths.members(agencyId)).count().get()).data().count;

let owner: Owner;

beforeAll(async () => {
  owner = await newAgency("team-owner");
});

afterAll(async () => {
  await closeWebClients();
});

describe("inviteTeammate", () => {
  it("answers bad input with field messages and writes nothing", async () => {
    const error = await callableError(
      owner.client.call(CALLABLES.inviteTeammate, { email: "nope", role: "superuser" }),
    );
    expect(error.code).toBe("functions/invalid-argument");
    expect(fieldErrors(error)).toEqual({
      email: "Enter a valid email address, like name@example.com.",
      role: "Choose a role: owner, admin, member or viewer.",
    });
    const invitations = await admin()
      .db.collection(paths.invitations(owner.agencyId))
      .count()
      .get();
    expect(invitations.data().count).toBe(0);
  });

  it("stores only a hash of the token, and the link carries 256 bits", async () => {
    const { path } = await invite(owner);
    const token = await tokenFromMail(path);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const stored = await tokenDoc(token);
    expect(stored.exists).toBe(true);
    expect(stored.get("kind")).toBe("team");
    const invitation = await admin().db.doc(path).get();
    expect(JSON.stringify(invitation.data())).not.toContain(token);
    expect(JSON.stringify(stored.data())).not.toContain(token);
  });

  it("refuses an address that is already on the team", async () => {
    const error = await callableError(
      owner.client.call(CALLABLES.inviteTeammate, { email: owner.email, role: "member" }),
    );
    expect(fieldErrors(error)).toEqual({ email: "This person is already on the team." });
  });

  it("refuses callers who are not owners or admins", async () => {
    const stranger = await signedInClient(
      (
        await admin().auth.createUser({
          email: `${uniqueMarker("nobody")}@team.test`,
          password: VALID_PASSWORD,
        })
      ).email ?? "",
      VALID_PASSWORD,
    );
    const error = await callableError(
      stranger.call(CALLABLES.inviteTeammate, { email: "x@team.test", role: "member" }),
    );
    expect(error.code).toBe("functions/permission-denied");
  });
});

describe("accepting a team invitation", () => {
  it("reads without writing, then joins once with a new account and the invited role", async () => {
    const { email, path } = await invite(owner, "admin");
    const token = await tokenFromMail(path);
    const anonymous = await webClient();

    const described = await anonymous.call<{
      valid: boolean;
      email: string;
      accountExists: boolean;
    }>(CALLABLES.describeTeamInvitation, { token });
    expect(described).toMatchObject({ valid: true, email, accountExists: false });
    expect((await tokenDoc(token)).get("usedAt")).toBeNull();
    expect(await findUserByEmail(email)).toBeNull();

    await anonymous.call(CALLABLES.acceptTeamInvitation, {
      token,
      displayName: "Ada Admin",
      password: VALID_PASSWORD,
    });
    const user = await findUserByEmail(email);
    expect(user?.customClaims).toEqual({ agencyId: owner.agencyId, role: "admin" });
    const member = await admin()
      .db.doc(paths.member(owner.agencyId, user?.uid ?? ""))
      .get();
    expect(member.data()).toMatchObject({
      email,
      role: "admin",
      status: "active",
      displayName: "Ada Admin",
    });
    expect((await admin().db.doc(path).get()).get("status")).toBe("accepted");
    expect((await tokenDoc(token)).get("usedAt")).toBeInstanceOf(Timestamp);

    // Reused link: refused, and nothing changes.
    const before = await memberCount(owner.agencyId);
    const reuse = await callableError(
      (await webClient()).call(CALLABLES.acceptTeamInvitation, {
        token,
        displayName: "X",
        password: VALID_PASSWORD,
      }),
    );
    expect(reuse.code).toBe("functions/failed-precondition");
    expect(reuse.message).toMatch(/^This link is no longer valid. Ask for a new invitation./);
    expect(await memberCount(owner.agencyId)).toBe(before);
    expect(
      (
        await (
          await webClient()
        ).call<{ valid: boolean }>(CALLABLES.describeTeamInvitation, { token })
      ).valid,
    ).toBe(false);
  });

  it("refuses an expired link and writes nothing", async () => {
    const { email, path } = await invite(owner);
    const token = await tokenFromMail(path);
    await admin()
      .db.doc(paths.invitationToken(sha256(token)))
      .update({ expiresAt: Timestamp.fromMillis(Date.now() - 1000) });

    const client = await webClient();
    expect(
      (await client.call<{ valid: boolean }>(CALLABLES.describeTeamInvitation, { token })).valid,
    ).toBe(false);
    const error = await callableError(
      client.call(CALLABLES.acceptTeamInvitation, {
        token,
        displayName: "Late",
        password: VALID_PASSWORD,
      }),
    );
    expect(error.code).toBe("functions/failed-precondition");
    expect(await findUserByEmail(email)).toBeNull();
    expect((await admin().db.doc(path).get()).get("status")).toBe("pending");
    expect((await tokenDoc(token)).get("usedAt")).toBeNull();
  });

  it("kills the old link when the invitation is resent; the new one works", async () => {
    const { email, invitationId, path } = await invite(owner);
    const oldToken = await tokenFromMail(path);
    await owner.client.call(CALLABLES.resendTeamInvitation, { invitationId });
    const newToken = await tokenFromMail(path, oldToken);
    expect(newToken).not.toBe(oldToken);

    const client = await webClient();
    const error = await callableError(
      client.call(CALLABLES.acceptTeamInvitation, {
        token: oldToken,
        displayName: "Old",
        password: VALID_PASSWORD,
      }),
    );
    expect(error.code).toBe("functions/failed-precondition");
    expect(await findUserByEmail(email)).toBeNull();

    await client.call(CALLABLES.acceptTeamInvitation, {
      token: newToken,
      displayName: "New",
      password: VALID_PASSWORD,
    });
    expect((await findUserByEmail(email))?.customClaims).toMatchObject({
      agencyId: owner.agencyId,
    });
  });

  it("treats a tampered or cancelled link as no longer valid and writes nothing", async () => {
    const { email, invitationId, path } = await invite(owner);
    const token = await tokenFromMail(path);
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    const client = await webClient();

    for (const attempt of [tampered, "short", `${token}x`]) {
      expect(
        (
          await client.call<{ valid: boolean }>(CALLABLES.describeTeamInvitation, {
            token: attempt,
          })
        ).valid,
      ).toBe(false);
      const error = await callableError(
        client.call(CALLABLES.acceptTeamInvitation, {
          token: attempt,
          displayName: "T",
          password: VALID_PASSWORD,
        }),
      );
      expect(error.code).toBe("functions/failed-precondition");
    }
    await owner.client.call(CALLABLES.cancelTeamInvitation, { invitationId });
    const cancelled = await callableError(
      client.call(CALLABLES.acceptTeamInvitation, {
        token,
        displayName: "C",
        password: VALID_PASSWORD,
      }),
    );
    expect(cancelled.code).toBe("functions/failed-precondition");
    expect(await findUserByEmail(email)).toBeNull();
  });

  it("asks an existing account to sign in, then joins it as that account", async () => {
    const { email, path } = await invite(owner, "viewer");
    await admin().auth.createUser({ email, password: VALID_PASSWORD });
    const token = await tokenFromMail(path);

    const anonymous = await webClient();
    const error = await callableError(anonymous.call(CALLABLES.acceptTeamInvitation, { token }));
    expect(error.code).toBe("functions/failed-precondition");
    expect(error.message).toMatch(/^You already have an account. Sign in to accept./);

    const signedIn = await signedInClient(email, VALID_PASSWORD);
    await signedIn.call(CALLABLES.acceptTeamInvitation, { token });
    expect((await findUserByEmail(email))?.customClaims).toEqual({
      agencyId: owner.agencyId,
      role: "viewer",
    });
  });
});

describe("team links that cannot be hijacked", () => {
  it("refuses a link whose invitation's address was rewritten after sending, and makes no account", async () => {
    const { path } = await invite(owner);
    const token = await tokenFromMail(path);
    const attacker = `${uniqueMarker("attacker")}@team.test`;
    await admin().db.doc(path).update({ email: attacker });

    const client = await webClient();
    expect(
      (await client.call<{ valid: boolean }>(CALLABLES.describeTeamInvitation, { token })).valid,
    ).toBe(false);
    const error = await callableError(
      client.call(CALLABLES.acceptTeamInvitation, {
        token,
        displayName: "Mallory",
        password: VALID_PASSWORD,
      }),
    );
    expect(error.code).toBe("functions/failed-precondition");
    expect(error.message.startsWith(LINK_NO_LONGER_VALID)).toBe(true);
    expect(await findUserByEmail(attacker)).toBeNull();
    expect((await tokenDoc(token)).get("usedAt")).toBeNull();
  });

  it("answers concurrent accepts of one link with one account and failed-precondition for the rest", async () => {
    const { email, path } = await invite(owner);
    const token = await tokenFromMail(path);
    const clients = await Promise.all(Array.from({ length: 20 }, () => webClient()));
    await warmWorkers(
      () =>
        webClient().then((client) =>
          client.call(CALLABLES.acceptTeamInvitation, { token: UNKNOWN_TOKEN }),
        ),
      20,
    );
    const outcomes = await Promise.allSettled(
      clients.map((client, index) =>
        // Twenty requests at once start workers cold in the emulator: allow for it.
        httpsCallable(client.functions, CALLABLES.acceptTeamInvitation, { timeout: 240_000 })({
          token,
          displayName: `Racer ${index}`,
          password: `concurrent-pass-${index}`,
        }),
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
    const winner = winners[0] as number;
    const user = await findUserByEmail(email);
    expect(user?.displayName).toBe(`Racer ${winner}`);
    expect(user?.customClaims).toEqual({ agencyId: owner.agencyId, role: "member" });
    await expect(
      signedInClient(email, `concurrent-pass-${winner}`).then(() => "signed in"),
    ).resolves.toBe("signed in");
  }, 300_000);
});

describe("roles and removal", () => {
  it("keeps at least one owner", async () => {
    const agency = await newAgency("lone-owner");
    const uid = agency.client.auth.currentUser?.uid ?? "";
    const demote = await callableError(
      agency.client.call(CALLABLES.changeMemberRole, { uid, role: "admin" }),
    );
    expect(demote.code).toBe("functions/failed-precondition");
    expect(demote.message).toContain("At least one owner must remain");
    const remove = await callableError(agency.client.call(CALLABLES.removeMember, { uid }));
    expect(remove.code).toBe("functions/failed-precondition");
    expect((await admin().db.doc(paths.member(agency.agencyId, uid)).get()).get("role")).toBe(
      "owner",
    );
  });

  it("lets admins manage members but not ownership", async () => {
    const agency = await newAgency("admin-limits");
    const { email, path } = await invite(agency, "admin");
    const token = await tokenFromMail(path);
    await (await webClient()).call(CALLABLES.acceptTeamInvitation, {
      token,
      displayName: "Al",
      password: VALID_PASSWORD,
    });
    const adminClient = await signedInClient(email, VALID_PASSWORD);
    const ownerUid = agency.client.auth.currentUser?.uid ?? "";

    const inviteOwner = await callableError(
      adminClient.call(CALLABLES.inviteTeammate, { email: "o@team.test", role: "owner" }),
    );
    expect(inviteOwner.code).toBe("functions/permission-denied");
    const demoteOwner = await callableError(
      adminClient.call(CALLABLES.changeMemberRole, { uid: ownerUid, role: "viewer" }),
    );
    expect(demoteOwner.code).toBe("functions/permission-denied");
    const removeOwner = await callableError(
      adminClient.call(CALLABLES.removeMember, { uid: ownerUid }),
    );
    expect(removeOwner.code).toBe("functions/permission-denied");
    expect((await admin().db.doc(paths.member(agency.agencyId, ownerUid)).get()).get("role")).toBe(
      "owner",
    );
  });

  it("ends a removed member's access at once, before their token expires", async () => {
    const agency = await newAgency("removal");
    const { email, path } = await invite(agency, "member");
    const token = await tokenFromMail(path);
    await (await webClient()).call(CALLABLES.acceptTeamInvitation, {
      token,
      displayName: "Mo",
      password: VALID_PASSWORD,
    });
    const member = await signedInClient(email, VALID_PASSWORD);
    await member.auth.currentUser?.getIdToken(true);
    const agencyDoc = doc(member.firestore(), paths.agency(agency.agencyId));
    expect((await getDoc(agencyDoc)).exists()).toBe(true);

    await agency.client.call(CALLABLES.removeMember, { uid: member.auth.currentUser?.uid });

    // Same (still unexpired) ID token: the rules refuse because the membership is gone.
    await expect(getDoc(agencyDoc)).rejects.toMatchObject({ code: "permission-denied" });
    expect((await findUserByEmail(email))?.customClaims ?? {}).toEqual({});
  });
});
