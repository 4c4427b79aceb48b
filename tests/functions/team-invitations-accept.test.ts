import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { Timestamp } from "firebase-admin/firestore";
import { describe, expect, it } from "vitest";
import {
  admin,
  callableError,
  findUserByEmail,
  signedInClient,
  VALID_PASSWORD,
  webClient,
} from "../support/emulator-clients";
import {
  invite,
  memberCount,
  owner,
  refusedAccept,
  sha256,
  teamOwnerForThisFile,
  tokenDoc,
  tokenFromMail,
} from "../support/team-invitation-steps";

teamOwnerForThisFile();

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

    const error = await refusedAccept(token, "Late");
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
