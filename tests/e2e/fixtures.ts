import { randomUUID } from "node:crypto";
import type { ServiceId } from "@portico/domain/catalogue/services";
import type { ClientType } from "@portico/domain/clients";
import type { Locale } from "@portico/domain/i18n/locales";
import { paths } from "@portico/domain/paths";
import { auth, db } from "../../functions/src/admin";
import { PROJECT_IDS } from "../../scripts/lib/emulators";

/**
 * Admin access to the test emulators (host variables come from emulators:exec),
 * through the functions' own Admin app, so seed and fixtures share one app.
 */
export const adminAuth = () => auth;
export const adminDb = () => db;

/** A unique address per test, so journeys never share accounts. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@e2e.test`;
}

export const STRONG_PASSWORD = "correct-horse-42";

/** Out-of-band codes (password reset, verification) the Auth emulator issued for an address. */
export async function oobCodesFor(
  email: string,
): Promise<{ requestType: string; oobLink: string }[]> {
  const host = process.env.FIREBASE_AUTH_EMULATOR_HOST;
  const response = await fetch(`http://${host}/emulator/v1/projects/${PROJECT_IDS.test}/oobCodes`);
  const body = (await response.json()) as {
    oobCodes: { email: string; requestType: string; oobLink: string }[];
  };
  return body.oobCodes.filter((code) => code.email === email);
}

/** A fresh agency with its owner, made by the same code sign-up uses. */
export async function createAgencyWithOwner(agencyName: string) {
  const email = uniqueEmail("owner");
  const { createAgencyWorkspace } = await import(
    "../../functions/src/agency/createAgencyWorkspace"
  );
  const user = await adminAuth().createUser({
    email,
    password: STRONG_PASSWORD,
    displayName: "Otto Owner",
  });
  const agencyId = await createAgencyWorkspace(
    { uid: user.uid, email, displayName: "Otto Owner" },
    agencyName,
  );
  return { agencyId, email, password: STRONG_PASSWORD };
}

export { mailsTo } from "../support/mail-inbox";

/** The first link in a mail's text part that matches `pattern`. */
export function linkIn(text: string, pattern: RegExp): string {
  const match = text.match(pattern);
  if (!match) throw new Error(`No link matching ${pattern} in:\n${text}`);
  return match[0];
}

/** Adds a teammate with a role to an agency, through the functions' membership code. */
export async function addTeammate(agencyId: string, role: "admin" | "member" | "viewer") {
  const email = uniqueEmail(role);
  const { addAgencyMember } = await import("../../functions/src/agency/addAgencyMember");
  const user = await adminAuth().createUser({
    email,
    password: STRONG_PASSWORD,
    displayName: `Tess ${role}`,
  });
  await addAgencyMember(agencyId, { uid: user.uid, email, displayName: `Tess ${role}` }, role);
  return { email, password: STRONG_PASSWORD };
}

/** The demo receiving accounts (Google Ads MCC, Google account, Meta Business), as the seed writes them. */
export async function connectAccounts(agencyId: string) {
  const { seedConnectedAccounts } = await import("../../scripts/lib/seed-invites");
  return seedConnectedAccounts(agencyId);
}

/** A client as createClient stores it. */
export async function createClientRecord(
  agencyId: string,
  fields: { name: string; email: string; type: ClientType; language: Locale; company?: string },
) {
  const { derivedClientFields } = await import("../../functions/src/clients/clientRecord");
  const ref = adminDb().collection(paths.clients(agencyId)).doc();
  await ref.set({
    ...derivedClientFields(ref.id, { company: "", website: "", ...fields }),
    metadata: {},
    faviconUrl: null,
    faviconStatus: "none",
    latestInvite: null,
    portal: null,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  return ref.id;
}

/**
 * An invite as createInvite writes it, with the given service statuses and
 * intake status, then the board's counters recounted (as the seed does).
 */
export async function createInviteRecord(
  agencyId: string,
  input: {
    clientId: string;
    client: { name: string; company?: string; email: string; type?: ClientType; language?: Locale };
    services: {
      serviceId: string;
      accessLevel: string;
      status: "pending" | "granted" | "skipped";
    }[];
    accounts: { id: string; kind: string; label: string; value: string }[];
    createdAt?: Date;
  },
) {
  const { newInviteRecord } = await import("../../functions/src/invites/inviteRecord");
  const { recountInviteStats } = await import("../../functions/src/invites/inviteStats");
  const { getService } = await import("@portico/domain/catalogue/services");
  const { inviteStatus } = await import("@portico/domain/invites");
  const record = newInviteRecord({
    clientId: input.clientId,
    client: {
      company: "",
      type: "client",
      language: "en",
      faviconUrl: null,
      ...input.client,
    },
    services: input.services.map((service) => ({
      serviceId: service.serviceId as ServiceId,
      accessLevel: service.accessLevel,
      optional: false,
      connectedAccountId:
        input.accounts.find(
          (account) =>
            account.kind === getService(service.serviceId as ServiceId).receivingAccountKind,
        )?.id ?? "",
    })),
    accounts: input.accounts,
    intakeForm: false,
    thankYouMessage: "",
    redirectUrl: "",
    createdBy: { uid: "fixture", name: "Otto Owner" },
  });
  const services = record.services.map((service, index) => ({
    ...service,
    status: input.services[index]?.status ?? "pending",
  }));
  const invite = { ...record, services };
  const ref = adminDb().collection(paths.invites(agencyId)).doc();
  const createdAt = input.createdAt ?? new Date();
  await ref.set({ ...invite, status: inviteStatus(invite), createdAt, updatedAt: createdAt });
  await recountInviteStats(agencyId);
  return ref.id;
}

/** Stores the link token createInvite would issue for an invite (emulator key); answers its path. */
export async function issueInviteLink(agencyId: string, inviteId: string, clientId: string) {
  const { EMULATOR_INVITE_LINK_KEY, inviteToken } = await import(
    "../../functions/src/invites/inviteLink"
  );
  const { hashToken } = await import("../../functions/src/tokens/invitationTokens");
  const { addDays, INVITE_LINK_LIFETIME_DAYS } = await import("@portico/domain/tokens");
  const invitePath = paths.invite(agencyId, inviteId);
  const token = inviteToken(invitePath, 0, EMULATOR_INVITE_LINK_KEY);
  await adminDb()
    .doc(paths.invitationToken(hashToken(token)))
    .set({
      kind: "invite",
      agencyId,
      subjectPath: invitePath,
      clientId,
      expiresAt: addDays(new Date(), INVITE_LINK_LIFETIME_DAYS),
      createdAt: new Date(),
      usedAt: null,
      revokedAt: null,
    });
  return `/i/${token}`;
}

/**
 * A live (or paused) access page as createOnboardingPage stores it: Google Ads
 * and an optional Search Console to the agency's demo accounts.
 */
export async function createAccessPage(agencyId: string, options: { paused?: boolean } = {}) {
  const { seedAccessPage } = await import("../../scripts/lib/seed-onboarding-pages");
  const slug = `start-${randomUUID().slice(0, 8)}`;
  const pageId = await seedAccessPage(agencyId, await connectAccounts(agencyId), {
    pageId: `page${randomUUID().replaceAll("-", "").slice(0, 12)}`,
    slug,
    name: "Website CTA",
    paused: options.paused ?? false,
  });
  return { pageId, slug, path: `/p/${agencyId}/${slug}` };
}
