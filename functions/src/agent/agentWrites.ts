import { paths } from "@portico/domain/paths";
import { fieldErrorsOf, type InvalidArgumentDetails } from "@portico/domain/validation";
import type { AgentSyncDoc, HistoryEntryInput } from "@portico/domain/voice/agent-sync";
import { agentSyncDocSchema } from "@portico/domain/voice/agent-sync";
import type { Transaction } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import type { z } from "zod";
import { db } from "../admin";
import { storedData } from "../voice/storedData";

/** Values parsed in the client's language, or `invalid-argument` with a message per field (under `prefix`). */
export function parseLocalized<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  prefix: string,
  summary: string,
): z.output<Schema> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const fields = Object.fromEntries(
    Object.entries(fieldErrorsOf(result.error)).map(([key, message]) => [
      key === "_form" ? prefix : `${prefix}.${key}`,
      message,
    ]),
  );
  const details: InvalidArgumentDetails = { fields };
  throw new HttpsError("invalid-argument", summary, details);
}

export const syncRef = (agencyId: string, clientId: string) =>
  db.doc(paths.agentSync(agencyId, clientId));

/**
 * Asks for the agent to be synced, in the transaction that stored the
 * change: the sync document's revision moves on and its state turns pending,
 * which the onAgentSyncRequested trigger picks up. Read the sync document
 * (`readSync`) before any write of the transaction.
 */
export function requestSync(
  tx: Transaction,
  agencyId: string,
  clientId: string,
  current: AgentSyncDoc | null,
  now: Date,
): void {
  const next: AgentSyncDoc = {
    state: "pending",
    revision: (current?.revision ?? 0) + 1,
    syncedRevision: current?.syncedRevision ?? 0,
    attempts: 0,
    nextAttemptAt: now,
    leaseExpiresAt: null,
    error: null,
    errorCode: null,
    platform: current?.platform ?? null,
    syncedAt: current?.syncedAt ?? null,
    updatedAt: now,
  };
  tx.set(syncRef(agencyId, clientId), next);
}

export async function readSync(
  tx: Transaction,
  agencyId: string,
  clientId: string,
): Promise<AgentSyncDoc | null> {
  const snapshot = await tx.get(syncRef(agencyId, clientId));
  return snapshot.exists ? storedData(agentSyncDocSchema, snapshot.data()) : null;
}

export function addHistory(
  tx: Transaction,
  agencyId: string,
  clientId: string,
  entry: HistoryEntryInput,
  now: Date,
): void {
  tx.create(db.collection(paths.agentHistory(agencyId, clientId)).doc(), { ...entry, at: now });
}
