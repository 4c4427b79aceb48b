// One thing, over 300 lines: one journey per rule of the portal's own team page (remove, cancel, resend,
// restore after a revoke), the welcome mail and the public branding: they share the
// agency and the helpers that make an active portal, so they live together.
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import type { PortalInvitationSummary } from "@portico/domain/portal";
import { doc, getDoc } from "firebase/firestore";
import type { FunctionsError } from "firebase/functions";
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
/** Mail goes through a trigger and the local SMTP capture: slow on a busy machine. */
const MAIL_TIMEOUT_MS = 60_000;
/** Journeys through several callables, some cold on their first call. */
const JOURNEY_TIMEOUT_MS = 180_000;
const read = async (path: string) => (await admin().db.doc(path).get()).data();

let owner: WebClient;
let agencyId: string;
let agencyName: string;

beforeAll(async () => {
  const ownerEmail = `${uniqueMarker("team-owner")}@portal-team.test`;
  agencyName = uniqueMarker("Team Agency");
  ({ agencyId } = await signUpAgency({
    displayName: "Olga Owner",
    agencyName,
    email: ownerEmail,
    password: VALID_PASSWORD,
  }));
  owner = await signedInClient(ownerEmail, VALID_PASSWORD);
});

afterAll(async () => {
  await closeWebClients();
});

const address = (label: string) => `${uniqueMarker(label)}@portal-team.test`;

/** The raw token of the newest portal invitation mailed to `email` that is not in `seen`. */
async function tokenTo(email: string, seen: string[] = []) {
  return vi.waitFor(
    async () => {
      const tokens = (await mailsTo(email))
        .map((mail) => LINK.exec(mail.text)?.[1] ?? "")
        .filter((token) => token && !seen.includes(token));
      expect(tokens).toHaveLength(1);
      return tokens[0] as string;
    },
    { timeout: MAIL_TIMEOUT_MS, interval: 150 },
  );
}

const describeLink = async (token: string) =>
  (await webClient()).call<PortalInvitationSummary>(CALLABLES.describePortalInvitation, { token });
const accept = async (token: string, displayName: string) =>
  (await webClient()).call(CALLABLES.acceptPortalInvitation, {
    token,
    displayName,
    password: VALID_PASSWORD,
  });

async function activePortal(options: { language?: string; company?: string } = {}) {
  const email = address("contact");
  const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Ana Client",
    company: options.company ?? "",
    email,
    type: "client",
    language: options.language ?? "en",
  });
  await owner.call(CALLABLES.sendPortalInvitation, { clientId });
  const token = await tokenTo(email);
  await accept(token, "Ana Client");
  const portal = await signedInClient(email, VALID_PASSWORD);
  return { clientId, email, token, portal, uid: portal.auth.currentUser?.uid ?? "" };
}

type Portal = Awaited<ReturnType<typeof activePortal>>;

/** A teammate invited by `by` who joined, signed in. */
async function teammate(portal: Portal, by: WebClient = portal.portal) {
  const email = address("mate");
  await by.call(CALLABLES.invitePortalTeammate, { email });
  const token = await tokenTo(email);
  await accept(token, "Mate");
  const client = await signedInClient(email, VALID_PASSWORD);
  return { email, token, client, uid: client.auth.currentUser?.uid ?? "" };
}

function refusal(error: FunctionsError, code: string, reason: string) {
  expect(error.code).toBe(`functions/${code}`);
  expect((error.details as { refusal?: string }).refusal).toBe(reason);
}

const memberStatus = async (clientId: string, uid: string) =>
  (await read(paths.portalMember(agencyId, clientId, uid)))?.status;

describe("pending teammate invitations", () => {
  it(
    "are never silently replaced: Resend gives a fresh link once per cooldown, Cancel kills it",
    async () => {
      const client = await activePortal();
      const mate = address("mate");
      const { invitationId } = await client.portal.call<{ invitationId: string }>(
        CALLABLES.invitePortalTeammate,
        { email: mate },
      );
      const first = await tokenTo(mate);

      const again = await callableError(
        client.portal.call(CALLABLES.invitePortalTeammate, { email: mate }),
      );
      refusal(again, "invalid-argument", "pendingAlready");
      expect(fieldErrors(again)).toEqual({
        email: "This address already has a pending invitation. Resend it instead.",
      });
      expect((await describeLink(first)).state).toBe("valid");

      const resent = await client.portal.call<{ invitationId: string }>(
        CALLABLES.resendPortalInvitation,
        { invitationId },
      );
      const second = await tokenTo(mate, [first]);
      expect((await describeLink(first)).state).toBe("invalid");
      expect((await describeLink(second)).state).toBe("valid");
      expect(
        (await read(paths.portalInvitation(agencyId, client.clientId, invitationId)))?.status,
      ).toBe("replaced");
      // A re-send: the per-address cooldown applies.
      const cooling = await callableError(
        client.portal.call(CALLABLES.resendPortalInvitation, {
          invitationId: resent.invitationId,
        }),
      );
      expect(cooling.code).toBe("functions/resource-exhausted");
      expect((cooling.details as { reason: string }).reason).toBe("recipientCooldown");

      await client.portal.call(CALLABLES.cancelPortalInvitation, {
        invitationId: resent.invitationId,
      });
      expect((await describeLink(second)).state).toBe("invalid");
      expect(
        (await read(paths.portalInvitation(agencyId, client.clientId, resent.invitationId)))
          ?.status,
      ).toBe("cancelled");
      refusal(
        await callableError(
          client.portal.call(CALLABLES.cancelPortalInvitation, {
            invitationId: resent.invitationId,
          }),
        ),
        "failed-precondition",
        "notPending",
      );
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    "are managed only by the client's own portal users, and never the agency's invitation",
    async () => {
      const client = await activePortal();
      const other = await activePortal();
      const { invitationId } = await client.portal.call<{ invitationId: string }>(
        CALLABLES.invitePortalTeammate,
        { email: address("mate") },
      );
      // Another client's portal user: their claims point at their own client.
      for (const name of [CALLABLES.cancelPortalInvitation, CALLABLES.resendPortalInvitation]) {
        refusal(
          await callableError(other.portal.call(name, { invitationId })),
          "failed-precondition",
          "notPending",
        );
      }
      expect(
        (await read(paths.portalInvitation(agencyId, client.clientId, invitationId)))?.status,
      ).toBe("pending");
      // Agency staff use the client profile, not the portal's callables.
      expect(
        (await callableError(owner.call(CALLABLES.cancelPortalInvitation, { invitationId }))).code,
      ).toBe("functions/permission-denied");

      // The agency's invitation to the contact is the agency's to manage.
      const agencyInvitation = await admin()
        .db.collection(paths.portalInvitations(agencyId, client.clientId))
        .where("invitedBy.kind", "==", "agency")
        .get();
      await agencyInvitation.docs[0]?.ref.update({ status: "pending" });
      refusal(
        await callableError(
          client.portal.call(CALLABLES.cancelPortalInvitation, {
            invitationId: agencyInvitation.docs[0]?.id,
          }),
        ),
        "failed-precondition",
        "notPending",
      );
    },
    JOURNEY_TIMEOUT_MS,
  );
});

describe("removing a teammate", () => {
  it(
    "anyone removes a teammate; only a contact removes a contact, and the last contact stays",
    async () => {
      const client = await activePortal();
      const first = await teammate(client);
      const second = await teammate(client, first.client);

      refusal(
        await callableError(first.client.call(CALLABLES.removePortalTeammate, { uid: client.uid })),
        "permission-denied",
        "contactOnly",
      );
      refusal(
        await callableError(
          client.portal.call(CALLABLES.removePortalTeammate, { uid: client.uid }),
        ),
        "failed-precondition",
        "lastContact",
      );
      expect(await memberStatus(client.clientId, client.uid)).toBe("active");

      await first.client.call(CALLABLES.removePortalTeammate, { uid: second.uid });
      expect(await memberStatus(client.clientId, second.uid)).toBe("removed");
      expect((await findUserByEmail(second.email))?.disabled).toBe(true);
      await expect(
        getDoc(doc(second.client.firestore(), paths.portalClientView(agencyId, client.clientId))),
      ).rejects.toMatchObject({ code: "permission-denied" });

      await client.portal.call(CALLABLES.removePortalTeammate, { uid: first.uid });
      expect(await memberStatus(client.clientId, first.uid)).toBe("removed");
      refusal(
        await callableError(client.portal.call(CALLABLES.removePortalTeammate, { uid: first.uid })),
        "not-found",
        "notOnTeam",
      );
      // The contact still uses the portal: it stays Active.
      expect((await read(paths.client(agencyId, client.clientId)))?.portal.status).toBe("active");
      expect(
        (await callableError(owner.call(CALLABLES.removePortalTeammate, { uid: client.uid }))).code,
      ).toBe("functions/permission-denied");
    },
    JOURNEY_TIMEOUT_MS,
  );
});

describe("after Revoke Portal Access and a new invitation", () => {
  it(
    "teammates stay revoked until the agency restores them (or they are invited again)",
    async () => {
      const client = await activePortal();
      const mate = await teammate(client);
      const removed = await teammate(client);
      await client.portal.call(CALLABLES.removePortalTeammate, { uid: removed.uid });
      await owner.call(CALLABLES.revokePortalAccess, { clientId: client.clientId });

      // Restoring while the portal is revoked restores nobody.
      const early = await callableError(
        owner.call(CALLABLES.restorePortalUser, { clientId: client.clientId, uid: mate.uid }),
      );
      expect(early.code).toBe("functions/failed-precondition");

      await owner.call(CALLABLES.sendPortalInvitation, { clientId: client.clientId });
      await accept(await tokenTo(client.email, [client.token]), "Ana Again");
      expect(await memberStatus(client.clientId, client.uid)).toBe("active");
      expect(await memberStatus(client.clientId, mate.uid)).toBe("revoked");

      // Only staff restore; a removed user is invited again instead.
      const back = await signedInClient(client.email, VALID_PASSWORD);
      expect(
        (
          await callableError(
            back.call(CALLABLES.restorePortalUser, { clientId: client.clientId, uid: mate.uid }),
          )
        ).code,
      ).toBe("functions/permission-denied");
      expect(
        (
          await callableError(
            owner.call(CALLABLES.restorePortalUser, {
              clientId: client.clientId,
              uid: removed.uid,
            }),
          )
        ).code,
      ).toBe("functions/failed-precondition");

      await owner.call(CALLABLES.restorePortalUser, { clientId: client.clientId, uid: mate.uid });
      expect(await memberStatus(client.clientId, mate.uid)).toBe("active");
      expect((await findUserByEmail(mate.email))?.disabled).toBe(false);
      const restored = await signedInClient(mate.email, VALID_PASSWORD);
      expect(
        (
          await getDoc(doc(restored.firestore(), paths.portalClientView(agencyId, client.clientId)))
        ).exists(),
      ).toBe(true);

      // The removed teammate is invited again from the portal and gets a fresh link.
      await back.call(CALLABLES.invitePortalTeammate, { email: removed.email });
      expect(await tokenTo(removed.email, [removed.token])).toMatch(/\S/);
    },
    JOURNEY_TIMEOUT_MS,
  );
});

describe("the welcome mail", () => {
  const welcomes = async (clientId: string, uid: string) =>
    (
      await admin()
        .db.collection(paths.mails())
        .where("relatedPath", "==", paths.portalMember(agencyId, clientId, uid))
        .where("template", "==", "portal-welcome")
        .get()
    ).docs.map((mail) => mail.id);

  it(
    "goes once per join, branded, in the client's language, with the portal's own address",
    async () => {
      const client = await activePortal({ language: "es", company: "Panadería Ana" });
      const portalUrl = `${appUrl("test")}/portal/a/${agencyId}`;
      const welcome = await vi.waitFor(
        async () => {
          const found = (await mailsTo(client.email)).find((mail) => mail.text.includes(portalUrl));
          expect(found).toBeDefined();
          return found;
        },
        { timeout: MAIL_TIMEOUT_MS, interval: 150 },
      );
      expect(welcome?.subject).toBe("Te damos la bienvenida al portal de Panadería Ana");
      expect(welcome?.text).toContain(`Inicias sesión con ${client.email}.`);
      expect(welcome?.html).toContain(`href="${portalUrl}"`);

      const memberRef = admin().db.doc(paths.portalMember(agencyId, client.clientId, client.uid));
      const joinedAt = (await memberRef.get()).get("joinedAt") as Timestamp;
      const firstId = `portal-welcome-${client.uid}-${joinedAt.toMillis()}`;
      expect(await welcomes(client.clientId, client.uid)).toEqual([firstId]);

      // The join event delivered again (the member written anew, same join) and
      // later writes to the member (a new name) send nothing more...
      const data = (await memberRef.get()).data() ?? {};
      await memberRef.delete();
      await memberRef.set(data);
      await client.portal.call(CALLABLES.updatePortalProfile, { displayName: "Ana María" });
      // ...while joining again (after a revoke) is a new welcome.
      const rejoined = Timestamp.fromMillis(joinedAt.toMillis() + 1000);
      await memberRef.update({ joinedAt: rejoined });
      const secondId = `portal-welcome-${client.uid}-${rejoined.toMillis()}`;
      await vi.waitFor(
        async () => {
          expect((await welcomes(client.clientId, client.uid)).sort()).toEqual(
            [firstId, secondId].sort(),
          );
        },
        { timeout: 30_000, interval: 150 },
      );
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    "counts against the agency's daily mail quota",
    async () => {
      const email = address("quota");
      const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
        name: "Quota Client",
        email,
        type: "client",
        language: "en",
      });
      await owner.call(CALLABLES.sendPortalInvitation, { clientId });
      const token = await tokenTo(email);
      const quota = await admin()
        .db.collection(paths.mailQuotas())
        .where("agencyId", "==", agencyId)
        .where("kind", "==", "agency")
        .get();
      const before = quota.docs.reduce((sum, d) => sum + (d.get("count") as number), 0);
      await accept(token, "Quota Client");
      const uid = (await findUserByEmail(email))?.uid ?? "";
      await vi.waitFor(async () => expect(await welcomes(clientId, uid)).toHaveLength(1), {
        timeout: MAIL_TIMEOUT_MS,
        interval: 150,
      });
      const after = await admin()
        .db.collection(paths.mailQuotas())
        .where("agencyId", "==", agencyId)
        .where("kind", "==", "agency")
        .get();
      expect(after.docs.reduce((sum, d) => sum + (d.get("count") as number), 0)).toBe(before + 1);
    },
    JOURNEY_TIMEOUT_MS,
  );
});

describe("the portal user's profile", () => {
  it(
    "changes the name the team sees; bad input gets a field message",
    async () => {
      const client = await activePortal();
      const bad = await callableError(
        client.portal.call(CALLABLES.updatePortalProfile, { displayName: " " }),
      );
      expect(bad.code).toBe("functions/invalid-argument");
      expect(fieldErrors(bad)).toEqual({ displayName: "Enter your name." });
      await client.portal.call(CALLABLES.updatePortalProfile, { displayName: "Ana María" });
      expect(
        (await read(paths.portalMember(agencyId, client.clientId, client.uid)))?.displayName,
      ).toBe("Ana María");
      expect((await findUserByEmail(client.email))?.displayName).toBe("Ana María");
    },
    JOURNEY_TIMEOUT_MS,
  );
});

describe("the join page's summary", () => {
  it(
    "names the client's company and whether a teammate invited",
    async () => {
      const client = await activePortal({ company: "Acme Bakery" });
      const mate = address("mate");
      await client.portal.call(CALLABLES.invitePortalTeammate, { email: mate });
      const summary = await describeLink(await tokenTo(mate));
      expect(summary).toMatchObject({
        state: "valid",
        clientCompany: "Acme Bakery",
        inviterKind: "portal",
        inviterName: "Ana Client",
      });
    },
    JOURNEY_TIMEOUT_MS,
  );
});

describe("the public branding", () => {
  it(
    "follows the branding and the default language, without the reply-to address",
    async () => {
      const publicPath = paths.publicBranding(agencyId);
      // Signing up saved the default branding: it is public from the start.
      await vi.waitFor(
        async () =>
          expect(await read(publicPath)).toMatchObject({ displayName: agencyName, language: "en" }),
        { timeout: 30_000, interval: 150 },
      );
      await owner.call(CALLABLES.updateBranding, {
        displayName: "Team Agency Public",
        logoUrl: "",
        primaryColor: "#0F766E",
        accentColor: "#1d4ed8",
        replyTo: "help@agency.test",
        showPoweredBy: true,
      });
      await owner.call(CALLABLES.updateGeneralSettings, {
        reminderCooldownHours: 24,
        portalLinkLifetimeDays: 7,
        defaultLocale: "nl",
      });
      await vi.waitFor(
        async () =>
          expect(await read(publicPath)).toEqual({
            displayName: "Team Agency Public",
            logoUrl: "",
            primaryColor: "#0f766e",
            accentColor: "#1d4ed8",
            language: "nl",
          }),
        { timeout: 30_000, interval: 150 },
      );
      // Anyone reads it, signed in or not.
      const anonymous = await webClient();
      expect((await getDoc(doc(anonymous.firestore(), publicPath))).get("language")).toBe("nl");
    },
    JOURNEY_TIMEOUT_MS,
  );
});
