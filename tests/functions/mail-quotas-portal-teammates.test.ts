import { CALLABLES } from "@portico/domain/config";
import { MAIL_LIMITS, mailDay, mailQuotaIds, nextMailDay } from "@portico/domain/mail-quota";
import { paths } from "@portico/domain/paths";
import { afterAll, describe, expect, it } from "vitest";
import {
  admin,
  callableError,
  closeWebClients,
  signedInClient,
  VALID_PASSWORD,
  webClient,
} from "../support/emulator-clients";
import {
  type Agency,
  address,
  expectResetsTomorrow,
  limitDetails,
  newAgency,
  newClient,
} from "../support/mail-quota-steps";

// The relay paths of the security report, each driven through its callable:
// every one stops at its cap with `resource-exhausted`, says when the cap
// resets, and queues nothing more in `mail/`.

afterAll(async () => {
  await closeWebClients();
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
