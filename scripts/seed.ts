/**
 * Seeds the demo agency into the running emulators. Idempotent: does nothing
 * when the demo owner already exists. Needs the emulator host variables
 * (set by `firebase emulators:exec`, or by scripts/start.ts).
 *
 * `--clients=N` also gives the demo agency N generated clients (see
 * seedClients), e.g. `npm run seed -- --clients=10000` or
 * `npm start -- --clients=10000`.
 *
 * Reuses the functions' own workspace code, so the demo data has exactly the
 * shape production code writes.
 */
import { type ClientFields, clientInputSchema, normalizeForSearch } from "@portico/domain/clients";
import { paths } from "@portico/domain/paths";
import { DEMO_AGENCY_NAME, DEMO_USERS } from "./lib/demo";
import { seededRandom } from "./lib/random";

function assertEmulators(): void {
  if (!process.env.FIRESTORE_EMULATOR_HOST || !process.env.FIREBASE_AUTH_EMULATOR_HOST) {
    throw new Error("Refusing to seed: the emulator host variables are not set.");
  }
}

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

export async function seedDemo(options: { clients?: number } = {}): Promise<SeedDemoResult> {
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

// ---- Generated clients -------------------------------------------------------

/**
 * A company word given to exactly 1 in 100 generated clients (and found in no
 * other generated word), so a search for it has a known number of matches.
 */
export const SEED_SEARCH_WORD = "Kestrel";

/** How many of `count` generated clients carry SEED_SEARCH_WORD in their company. */
export function seededSearchWordMatches(count: number): number {
  return Math.floor((count + 62) / 100); // indexes 37, 137, 237, … below count
}

const BATCH_SIZE = 400;
const PARALLEL_BATCHES = 4;

export interface SeedClientsOptions {
  /** Seed of the pseudo-random generator: the same seed writes the same clients. Default 1. */
  seed?: number;
  /** `createdBy` of every client (a staff uid). Default "seed". */
  createdBy?: string;
  /** createdAt spreads over the three years before this instant. Default: today, 00:00 UTC. */
  until?: Date;
  /** Skip writing when the last of these clients already exists (an earlier run wrote them). */
  ifMissing?: boolean;
}

export interface SeedClientsResult {
  /** Documents written (0 when `ifMissing` found them already there). */
  written: number;
  /** The client IDs, in generation order (deterministic). */
  ids: string[];
  ms: number;
}

/** Word lists, written as "a|b|c" strings to keep them short. */
const list = (...parts: string[]) => parts.join("|").split("|");

const VOCABULARY = {
  en: {
    first: list("Olivia|James|Amelia|Noah|Isla|Oliver|Grace|Harry|Chloe|Jack"),
    last: list("Smith|Taylor|Brown|Wilson|Evans|Walker|Wright|Hughes|Green"),
    // An English name is "<word> <trade>": "Riverside Dental", "Wilson Plumbing".
    words: list(
      "Blue|Northern|Golden|Riverside|Summit|Maple|Cedar|Bright|Urban",
      "Coastal|Evergreen|Granite|Willow|Pioneer|Lakeside|Sunrise|Ironwood",
    ),
    trades: list(
      "Bakery|Dental|Fitness|Coffee|Florist|Realty|Plumbing|Studio",
      "Vets|Bistro|Motors|Clinic|Books|Yoga|Brewing|Roofing",
    ),
    tradeFirst: false,
    places: list(
      "Leeds|Bristol|Austin|Denver|Dublin|Boston|Bath|York|Salem",
      "Cork|Perth|Oxford|Tampa|Reno|Galway|Derby|Hull|Truro",
    ),
    suffixes: list("Ltd|LLC|Inc.|Group|& Co.|Holdings"),
    tld: "com",
  },
  es: {
    first: list("Lucía|Mateo|Sofía|Hugo|Martina|Álvaro|Valeria|Pablo|Inés"),
    last: list("García|Martínez|López|Sánchez|Pérez|Gómez|Ruiz|Díaz|Moreno"),
    // A Spanish or Dutch name is "<trade> <word>": "Panadería del Sol", "Bakkerij Jansen".
    words: list(
      "del Sol|Luna|Jardín|Montaña|Río Claro|El Olivo|Mar Azul",
      "La Sierra|San Telmo|Las Flores|El Faro|Alameda|Puerta Verde|Aurora",
    ),
    trades: list(
      "Panadería|Clínica|Café|Taller|Floristería|Librería|Farmacia",
      "Óptica|Gimnasio|Bodega|Estudio|Peluquería|Inmobiliaria",
    ),
    tradeFirst: true,
    places: list(
      "Madrid|Sevilla|Valencia|Bilbao|Málaga|Córdoba|Lima|Quito",
      "Cádiz|Toledo|Granada|Oviedo|Murcia|Cusco|Rosario|León",
    ),
    suffixes: list("S.L.|S.A.|y Asociados|Grupo"),
    tld: "es",
  },
  nl: {
    first: list("Sanne|Daan|Emma|Lucas|Fleur|Bram|Noor|Sem|Lotte|Thijs"),
    last: list("de Jong|Jansen|de Vries|van Dijk|Bakker|Visser|Smit|Meijer"),
    words: list(
      "De Molen|Het Anker|De Linde|Zonneveld|Het Hof|De Zwaan|Oranje",
      "Duin|De Gouden Leeuw|Het Wapen|Polderzicht|De Eik|Vlinder",
    ),
    trades: list(
      "Bakkerij|Tandarts|Fietsen|Bloemen|Koffie|Kapsalon|Boekhandel",
      "Brouwerij|Slagerij|Apotheek|Makelaardij|Schilders|Yogastudio",
    ),
    tradeFirst: true,
    places: list(
      "Utrecht|Haarlem|Leiden|Delft|Gouda|Breda|Zwolle|Gent",
      "Assen|Alkmaar|Tilburg|Venlo|Deventer|Brugge|Hoorn|Edam",
    ),
    suffixes: list("B.V.|V.O.F.|Groep|& Zn."),
    tld: "nl",
  },
} as const;

const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const THREE_YEARS_MS = 3 * 365 * 24 * 60 * 60 * 1000;

/** The fields and ids of `count` generated clients (no I/O). */
export function generateClients(
  count: number,
  seed = 1,
): { id: string; fields: ClientFields; ageMs: number }[] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const slug = (value: string) => normalizeForSearch(value).replace(/[^a-z0-9]+/g, "");
  const emails = new Set<string>();
  const out: { id: string; fields: ClientFields; ageMs: number }[] = [];

  for (let index = 0; index < count; index += 1) {
    let id = "";
    for (let i = 0; i < 20; i += 1) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
    const roll = random();
    const language = roll < 0.5 ? "en" : roll < 0.75 ? "es" : "nl";
    const words = VOCABULARY[language];
    const word = random() < 0.3 ? pick(words.last) : pick(words.words);
    const trade = pick(words.trades);
    const base = words.tradeFirst ? `${trade} ${word}` : `${word} ${trade}`;
    const name = random() < 0.6 ? `${base} ${pick(words.places)}` : base;
    const company =
      index % 100 === 37
        ? `${SEED_SEARCH_WORD} ${pick(words.trades)} ${pick(words.suffixes)}`
        : random() < 0.7
          ? `${base} ${pick(words.suffixes)}`
          : "";
    let email = "";
    if (random() < 0.9) {
      const local = `${slug(pick(words.first))}.${slug(pick(words.last))}`;
      const domain = `${slug(name)}.test`;
      email = `${local}@${domain}`;
      for (let n = 2; emails.has(email); n += 1) email = `${local}${n}@${domain}`;
      emails.add(email);
    }
    const website = random() < 0.4 ? `${slug(base)}.${words.tld}` : "";
    const type = random() < 0.2 ? "prospect" : "client";
    // Parsed like createClient's input, so websites and emails are normalised the same way.
    const fields = clientInputSchema.parse({ name, company, email, website, type, language });
    out.push({ id, fields, ageMs: Math.floor(random() * THREE_YEARS_MS) });
  }
  return out;
}

/**
 * Writes `count` realistic, varied clients into an agency, in batches, with the
 * document shape createClient writes (favicons never fetched: "unavailable"
 * with a website, "none" without). Deterministic: the same seed writes the same
 * IDs and fields, so re-running rewrites the same documents rather than adding.
 */
export async function seedClients(
  agencyId: string,
  count: number,
  options: SeedClientsOptions = {},
): Promise<SeedClientsResult> {
  assertEmulators();
  const started = performance.now();
  const { db } = await import("../functions/src/admin");
  const { derivedClientFields } = await import("../functions/src/clients/clientRecord");
  const clients = generateClients(count, options.seed ?? 1);
  const ids = clients.map((client) => client.id);
  const collection = db.collection(paths.clients(agencyId));
  const last = ids[ids.length - 1];
  if (options.ifMissing && last && (await collection.doc(last).get()).exists) {
    return { written: 0, ids, ms: performance.now() - started };
  }

  const until = options.until ?? new Date(new Date().setUTCHours(0, 0, 0, 0));
  const batches: (typeof clients)[] = [];
  for (let i = 0; i < clients.length; i += BATCH_SIZE) {
    batches.push(clients.slice(i, i + BATCH_SIZE));
  }
  let next = 0;
  const worker = async () => {
    for (let batch = batches[next++]; batch; batch = batches[next++]) {
      const writer = db.batch();
      for (const { id, fields, ageMs } of batch) {
        const createdAt = new Date(until.getTime() - ageMs);
        writer.set(collection.doc(id), {
          ...derivedClientFields(id, fields),
          metadata: {},
          faviconUrl: null,
          faviconStatus: fields.website ? "unavailable" : "none",
          latestInvite: null,
          portal: null,
          createdAt,
          createdBy: options.createdBy ?? "seed",
          updatedAt: createdAt,
        });
      }
      await writer.commit();
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_BATCHES }, worker));
  const { recountClientStats } = await import("../functions/src/clients/clientStats");
  await recountClientStats(agencyId);
  return { written: clients.length, ids, ms: performance.now() - started };
}

/** `--clients=N` from a command line (0 when absent). */
export function clientsFlag(argv: string[]): number {
  const arg = argv.find((value) => value.startsWith("--clients="));
  if (!arg) return 0;
  const value = Number(arg.slice("--clients=".length));
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--clients needs a whole number of clients, not "${arg}".`);
  }
  return value;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { seeded } = await seedDemo({ clients: clientsFlag(process.argv) });
  console.log(seeded ? "Demo data seeded." : "Demo data already present.");
}
