/**
 * The portal tests' shared agency and steps: a client, its portal invitation
 * and link, accepting it, and what a refused link must leave untouched.
 * Each file calls portalAgencyForThisFile() once.
 */
import { createHash } from "node:crypto";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { PORTAL_LINK_NO_LONGER_VALID, type PortalInvitationSummary } from "@portico/domain/portal";
import { Timestamp } from "firebase-admin/firestore";
import { afterAll, beforeAll, expect, vi } from "vitest";
import { newAgencyOwner } from "./agencies";
import {
  admin,
  callableError,
  closeWebClients,
  findUserByEmail,
  signedInClient,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
  webClient,
} from "./emulator-clients";
import { mailsTo } from "./mail-inbox";

export const LINK = /\/portal\/join\/([A-Za-z0-9_-]{43})/;

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
export const tokenDoc = async (token: string) =>
  (
    await admin()
      .db.doc(paths.invitationToken(sha256(token)))
      .get()
  ).data();
export const read = async (path: string) => (await admin().db.doc(path).get()).data();
export const count = async (path: string) =>
  (await admin().db.collection(path).count().get()).data().count;

// Set by portalAgencyForThisFile's beforeAll; read as live bindings by the test files.
export let owner: WebClient;
export let ownerEmail: string;
export let agencyId: string;
export let agencyName: string;

/**
 * One agency for the calling test file, with a verified owner: a file mails
 * more than an unverified workspace's daily allowance (every invitation, and a
 * welcome after every join).
 */
export function portalAgencyForThisFile() {
  beforeAll(async () => {
    ({
      agencyId,
      agencyName,
      email: ownerEmail,
      owner,
    } = await newAgencyOwner("portal-owner", { verified: true }));
  });

  afterAll(async () => {
    await closeWebClients();
  });
}

export async function newClient(options: { language?: string; email?: string } = {}) {
  const email = options.email ?? `${uniqueMarker("client")}@portal.test`;
  const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Ana Client",
    email,
    type: "client",
    language: options.language ?? "es",
  });
  return {
    clientId,
    email,
    path: paths.client(agencyId, clientId),
    viewPath: paths.portalClientView(agencyId, clientId),
  };
}

/** The raw token of the newest captured portal invitation to `address` (not `previous`). */
export async function linkTo(address: string, previous: string[] = []) {
  return vi.waitFor(
    async () => {
      const fresh = (await mailsTo(address))
        .map((mail) => ({ mail, token: LINK.exec(mail.text)?.[1] ?? "" }))
        .filter(({ token }) => token && !previous.includes(token));
      expect(fresh).toHaveLength(1);
      const [found] = fresh;
      if (!found) throw new Error("no mail");
      return found;
      // Mail goes through a trigger and the local SMTP capture: slow on a busy machine.
    },
    { timeout: 30_000, interval: 150 },
  );
}

export const send = (clientId: string) =>
  owner.call<{ invitationId: string; expiresAt: string }>(CALLABLES.sendPortalInvitation, {
    clientId,
  });
export const describeLink = async (token: string) =>
  (await webClient()).call<PortalInvitationSummary>(CALLABLES.describePortalInvitation, { token });
export const accept = async (
  token: string,
  displayName = "Ana Client",
  password = VALID_PASSWORD,
) =>
  (await webClient()).call<{ email: string }>(CALLABLES.acceptPortalInvitation, {
    token,
    displayName,
    password,
  });

/** A client whose contact accepted the agency's invitation, signed in to the portal. */
export async function activePortal(language = "es") {
  const client = await newClient({ language });
  await send(client.clientId);
  const { token } = await linkTo(client.email);
  await accept(token);
  const portal = await signedInClient(client.email, VALID_PASSWORD);
  return { ...client, token, portal, uid: portal.auth.currentUser?.uid ?? "" };
}

/** An invite as createInvite writes it, with one service: granted makes it complete. */
export function inviteDoc(clientId: string, service: "pending" | "granted") {
  const now = Timestamp.now();
  return {
    clientId,
    client: { name: "Ana Client", company: "", email: "", faviconUrl: null, type: "client" },
    services: [
      {
        serviceId: "google-ads",
        accessLevel: "standard",
        optional: false,
        connectedAccount: { id: "mcc", kind: "google-ads-manager", label: "MCC", value: "1" },
        status: service,
        statusChangedAt: service === "granted" ? now : null,
        skipReason: null,
      },
    ],
    intake: { requested: false, status: "not_requested" },
    status: service === "granted" ? "complete" : "pending",
    thankYouMessage: "",
    redirectUrl: "",
    cc: [],
    reminders: { count: 0, lastSentAt: null },
    emailDelivery: null,
    createdAt: now,
    createdBy: { uid: "owner", name: "Olga Owner" },
    updatedAt: now,
  };
}

/** Everything a refused link must leave untouched. */
export async function snapshotOf(clientPath: string, token: string) {
  return {
    client: await read(clientPath),
    token: await tokenDoc(token),
    members: await count(`${clientPath}/portalMembers`),
    invitations: await admin().db.collection(`${clientPath}/portalInvitations`).get(),
  };
}

export async function expectLinkRefused(token: string, clientPath: string, email: string) {
  const before = await snapshotOf(clientPath, token);
  const described = await describeLink(token);
  expect(described.state).toBe("invalid");
  // Nothing about the invitation, but the page that says so is the agency's, in the client's language.
  expect(described).toMatchObject({
    clientName: "",
    email: "",
    agencyId,
    branding: expect.anything(),
  });
  expect(["es", "nl", "en"]).toContain(described.locale);
  const error = await callableError(accept(token));
  expect(error.code).toBe("functions/failed-precondition");
  expect(error.message.startsWith(PORTAL_LINK_NO_LONGER_VALID)).toBe(true);
  const after = await snapshotOf(clientPath, token);
  expect(after.client).toEqual(before.client);
  expect(after.token).toEqual(before.token);
  expect(after.members).toBe(before.members);
  expect(after.invitations.docs.map((d) => d.data())).toEqual(
    before.invitations.docs.map((d) => d.data()),
  );
  return { user: await findUserByEmail(email) };
}
