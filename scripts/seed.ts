/**
 * Seeds the demo agency into the running emulators. Idempotent: does nothing
 * when the demo owner already exists. Needs the emulator host variables
 * (set by `firebase emulators:exec`, or by scripts/start.ts).
 *
 * `--clients=N` also gives the demo agency N generated clients (see
 * lib/seed-clients.ts), e.g. `npm run seed -- --clients=10000` or
 * `npm start -- --clients=10000`.
 *
 * Reuses the functions' own workspace code, so the demo data has exactly the
 * shape production code writes.
 */
import { paths } from "@portico/domain/paths";
import { DEMO_AGENCY_NAME, DEMO_USERS, DEMO_VOICE } from "./lib/demo";
import { currentProfile, demoVoiceUrl } from "./lib/emulators";
import { generateClients } from "./lib/generated-clients";
import {
  assertEmulators,
  clientsFlag,
  type SeedClientsResult,
  seedClients,
} from "./lib/seed-clients";

export interface SeedDemoResult {
  seeded: boolean;
  /** The demo agency (null only if an earlier seed left its owner without one). */
  agencyId: string | null;
  /** Generated clients, when `clients` was asked for. */
  clients?: SeedClientsResult;
}

/** The client's page of a demo invite still waiting for the client, to try the client's side. */
export async function demoInviteUrl(agencyId: string, appUrl: string): Promise<string | null> {
  const { db } = await import("../functions/src/admin");
  const { seededInviteUrl } = await import("./lib/seed-invites");
  const waiting = await db
    .collection(paths.invites(agencyId))
    .where("status", "==", "pending")
    .limit(1)
    .get();
  const invite = waiting.docs[0];
  return invite ? seededInviteUrl(appUrl, invite.ref.path) : null;
}

/** The demo agent's client's name, for `npm start`'s hints (null when it is not there). */
export async function demoVoiceClientName(agencyId: string): Promise<string | null> {
  const { db } = await import("../functions/src/admin");
  const client = await db.doc(paths.client(agencyId, demoVoiceClientId())).get();
  const name: unknown = client.get("name");
  return typeof name === "string" ? name : null;
}

/** The demo client whose AI agent has calls and bookings (see lib/seed-voice.ts). */
export function demoVoiceClientId(): string {
  const client = generateClients(DEMO_CLIENTS, DEMO_CLIENT_SEED)[DEMO_VOICE.clientIndex];
  if (!client) throw new Error("The demo agency has no generated clients.");
  return client.id;
}

export interface SeedDemoOptions {
  clients?: number;
  /** Where the demo voice platform serves recordings (default: this profile's port). */
  voicePlatformUrl?: string;
}

export async function seedDemo(options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  assertEmulators();
  const { auth } = await import("../functions/src/admin");
  const { createAgencyWorkspace } = await import("../functions/src/agency/createAgencyWorkspace");
  const { addAgencyMember } = await import("../functions/src/agency/addAgencyMember");

  let seeded = false;
  let agencyId: string | null;
  let ownerUid: string;
  const existing = await auth.getUserByEmail(DEMO_USERS.owner.email).catch(() => null);
  if (existing) {
    const claimed = existing.customClaims?.agencyId;
    agencyId = typeof claimed === "string" ? claimed : null;
    ownerUid = existing.uid;
  } else {
    const accounts = Object.fromEntries(
      await Promise.all(
        Object.entries(DEMO_USERS).map(async ([key, user]) => {
          const record = await auth.createUser({
            email: user.email,
            password: user.password,
            displayName: user.displayName,
            emailVerified: true,
          });
          return [key, record] as const;
        }),
      ),
    );
    const owner = accounts.owner;
    if (!owner) throw new Error("Demo owner was not created");
    agencyId = await createAgencyWorkspace(
      { uid: owner.uid, email: DEMO_USERS.owner.email, displayName: DEMO_USERS.owner.displayName },
      DEMO_AGENCY_NAME,
    );
    ownerUid = owner.uid;
    for (const key of ["member", "viewer"] as const) {
      const record = accounts[key];
      if (!record) continue;
      const user = DEMO_USERS[key];
      await addAgencyMember(
        agencyId,
        { uid: record.uid, email: user.email, displayName: user.displayName },
        user.role,
      );
    }
    await seedDemoContent(agencyId, { uid: owner.uid, name: DEMO_USERS.owner.displayName });
    seeded = true;
  }
  if (agencyId) await seedVoiceIfMissing(agencyId, options.voicePlatformUrl);

  if (!options.clients) return { seeded, agencyId };
  if (!agencyId) throw new Error("The demo owner has no agency to add clients to.");
  const clients = await seedClients(agencyId, options.clients, {
    createdBy: ownerUid,
    ifMissing: true,
  });
  console.log(
    clients.written > 0
      ? `Seeded ${clients.written.toLocaleString("en")} clients into ${DEMO_AGENCY_NAME} in ${(clients.ms / 1000).toFixed(1)} s.`
      : `The ${options.clients.toLocaleString("en")} generated clients are already there.`,
  );
  return { seeded, agencyId, clients };
}

/** Demo content on the board: receiving accounts, an intake form, a few clients and their invites. */
const DEMO_CLIENTS = 8;
const DEMO_INVITES = 10;
const DEMO_CLIENT_SEED = 99;

async function seedDemoContent(agencyId: string, owner: { uid: string; name: string }) {
  const { db } = await import("../functions/src/admin");
  const { seedConnectedAccounts, seedInvites } = await import("./lib/seed-invites");
  const { intakeFormSchema } = await import("@portico/domain/intake");
  const accounts = await seedConnectedAccounts(agencyId);
  await db.doc(paths.settings(agencyId, "intakeForm")).set({
    ...intakeFormSchema.parse({
      enabled: true,
      questions: [
        { id: "goals", type: "long_text", label: "What should we improve first?", required: true },
        {
          id: "budget",
          type: "single_choice",
          label: "Monthly ad budget",
          options: ["Under €5,000", "€5,000–€20,000", "Over €20,000"],
        },
        { id: "site", type: "url", label: "Your main website" },
      ],
    }),
    updatedAt: new Date(),
  });
  await seedClients(agencyId, DEMO_CLIENTS, { seed: DEMO_CLIENT_SEED, createdBy: owner.uid });
  await seedInvites(agencyId, {
    clients: generateClients(DEMO_CLIENTS, DEMO_CLIENT_SEED),
    accounts,
    createdBy: owner,
    count: DEMO_INVITES,
    idPrefix: "demo-invite-",
    links: true,
  });
  // An access page to share: /p/<agencyId>/get-started.
  const { seedAccessPage } = await import("./lib/seed-onboarding-pages");
  await seedAccessPage(agencyId, accounts, {
    pageId: "demoaccesspage",
    slug: "get-started",
    createdBy: owner,
  });
}

/** The demo client's agent, its history and its portal login, unless saved data already has them. */
async function seedVoiceIfMissing(agencyId: string, platformUrl?: string) {
  const { hasDemoVoice, seedDemoVoice } = await import("./lib/seed-voice");
  const clientId = demoVoiceClientId();
  const { db } = await import("../functions/src/admin");
  if (!(await db.doc(paths.client(agencyId, clientId)).get()).exists) return;
  const { ensureDemoPortalUser } = await import("./lib/seed-portal-user");
  const { auth } = await import("../functions/src/admin");
  const owner = await auth.getUserByEmail(DEMO_USERS.owner.email);
  await ensureDemoPortalUser(agencyId, clientId, {
    uid: owner.uid,
    name: DEMO_USERS.owner.displayName,
  });
  const { seedDemoAgentConfig } = await import("./lib/seed-agent-config");
  await seedDemoAgentConfig(agencyId, clientId);
  const { seedDemoBilling } = await import("./lib/seed-billing");
  if (await hasDemoVoice(agencyId, clientId)) {
    await seedDemoBilling(agencyId, clientId);
    return;
  }
  const voice = await seedDemoVoice(agencyId, clientId, {
    platformUrl: platformUrl ?? demoVoiceUrl(currentProfile()),
  });
  console.log(`Seeded the demo agent: ${voice.calls} calls and ${voice.bookings} bookings.`);
  if (await seedDemoBilling(agencyId, clientId)) console.log("Seeded its plan and a statement.");
}

/**
 * `count` generated invites for the demo agency's generated clients (the
 * benchmark's 10,000-invite board). Needs `seedClients` to have run first.
 */
export async function seedBoardInvites(agencyId: string, count: number, clientCount: number) {
  const { seedConnectedAccounts, seedInvites } = await import("./lib/seed-invites");
  const accounts = await seedConnectedAccounts(agencyId);
  return seedInvites(agencyId, {
    clients: generateClients(Math.max(clientCount, 1)),
    accounts,
    createdBy: { uid: "seed", name: DEMO_USERS.owner.displayName },
    count,
    idPrefix: "board-invite-",
    seed: 11,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { seeded } = await seedDemo({ clients: clientsFlag(process.argv) });
  console.log(seeded ? "Demo data seeded." : "Demo data already present.");
}
