/**
 * Demo and benchmark invites, written with createInvite's own record builder
 * so they have exactly the production shape, then given varied progress.
 */
import { defaultAccessLevelFor } from "@portico/domain/catalogue/access";
import { SERVICES } from "@portico/domain/catalogue/services";
import type { ClientFields } from "@portico/domain/clients";
import { saveConnectedAccountInputSchema } from "@portico/domain/connected-accounts";
import { inviteStatus, type ServiceStatus } from "@portico/domain/invites";
import { paths } from "@portico/domain/paths";
import { addDays, INVITE_LINK_LIFETIME_DAYS } from "@portico/domain/tokens";
import { seededRandom } from "./random";

/**
 * Link tokens for seeded invites, as createInvite issues them (emulator key),
 * so "Copy link" on a demo invite opens the client's page.
 */
async function seedInviteLinks(
  agencyId: string,
  invites: { id: string; data: { clientId: string; createdAt: Date } }[],
) {
  const { db } = await import("../../functions/src/admin");
  const { EMULATOR_INVITE_LINK_KEY, inviteToken } = await import(
    "../../functions/src/invites/inviteLink"
  );
  const { hashToken } = await import("../../functions/src/tokens/invitationTokens");
  const writer = db.batch();
  for (const { id, data } of invites) {
    const invitePath = paths.invite(agencyId, id);
    const token = inviteToken(invitePath, 0, EMULATOR_INVITE_LINK_KEY);
    writer.set(db.doc(paths.invitationToken(hashToken(token))), {
      kind: "invite",
      agencyId,
      subjectPath: invitePath,
      clientId: data.clientId,
      expiresAt: addDays(new Date(), INVITE_LINK_LIFETIME_DAYS),
      createdAt: data.createdAt,
      usedAt: null,
      revokedAt: null,
    });
  }
  await writer.commit();
}

/** The client's page for a seeded invite (emulator key). */
export async function seededInviteUrl(appUrl: string, invitePath: string): Promise<string> {
  const { EMULATOR_INVITE_LINK_KEY, inviteToken } = await import(
    "../../functions/src/invites/inviteLink"
  );
  return `${appUrl}/i/${inviteToken(invitePath, 0, EMULATOR_INVITE_LINK_KEY)}`;
}

export interface SeedAccount {
  id: string;
  kind: string;
  label: string;
  value: string;
}

/** The demo agency's receiving accounts, validated like Settings → Connected accounts. */
const DEMO_ACCOUNTS = [
  { kind: "google-ads-manager", label: "Northwind MCC", value: "123-456-7890" },
  { kind: "google-account", label: "Northwind team", value: "access@northwind.test" },
  { kind: "meta-business", label: "Northwind Business Manager", value: "1234567890123456" },
];

export async function seedConnectedAccounts(agencyId: string): Promise<SeedAccount[]> {
  const { db } = await import("../../functions/src/admin");
  const accounts: SeedAccount[] = [];
  for (const input of DEMO_ACCOUNTS) {
    const account = saveConnectedAccountInputSchema.parse(input);
    // A valid caller-supplied ID (letters and digits only), as the wizard sends it back.
    const id = `demo${account.kind.replaceAll("-", "")}`;
    await db.doc(paths.connectedAccount(agencyId, id)).set({
      kind: account.kind,
      platform: account.platform,
      label: account.label,
      value: account.value,
      createdAt: new Date(),
      createdBy: "seed",
      updatedAt: new Date(),
    });
    accounts.push({ id, kind: account.kind, label: account.label, value: account.value });
  }
  return accounts;
}

export interface SeedInvitesOptions {
  clients: { id: string; fields: ClientFields }[];
  accounts: SeedAccount[];
  createdBy: { uid: string; name: string };
  count: number;
  /** Invite ids are `<idPrefix><n>`, so re-running rewrites the same documents. */
  idPrefix: string;
  seed?: number;
  /** createdAt spreads over the 60 days before this instant. */
  until?: Date;
  /** Also issue each invite's link token, so its link opens the client's page. */
  links?: boolean;
}

const BATCH_SIZE = 400;
const PARALLEL_BATCHES = 4;

/**
 * Writes `count` invites (deterministic ids): one to three
 * services each that the agency has accounts for, at the level the wizard
 * would preselect, some granted or skipped, some with the intake form; then
 * recounts the board's counters. Re-running rewrites the same documents.
 */
export async function seedInvites(agencyId: string, options: SeedInvitesOptions) {
  const started = performance.now();
  const { db } = await import("../../functions/src/admin");
  const { newInviteRecord } = await import("../../functions/src/invites/inviteRecord");
  const { recountInviteStats } = await import("../../functions/src/invites/inviteStats");
  const random = seededRandom(options.seed ?? 7);
  const kinds = new Set(options.accounts.map((account) => account.kind));
  const services = SERVICES.filter((service) => kinds.has(service.receivingAccountKind));
  const until = options.until ?? new Date();
  const collection = db.collection(paths.invites(agencyId));

  const docs = Array.from({ length: options.count }, (_, index) => {
    const client = options.clients[index % options.clients.length];
    if (!client) throw new Error("seedInvites needs at least one client");
    const chosen = new Set<(typeof services)[number]>();
    const wanted = 1 + Math.floor(random() * 3);
    while (chosen.size < Math.min(wanted, services.length)) {
      chosen.add(services[Math.floor(random() * services.length)] as (typeof services)[number]);
    }
    const record = newInviteRecord({
      clientId: client.id,
      client: {
        name: client.fields.name,
        company: client.fields.company,
        email: client.fields.email,
        faviconUrl: null,
        type: client.fields.type,
        language: client.fields.language,
      },
      services: [...chosen].map((service) => ({
        serviceId: service.id,
        accessLevel: defaultAccessLevelFor(service, client.fields.type),
        connectedAccountId:
          options.accounts.find((account) => account.kind === service.receivingAccountKind)?.id ??
          "",
        optional: false,
      })),
      accounts: options.accounts,
      intakeForm: random() < 0.4,
      thankYouMessage: "",
      redirectUrl: "",
      createdBy: options.createdBy,
    });
    const createdAt = new Date(until.getTime() - Math.floor(random() * 60 * 24 * 3600 * 1000));
    // Progress: about a third untouched, the rest part or fully done.
    const progress = random();
    const servicesWithProgress = record.services.map((service) => {
      const status: ServiceStatus =
        progress < 0.35 ? "pending" : random() < 0.85 || progress > 0.7 ? "granted" : "skipped";
      return { ...service, status, statusChangedAt: status === "pending" ? null : createdAt };
    });
    const intake = record.intake.requested
      ? { ...record.intake, status: progress > 0.6 ? ("done" as const) : ("pending" as const) }
      : record.intake;
    const done = { ...record, services: servicesWithProgress, intake };
    return {
      id: `${options.idPrefix}${index}`,
      data: { ...done, status: inviteStatus(done), createdAt, updatedAt: createdAt },
    };
  });

  const batches: (typeof docs)[] = [];
  for (let i = 0; i < docs.length; i += BATCH_SIZE) batches.push(docs.slice(i, i + BATCH_SIZE));
  let next = 0;
  const worker = async () => {
    for (let batch = batches[next++]; batch; batch = batches[next++]) {
      const writer = db.batch();
      for (const { id, data } of batch) writer.set(collection.doc(id), data);
      await writer.commit();
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_BATCHES }, worker));
  if (options.links) await seedInviteLinks(agencyId, docs);
  await recountInviteStats(agencyId);
  return { written: docs.length, ids: docs.map((doc) => doc.id), ms: performance.now() - started };
}
