/**
 * Writes generated clients into an agency in the emulators (`--clients=N` of
 * `npm start` and `npm run seed`, the demo agency's few clients, the benchmarks).
 */
import { clientRowOf } from "@portico/domain/clients";
import { paths } from "@portico/domain/paths";
import { generateClients } from "./generated-clients";

/** Seeding writes straight to Firestore and Auth: only ever into the emulators. */
export function assertEmulators(): void {
  if (!process.env.FIRESTORE_EMULATOR_HOST || !process.env.FIREBASE_AUTH_EMULATOR_HOST) {
    throw new Error("Refusing to seed: the emulator host variables are not set.");
  }
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
  const { db } = await import("../../functions/src/admin");
  const { derivedClientFields } = await import("../../functions/src/clients/clientRecord");
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
        const client = {
          ...derivedClientFields(id, fields),
          metadata: {},
          faviconUrl: null,
          faviconStatus: fields.website ? "unavailable" : "none",
          latestInvite: null,
          portal: null,
          createdAt,
          createdBy: options.createdBy ?? "seed",
          updatedAt: createdAt,
        };
        writer.set(collection.doc(id), client);
        // Its row of the clients list, as syncClientRow keeps it (benchmarks run without functions).
        writer.set(db.doc(paths.clientRow(agencyId, id)), clientRowOf(client));
      }
      await writer.commit();
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_BATCHES }, worker));
  const { recountClientStats } = await import("../../functions/src/clients/clientStats");
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
