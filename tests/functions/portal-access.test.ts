import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { signInWithEmailAndPassword } from "firebase/auth";
import { doc, getDoc, onSnapshot } from "firebase/firestore";
import { describe, expect, it, vi } from "vitest";
import {
  admin,
  findUserByEmail,
  signedInClient,
  uniqueMarker,
  VALID_PASSWORD,
  webClient,
} from "../support/emulator-clients";
import {
  accept,
  activePortal,
  agencyId,
  describeLink,
  linkTo,
  owner,
  portalAgencyForThisFile,
  read,
  send,
} from "../support/portal-agency";

portalAgencyForThisFile();

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
      { timeout: 30_000, interval: 150 },
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
