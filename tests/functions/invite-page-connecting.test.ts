import { createHash } from "node:crypto";
import type {
  AccessPageModel,
  CompleteConnectionResult,
  StartConnectionResult,
} from "@portico/domain/access-page-model";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { describe, expect, it, vi } from "vitest";
import { admin, callableError, fieldErrors } from "../support/emulator-clients";
import {
  agencyId,
  connect,
  createInvite,
  invitePageAgencyForThisFile,
  owner,
  serviceOf,
  visitor,
} from "../support/invite-page-agency";
import { sandboxConsent } from "../support/sandbox";

// The client's side of an invite, through the page's callables on the real
// emulators: no account, only the link token.

invitePageAgencyForThisFile();

describe("connecting a service through the sandbox", () => {
  it("grants the agency's account at the requested level, with the feed entry, and keeps no tokens", async () => {
    const { token, inviteId } = await createInvite();
    const { start, callback, completed, state } = await connect(token, "google-ads");
    expect(new URL(start.authorizationUrl).searchParams.get("redirect_uri")).toMatch(
      /\/connect\/callback$/,
    );
    expect(callback.pathname).toBe("/connect/callback");
    expect(completed.accounts.map((account) => account.name)).toEqual([
      "Sandbox Bakery",
      "Sandbox Bakery Outlet",
    ]);

    const page = await visitor.call<AccessPageModel>(CALLABLES.grantService, {
      token,
      state,
      accountId: completed.accounts[0]?.id,
    });
    expect(page.services[0]).toMatchObject({
      status: "granted",
      grantedVia: "connector",
      grantedAccount: "Sandbox Bakery",
    });
    expect(await serviceOf(inviteId, "google-ads")).toMatchObject({
      status: "granted",
      grantedVia: "connector",
      grantedAccount: { name: "Sandbox Bakery" },
      verifiedAt: expect.anything(),
      tokenAccess: null,
    });
    // Without retention the session drops its tokens once the grant is done.
    const session = await admin()
      .db.doc(paths.connectorSession(createHash("sha256").update(state).digest("hex")))
      .get();
    expect(session.get("sealedTokens")).toBeNull();
    await vi.waitFor(
      async () => {
        const feed = await admin()
          .db.collection(paths.activity(agencyId))
          .where("inviteId", "==", inviteId)
          .where("type", "==", "service_granted")
          .get();
        expect(feed.docs.map((doc) => doc.get("serviceId"))).toEqual(["google-ads"]);
      },
      { timeout: 30_000, interval: 150 },
    );
  });

  it("refuses a callback with a state it did not issue for this invite, and writes nothing", async () => {
    const first = await createInvite();
    const second = await createInvite();
    const start = await visitor.call<StartConnectionResult>(CALLABLES.startConnection, {
      token: first.token,
      serviceId: "google-ads",
    });
    const { callback } = await sandboxConsent(start.authorizationUrl);
    const code = callback.searchParams.get("code") ?? "";
    const sessionRef = admin().db.doc(
      paths.connectorSession(createHash("sha256").update(start.state).digest("hex")),
    );
    const before = await sessionRef.get();

    const forged = await callableError(
      visitor.call(CALLABLES.completeConnection, {
        token: first.token,
        state: "a-state-this-server-never-issued-0123456789",
        code,
      }),
    );
    expect(forged.code).toBe("functions/failed-precondition");
    expect(forged.message).toMatch(/no es válido/);
    const otherInvite = await callableError(
      visitor.call(CALLABLES.completeConnection, { token: second.token, state: start.state, code }),
    );
    expect(otherInvite.code).toBe("functions/failed-precondition");
    // A code minted for this state cannot be replayed with a tampered signature.
    const tamperedCode = await callableError(
      visitor.call(CALLABLES.completeConnection, {
        token: first.token,
        state: start.state,
        code: `${code}x`,
      }),
    );
    expect(tamperedCode.code).toBe("functions/failed-precondition");

    const after = await sessionRef.get();
    expect(after.updateTime?.toMillis()).toBe(before.updateTime?.toMillis());
    expect(after.get("stage")).toBe("started");
    expect((await serviceOf(first.inviteId, "google-ads"))?.status).toBe("pending");
  });

  it("refuses an account that was not listed, a second grant, and a service not on the invite", async () => {
    const { token, inviteId } = await createInvite();
    const { completed, state, code } = await connect(token, "google-ads");
    // The same callback again (a reload) answers the same accounts.
    const again = await visitor.call<CompleteConnectionResult>(CALLABLES.completeConnection, {
      token,
      state,
      code,
    });
    expect(again.accounts).toEqual(completed.accounts);

    const unlisted = await callableError(
      visitor.call(CALLABLES.grantService, { token, state, accountId: "someone-elses-account" }),
    );
    expect(unlisted.code).toBe("functions/invalid-argument");
    expect(fieldErrors(unlisted).accountId).toBe("Elige una de las cuentas de la lista.");
    expect((await serviceOf(inviteId, "google-ads"))?.status).toBe("pending");

    await visitor.call(CALLABLES.grantService, {
      token,
      state,
      accountId: completed.accounts[0]?.id,
    });
    const secondStart = await callableError(
      visitor.call(CALLABLES.startConnection, { token, serviceId: "google-ads" }),
    );
    expect(secondStart.code).toBe("functions/failed-precondition");
    const secondConfirm = await callableError(
      visitor.call(CALLABLES.confirmService, { token, serviceId: "google-ads" }),
    );
    expect(secondConfirm.code).toBe("functions/failed-precondition");
    expect(await serviceOf(inviteId, "google-ads")).toMatchObject({ grantedVia: "connector" });

    const notOnInvite = await callableError(
      visitor.call(CALLABLES.startConnection, { token, serviceId: "tiktok-ads" }),
    );
    expect(notOnInvite.code).toBe("functions/invalid-argument");
    expect(fieldErrors(notOnInvite).serviceId).toBe(
      "Este servicio no forma parte de esta solicitud.",
    );
  });

  it("sends the client back without a code when they cancel on the consent screen", async () => {
    const { token } = await createInvite();
    const start = await visitor.call<StartConnectionResult>(CALLABLES.startConnection, {
      token,
      serviceId: "meta-ad-account",
    });
    const { page, callback } = await sandboxConsent(start.authorizationUrl, "deny");
    expect(page).toContain("Sign in with Meta");
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.has("code")).toBe(false);
  });
});

describe("token retention", () => {
  it("keeps the tokens encrypted when the invite asked, and records who reveals them", async () => {
    const { token, inviteId } = await createInvite({ retainTokens: true });
    const { completed, state } = await connect(token, "meta-ad-account");
    await visitor.call(CALLABLES.grantService, {
      token,
      state,
      accountId: completed.accounts[1]?.id,
    });

    const service = await serviceOf(inviteId, "meta-ad-account");
    expect(service?.tokenAccess).toMatchObject({
      platform: "meta",
      scopes: ["meta.meta-ad-account.manage-users"],
      expiresAt: expect.anything(),
    });
    const stored = await admin()
      .db.doc(paths.retainedToken(agencyId, inviteId, "meta-ad-account"))
      .get();
    expect(stored.get("sealed")).toMatch(/^v1\./);
    expect(JSON.stringify(stored.data())).not.toMatch(/sandbox-access-/);

    const revealed = await owner.call<{ accessToken: string; scopes: string[] }>(
      CALLABLES.revealRetainedToken,
      { inviteId, serviceId: "meta-ad-account" },
    );
    expect(revealed.accessToken).toMatch(/^sandbox-access-/);
    const reveals = await stored.ref.collection("reveals").get();
    expect(reveals.docs.map((doc) => doc.get("name"))).toEqual(["Otto Owner"]);
    const feed = await admin()
      .db.collection(paths.activity(agencyId))
      .where("inviteId", "==", inviteId)
      .where("type", "==", "token_revealed")
      .get();
    expect(feed.size).toBe(1);

    // Without a session: no reveal. The anonymous page visitor cannot either.
    const anonymous = await callableError(
      visitor.call(CALLABLES.revealRetainedToken, { inviteId, serviceId: "meta-ad-account" }),
    );
    expect(anonymous.code).toBe("functions/unauthenticated");
    expect((await stored.ref.collection("reveals").get()).size).toBe(1);
  });
});
