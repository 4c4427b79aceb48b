import { CALLABLES } from "@portico/domain/config";
import { invitationResendCooldownMs } from "@portico/domain/mail-quota";
import { paths } from "@portico/domain/paths";
import { afterAll, describe, expect, it } from "vitest";
import { admin, callableError, closeWebClients } from "../support/emulator-clients";
import {
  address,
  count,
  limitDetails,
  mailsAbout,
  mailsOf,
  newAgency,
  newClient,
  newInvite,
  read,
  settled,
} from "../support/mail-quota-steps";

// The relay paths of the security report, each driven through its callable:
// every one stops at its cap with `resource-exhausted`, says when the cap
// resets, and queues nothing more in `mail/`.

afterAll(async () => {
  await closeWebClients();
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
