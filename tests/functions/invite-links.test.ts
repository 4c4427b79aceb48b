import { createHash } from "node:crypto";
import type { UnavailablePageDetails } from "@portico/domain/access-page-model";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { newAgencyOwner, saveAccount, signedInTeammate } from "../support/agencies";
import {
  admin,
  callableError,
  closeWebClients,
  fieldErrors,
  uniqueMarker,
  type WebClient,
  webClient,
} from "../support/emulator-clients";
import { mailsTo } from "../support/mail-inbox";

// An invite's link can be replaced ("New link"): the old one must stop
// opening the invite at once, wherever it was copied to.

const tokenOf = (url: string) => /\/i\/([A-Za-z0-9_-]{43})$/.exec(url)?.[1] ?? "";
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
/** Journeys through many callables, several cold on their first call. */
const JOURNEY_TIMEOUT = 180_000;

let agencyId: string;
let owner: WebClient;
let member: WebClient;
let viewer: WebClient;
let mccId: string;

beforeAll(async () => {
  ({ agencyId, owner } = await newAgencyOwner("links-owner", { displayName: "Lina Owner" }));
  member = await signedInTeammate(agencyId, "member");
  viewer = await signedInTeammate(agencyId, "viewer");
  mccId = await saveAccount(owner, "google-ads-manager", "123-456-7890");
});

afterAll(async () => {
  await closeWebClients();
});

async function newInvite() {
  const email = `${uniqueMarker("client")}@links.test`;
  const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Ana Client",
    email,
    type: "client",
    language: "en",
  });
  const { inviteId, url } = await owner.call<{ inviteId: string; url: string }>(
    CALLABLES.createInvite,
    {
      clientId,
      services: [{ serviceId: "google-ads", accessLevel: "standard", connectedAccountId: mccId }],
      sendEmail: false,
    },
  );
  return { clientId, email, inviteId, url };
}

/** What the client's page answers for a link: "open", or why it is unavailable. */
async function pageFor(url: string): Promise<string> {
  const visitor = await webClient();
  try {
    await visitor.call(CALLABLES.openInvite, { token: tokenOf(url) });
    return "open";
  } catch (error) {
    const details = (error as { details?: UnavailablePageDetails }).details;
    if (!details?.unavailable) throw error;
    return details.unavailable.reason;
  }
}

describe("New link (rotateInviteLink)", () => {
  it(
    "kills the old link at once; the new one opens the invite, and Copy link and reminders carry it",
    async () => {
      const invite = await newInvite();
      expect(await pageFor(invite.url)).toBe("open");

      const renewed = await member.call<{ inviteId: string; url: string }>(
        CALLABLES.rotateInviteLink,
        { inviteId: invite.inviteId },
      );
      expect(renewed.inviteId).toBe(invite.inviteId);
      expect(tokenOf(renewed.url)).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(renewed.url).not.toBe(invite.url);
      expect(await pageFor(invite.url)).toBe("expired");
      expect(await pageFor(renewed.url)).toBe("open");

      // Only hashes are stored: the old one revoked, the new one for this invite.
      const oldToken = await admin()
        .db.doc(paths.invitationToken(sha256(tokenOf(invite.url))))
        .get();
      expect(oldToken.get("revokedAt")).not.toBeNull();
      const newToken = await admin()
        .db.doc(paths.invitationToken(sha256(tokenOf(renewed.url))))
        .get();
      expect(newToken.data()).toMatchObject({
        kind: "invite",
        agencyId,
        clientId: invite.clientId,
        subjectPath: paths.invite(agencyId, invite.inviteId),
        revokedAt: null,
      });

      expect(
        await viewer.call<{ url: string }>(CALLABLES.getInviteLink, { inviteId: invite.inviteId }),
      ).toEqual({ url: renewed.url });
      await owner.call(CALLABLES.sendReminder, { inviteId: invite.inviteId });
      const [reminder] = await vi.waitFor(
        async () => {
          const mails = await mailsTo(invite.email);
          expect(mails).toHaveLength(1);
          return mails;
        },
        { timeout: 30_000, interval: 150 },
      );
      expect(reminder?.text).toContain(renewed.url);
      expect(reminder?.text).not.toContain(invite.url);

      const activity = await admin()
        .db.collection(paths.activity(agencyId))
        .where("inviteId", "==", invite.inviteId)
        .get();
      expect(activity.docs.map((doc) => [doc.get("type"), doc.get("actor")])).toContainEqual([
        "invite_link_renewed",
        "member",
      ]);

      // And again: each new link replaces the one before.
      const third = await owner.call<{ url: string }>(CALLABLES.rotateInviteLink, {
        inviteId: invite.inviteId,
      });
      expect(await pageFor(renewed.url)).toBe("expired");
      expect(await pageFor(third.url)).toBe("open");
    },
    JOURNEY_TIMEOUT,
  );

  it("refuses viewers, answers bad IDs with a field message, unknown invites with not-found, and changes nothing", async () => {
    const invite = await newInvite();
    const denied = await callableError(
      viewer.call(CALLABLES.rotateInviteLink, { inviteId: invite.inviteId }),
    );
    expect(denied.code).toBe("functions/permission-denied");
    for (const inviteId of ["", "a/b", "../x", 42, "x".repeat(200)]) {
      const bad = await callableError(owner.call(CALLABLES.rotateInviteLink, { inviteId }));
      expect(bad.code).toBe("functions/invalid-argument");
      expect(fieldErrors(bad).inviteId).toBeTruthy();
    }
    const missing = await callableError(
      owner.call(CALLABLES.rotateInviteLink, { inviteId: "noSuchInvite" }),
    );
    expect(missing.code).toBe("functions/not-found");
    expect(await pageFor(invite.url)).toBe("open");
  });
});

describe("Revoke Portal Access", () => {
  it(
    "gives the client's open invites new links and leaves completed ones alone",
    async () => {
      const open = await newInvite();
      const { inviteId: doneId, url: doneUrl } = await owner.call<{
        inviteId: string;
        url: string;
      }>(CALLABLES.createInvite, {
        clientId: open.clientId,
        services: [{ serviceId: "google-ads", accessLevel: "standard", connectedAccountId: mccId }],
        sendEmail: false,
      });
      const doneRef = admin().db.doc(paths.invite(agencyId, doneId));
      const services = (await doneRef.get()).get("services") as Record<string, unknown>[];
      await doneRef.update({ services: services.map((s) => ({ ...s, status: "granted" })) });
      await vi.waitFor(async () => expect((await doneRef.get()).get("status")).toBe("complete"), {
        timeout: 30_000,
        interval: 150,
      });
      await owner.call(CALLABLES.sendPortalInvitation, { clientId: open.clientId });

      await owner.call(CALLABLES.revokePortalAccess, { clientId: open.clientId });

      expect(await pageFor(open.url)).toBe("expired");
      const { url } = await owner.call<{ url: string }>(CALLABLES.getInviteLink, {
        inviteId: open.inviteId,
      });
      expect(url).not.toBe(open.url);
      expect(await pageFor(url)).toBe("open");
      expect(
        (await owner.call<{ url: string }>(CALLABLES.getInviteLink, { inviteId: doneId })).url,
      ).toBe(doneUrl);
      expect(await pageFor(doneUrl)).toBe("open");
    },
    JOURNEY_TIMEOUT,
  );
});
