import { createHash } from "node:crypto";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { describe, expect, it, vi } from "vitest";
import { admin, callableError, fieldErrors } from "../support/emulator-clients";
import {
  agencyId,
  googleAds,
  invitesAgencyForThisFile,
  mccId,
  newClient,
  owner,
} from "../support/invites-agency";
import { mailsTo } from "../support/mail-inbox";

invitesAgencyForThisFile();

describe("createInvite", () => {
  it("says what is wrong, following the seed's troubleshooting, and writes nothing", async () => {
    const prospect = await newClient("prospect");
    const missingClient = await callableError(
      owner.call(CALLABLES.createInvite, { clientId: "no-such-client", services: [googleAds()] }),
    );
    expect(fieldErrors(missingClient)).toEqual({ clientId: "Choose or create a client first." });

    const problems = await callableError(
      owner.call(CALLABLES.createInvite, {
        clientId: prospect.clientId,
        services: [
          googleAds("admin"),
          {
            serviceId: "meta-ad-account",
            accessLevel: "view-performance",
            connectedAccountId: mccId,
          },
        ],
        intakeForm: true,
      }),
    );
    expect(fieldErrors(problems)).toEqual({
      "services.0.accessLevel": "Prospects can only be asked for read-only access to Google Ads.",
      "services.1.connectedAccountId":
        "Connect an agency account for Meta ad account first (Settings → Connected accounts).",
      intakeForm: "Your intake form is turned off or has no questions (Settings → Intake form).",
    });
    const invites = await admin()
      .db.collection(paths.invites(agencyId))
      .where("clientId", "==", prospect.clientId)
      .get();
    expect(invites.size).toBe(0);
    expect(await mailsTo(prospect.email)).toHaveLength(0);
  });

  it("creates the invite, its hashed link token, the client's email, latest invite and activity", async () => {
    const client = await newClient();
    const { inviteId, url } = await owner.call<{ inviteId: string; url: string }>(
      CALLABLES.createInvite,
      {
        clientId: client.clientId,
        services: [googleAds()],
        thankYouMessage: "Thanks!",
      },
    );
    const token = /\/i\/([A-Za-z0-9_-]{43})$/.exec(url)?.[1] ?? "";
    expect(token).not.toBe("");

    const invite = (await admin().db.doc(paths.invite(agencyId, inviteId)).get()).data();
    expect(invite).toMatchObject({
      clientId: client.clientId,
      client: { name: "Ana Client", email: client.email, language: "es" },
      status: "pending",
      intake: { requested: false, status: "not_requested" },
      services: [
        {
          serviceId: "google-ads",
          accessLevel: "standard",
          status: "pending",
          connectedAccount: { value: "123-456-7890" },
        },
      ],
      reminders: { count: 0, lastSentAt: null },
    });
    expect(JSON.stringify(invite)).not.toContain(token);
    const stored = await admin()
      .db.doc(paths.invitationToken(createHash("sha256").update(token).digest("hex")))
      .get();
    expect(stored.data()).toMatchObject({ kind: "invite", agencyId, clientId: client.clientId });

    const [mail] = await vi.waitFor(
      async () => {
        const mails = await mailsTo(client.email);
        expect(mails).toHaveLength(1);
        return mails;
      },
      { timeout: 30_000, interval: 150 },
    );
    expect(mail?.subject).toMatch(/solicita acceso a tus cuentas$/);
    expect(mail?.text).toContain(url);
    expect(mail?.text).toContain("• Google Ads");

    const clientDoc = await admin().db.doc(paths.client(agencyId, client.clientId)).get();
    expect(clientDoc.get("latestInvite")).toMatchObject({
      inviteId,
      status: "pending",
      services: 1,
    });
    const activity = await admin()
      .db.collection(paths.activity(agencyId))
      .where("inviteId", "==", inviteId)
      .get();
    expect(activity.docs.map((doc) => doc.get("type"))).toEqual(["invite_created"]);

    // Copy link gives the same URL again, though only its hash is stored.
    expect(await owner.call<{ url: string }>(CALLABLES.getInviteLink, { inviteId })).toEqual({
      url,
    });
  });
});
