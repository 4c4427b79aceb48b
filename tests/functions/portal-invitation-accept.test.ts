import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { type PortalInviteLink, portalState } from "@portico/domain/portal";
import { collection, doc, getDoc, getDocs } from "firebase/firestore";
import { Timestamp } from "firebase-admin/firestore";
import { describe, expect, it, vi } from "vitest";
import { appUrl } from "../../scripts/lib/emulators";
import {
  admin,
  callableError,
  fieldErrors,
  findUserByEmail,
  signedInClient,
  VALID_PASSWORD,
} from "../support/emulator-clients";
import {
  accept,
  agencyId,
  agencyName,
  describeLink,
  expectLinkRefused,
  inviteDoc,
  linkTo,
  newClient,
  owner,
  portalAgencyForThisFile,
  read,
  send,
  sha256,
  snapshotOf,
  tokenDoc,
} from "../support/portal-agency";

portalAgencyForThisFile();

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
      { timeout: 30_000, interval: 150 },
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
