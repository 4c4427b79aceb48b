import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { collection, doc, getDoc, getDocs, query, where } from "firebase/firestore";
import { FieldValue, Timestamp } from "firebase-admin/firestore";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { demoVoiceClientId, seedDemo } from "../../scripts/seed";
import {
  admin,
  closeWebClients,
  signedInClient,
  signUpAgency,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
} from "../support/emulator-clients";

// A portal user reads their client and its invites through the portal views
// that syncPortalClientView and syncPortalInviteView keep; the raw documents,
// with the agency's own fields, are refused to them.

let owner: WebClient;
let agencyId: string;

beforeAll(async () => {
  const email = `${uniqueMarker("views-owner")}@portal-views.test`;
  ({ agencyId } = await signUpAgency({
    displayName: "Olga Owner",
    agencyName: uniqueMarker("Views Agency"),
    email,
    password: VALID_PASSWORD,
  }));
  owner = await signedInClient(email, VALID_PASSWORD);
});

afterAll(async () => {
  await closeWebClients();
});

const read = async (path: string) => (await admin().db.doc(path).get()).data();
/** A trigger's first run starts its function cold in the emulator: allow for it on a busy machine. */
const TRIGGER_TIMEOUT = 30_000;

/** A client created by the agency, with an internal note, and a portal user of it, signed in. */
async function clientWithPortalUser() {
  const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Ana Client",
    email: `${uniqueMarker("ana")}@portal-views.test`,
    type: "client",
    language: "es",
  });
  await owner.call(CALLABLES.updateClient, {
    clientId,
    name: "Ana Client",
    type: "client",
    language: "es",
    metadata: [{ key: "churn risk", value: "high" }],
  });
  // A portal user as acceptPortalInvitation leaves one: claims and an active member document.
  const email = `${uniqueMarker("portal")}@portal-views.test`;
  const user = await admin().auth.createUser({ email, password: VALID_PASSWORD });
  await admin().auth.setCustomUserClaims(user.uid, { agencyId, clientId, role: "portal" });
  await admin()
    .db.doc(paths.portalMember(agencyId, clientId, user.uid))
    .set({
      uid: user.uid,
      email,
      displayName: "Ana",
      status: "active",
      invitedBy: { kind: "agency", uid: "owner", name: "Olga Owner" },
      joinedAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
  const portal = await signedInClient(email, VALID_PASSWORD);
  return { clientId, portal, db: portal.firestore() };
}

/** An invite as createInvite writes it, with CC, its creator and the agency's receiving account. */
async function writeInvite(clientId: string) {
  const ref = admin().db.collection(paths.invites(agencyId)).doc();
  const createdAt = Timestamp.fromDate(new Date("2026-11-20T09:00:00Z"));
  await ref.set({
    clientId,
    client: {
      name: "Ana Client",
      company: "",
      email: "",
      faviconUrl: null,
      type: "client",
      language: "es",
    },
    services: [
      {
        serviceId: "google-ads",
        accessLevel: "standard",
        optional: false,
        connectedAccount: { id: "mcc", kind: "google-ads-manager", label: "Main MCC", value: "1" },
        status: "pending",
        statusChangedAt: null,
        skipReason: null,
      },
    ],
    intake: { requested: false, status: "not_requested" },
    status: "pending",
    thankYouMessage: "",
    redirectUrl: "",
    cc: ["boss@agency.example"],
    reminders: { count: 0, lastSentAt: null },
    emailDelivery: null,
    createdAt,
    createdBy: { uid: "owner", name: "Olga Owner" },
    updatedAt: createdAt,
  });
  return { inviteId: ref.id, ref, createdAt };
}

describe("what a portal user's SDK may read", { timeout: 90_000 }, () => {
  it("refuses the raw client document and invites, and gives their portal views", async () => {
    const { clientId, db } = await clientWithPortalUser();
    const { inviteId, createdAt } = await writeInvite(clientId);

    await expect(getDoc(doc(db, paths.client(agencyId, clientId)))).rejects.toMatchObject({
      code: "permission-denied",
    });
    await expect(getDoc(doc(db, paths.invite(agencyId, inviteId)))).rejects.toMatchObject({
      code: "permission-denied",
    });
    await expect(
      getDocs(query(collection(db, paths.invites(agencyId)), where("clientId", "==", clientId))),
    ).rejects.toMatchObject({ code: "permission-denied" });

    const clientView = await vi.waitFor(
      async () => {
        const view = await getDoc(doc(db, paths.portalClientView(agencyId, clientId)));
        expect(view.exists()).toBe(true);
        return view;
      },
      { timeout: TRIGGER_TIMEOUT, interval: 150 },
    );
    // A client created without a zone is in the agency's default (UTC here).
    // No agent connection and no plan yet: no section of the portal has anything to show.
    expect(clientView.data()).toEqual({
      name: "Ana Client",
      language: "es",
      timeZone: "UTC",
      sections: {
        calls: false,
        bookings: false,
        analytics: false,
        faqs: false,
        agentSettings: false,
        billing: false,
      },
    });
    const inviteViews = await vi.waitFor(
      async () => {
        const views = await getDocs(collection(db, paths.portalInviteViews(agencyId, clientId)));
        expect(views.size).toBe(1);
        return views;
      },
      { timeout: TRIGGER_TIMEOUT, interval: 150 },
    );
    expect(inviteViews.docs[0]?.id).toBe(inviteId);
    expect(inviteViews.docs[0]?.data()).toEqual({
      status: "pending",
      services: [{ serviceId: "google-ads", status: "pending" }],
      createdAt: expect.objectContaining({ seconds: createdAt.seconds }),
    });
  });
});

describe("keeping the portal views", { timeout: 90_000 }, () => {
  it("follows the agency's changes to the client, without its notes", async () => {
    const { clientId, db } = await clientWithPortalUser();
    const viewPath = paths.portalClientView(agencyId, clientId);
    await owner.call(CALLABLES.updateClient, {
      clientId,
      name: "Ana Dental",
      type: "client",
      language: "nl",
      timeZone: "Europe/Amsterdam",
      metadata: [{ key: "churn risk", value: "very high" }],
    });
    await vi.waitFor(
      async () => {
        expect((await getDoc(doc(db, viewPath))).data()).toMatchObject({
          name: "Ana Dental",
          language: "nl",
          timeZone: "Europe/Amsterdam",
        });
      },
      { timeout: TRIGGER_TIMEOUT, interval: 150 },
    );
  });

  it("follows an invite's status as the client grants its services", async () => {
    const { clientId, db } = await clientWithPortalUser();
    const { inviteId, ref } = await writeInvite(clientId);
    const viewPath = paths.portalInviteView(agencyId, clientId, inviteId);
    await vi.waitFor(async () => expect((await getDoc(doc(db, viewPath))).exists()).toBe(true), {
      timeout: TRIGGER_TIMEOUT,
      interval: 150,
    });

    // The client granted the one service: syncInviteStatus completes the invite.
    const services = (await ref.get()).get("services") as Record<string, unknown>[];
    await ref.update({ services: services.map((service) => ({ ...service, status: "granted" })) });
    await vi.waitFor(
      async () => {
        expect((await getDoc(doc(db, viewPath))).data()).toMatchObject({
          status: "complete",
          services: [{ serviceId: "google-ads", status: "granted" }],
        });
      },
      { timeout: TRIGGER_TIMEOUT, interval: 150 },
    );
  });

  it("removes an invite's view with the invite, and every view with the client", async () => {
    const { clientId } = await clientWithPortalUser();
    const first = await writeInvite(clientId);
    const second = await writeInvite(clientId);
    const clientViewPath = paths.portalClientView(agencyId, clientId);
    const firstView = paths.portalInviteView(agencyId, clientId, first.inviteId);
    const secondView = paths.portalInviteView(agencyId, clientId, second.inviteId);
    await vi.waitFor(
      async () => {
        expect(await read(clientViewPath)).toBeDefined();
        expect(await read(firstView)).toBeDefined();
        expect(await read(secondView)).toBeDefined();
      },
      { timeout: TRIGGER_TIMEOUT, interval: 150 },
    );

    await first.ref.delete();
    await vi.waitFor(async () => expect(await read(firstView)).toBeUndefined(), {
      timeout: TRIGGER_TIMEOUT,
      interval: 150,
    });
    expect(await read(secondView)).toBeDefined();

    await owner.call(CALLABLES.deleteClient, { clientId });
    await vi.waitFor(
      async () => {
        expect(await read(clientViewPath)).toBeUndefined();
        expect(await read(secondView)).toBeUndefined();
        expect(await read(paths.clientDeletion(agencyId, clientId))).toBeUndefined();
      },
      { timeout: TRIGGER_TIMEOUT, interval: 150 },
    );
    const left = await admin().db.collection(paths.portalInviteViews(agencyId, clientId)).get();
    expect(left.size).toBe(0);
  });
});

describe("the demo seed", { timeout: 90_000 }, () => {
  it("gives every seeded client and invite its portal view (the triggers run on the emulator)", async () => {
    const { agencyId: demoAgencyId } = await seedDemo();
    if (!demoAgencyId) throw new Error("The demo seed made no agency");
    const db = admin().db;
    const [clients, invites] = await Promise.all([
      db.collection(paths.clients(demoAgencyId)).get(),
      db.collection(paths.invites(demoAgencyId)).get(),
    ]);
    expect(clients.size).toBeGreaterThan(0);
    expect(invites.size).toBeGreaterThan(0);
    await vi.waitFor(
      async () => {
        for (const client of clients.docs) {
          expect(await read(paths.portalClientView(demoAgencyId, client.id))).toMatchObject({
            name: client.get("name"),
            language: client.get("language"),
            timeZone: client.get("timeZone"),
          });
        }
        for (const invite of invites.docs) {
          const clientId = invite.get("clientId") as string;
          expect(await read(paths.portalInviteView(demoAgencyId, clientId, invite.id))).toEqual(
            expect.objectContaining({ status: invite.get("status") }),
          );
        }
      },
      { timeout: TRIGGER_TIMEOUT, interval: 150 },
    );
    // The demo voice client has its agent and a plan: every section, Billing too.
    await vi.waitFor(
      async () =>
        expect(
          (await read(paths.portalClientView(demoAgencyId, demoVoiceClientId())))?.sections,
        ).toEqual({
          calls: true,
          bookings: true,
          analytics: true,
          faqs: true,
          agentSettings: true,
          billing: true,
        }),
      { timeout: TRIGGER_TIMEOUT, interval: 150 },
    );
    const statements = await admin()
      .db.collection(paths.statements(demoAgencyId, demoVoiceClientId()))
      .get();
    expect(statements.size).toBe(1);
    expect(statements.docs[0]?.get("number")).toBe(1);
  });
});
