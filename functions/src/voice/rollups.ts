import { clientDocSchema } from "@portico/domain/clients";
import { paths } from "@portico/domain/paths";
import {
  type BusinessHours,
  businessHoursSchema,
  DEFAULT_BUSINESS_HOURS,
} from "@portico/domain/voice/business-hours";
import {
  type Contribution,
  contributionDelta,
  mergeDeltas,
  zoneOfDay,
} from "@portico/domain/voice/contributions";
import { rollupMarkDocSchema } from "@portico/domain/voice/rollups";
import {
  type DocumentReference,
  type DocumentSnapshot,
  FieldValue,
  type Transaction,
} from "firebase-admin/firestore";
import { z } from "zod";
import { db } from "../admin";
import { storedData } from "./storedData";

/**
 * Keeping the per-day counters (`callDays`, domain voice/rollups.ts) in step
 * with calls and bookings.
 *
 * Why inside storeCall's and storeBooking's transactions rather than Firestore
 * triggers: those transactions already read the stored call or booking and
 * decide what changes, so adding the contribution mark to their reads makes
 * the counters change in the same atomic write as the document. A trigger
 * would need its own transaction per delivery, could run after a later write
 * of the same call, and leaves a window where the page's figures disagree with
 * the calls list. Replays are "duplicate" before any write; a report that
 * changes the call applies only the difference between the stored mark and
 * the new contribution, with increments, so concurrent calls on one day never
 * contend on the day document.
 */
export interface RollupContext {
  timeZone: string;
  hours: BusinessHours;
}

const clientZoneSchema = clientDocSchema.pick({ timeZone: true });
const settingsHoursSchema = z.object({ businessHours: z.unknown().optional() });

export const rollupRefs = {
  client: (agencyId: string, clientId: string) => db.doc(paths.client(agencyId, clientId)),
  settings: (agencyId: string, clientId: string) => db.doc(paths.agentSettings(agencyId, clientId)),
  callMark: (agencyId: string, clientId: string, callId: string) =>
    db.doc(paths.callRollupMark(agencyId, clientId, callId)),
  bookingMark: (agencyId: string, clientId: string, bookingId: string) =>
    db.doc(paths.bookingRollupMark(agencyId, clientId, bookingId)),
};

/** The client's zone and business hours (defaults while the settings hold none or an invalid one). */
function rollupContextOf(client: DocumentSnapshot, settings: DocumentSnapshot): RollupContext {
  const timeZone = storedData(clientZoneSchema, client.exists ? client.data() : {}).timeZone;
  const stored = settings.exists
    ? settingsHoursSchema.safeParse(settings.data()).data?.businessHours
    : undefined;
  const hours = businessHoursSchema.safeParse(stored);
  return { timeZone, hours: hours.success ? hours.data : DEFAULT_BUSINESS_HOURS };
}

export async function readRollupContext(
  tx: Transaction,
  agencyId: string,
  clientId: string,
): Promise<RollupContext> {
  const [client, settings] = await Promise.all([
    tx.get(rollupRefs.client(agencyId, clientId)),
    tx.get(rollupRefs.settings(agencyId, clientId)),
  ]);
  return rollupContextOf(client, settings);
}

/** The contribution a mark records, or null for a record never counted. */
export function markedContribution(mark: DocumentSnapshot): Contribution | null {
  if (!mark.exists) return null;
  return storedData(rollupMarkDocSchema, mark.data()).contribution;
}

/** "outcomes.answered": 2 -> { outcomes: { answered: increment(2) } }, for a merging set. */
function nestedIncrements(fields: Record<string, number>) {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(fields)) {
    const [head, leaf] = path.split(".") as [string, string | undefined];
    if (leaf === undefined) out[head] = FieldValue.increment(value);
    else {
      const group = (out[head] ?? {}) as Record<string, unknown>;
      group[leaf] = FieldValue.increment(value);
      out[head] = group;
    }
  }
  return out;
}

/**
 * The client's day documents' merging writes for a per-day delta: increments,
 * so they add up whatever else writes the day at the same time.
 */
export function dayDeltaWrites(
  agencyId: string,
  clientId: string,
  delta: Map<string, Record<string, number>>,
  zoneOf: (day: string) => string,
): { ref: DocumentReference; data: Record<string, unknown> }[] {
  return [...delta].map(([day, fields]) => ({
    ref: db.doc(paths.callDay(agencyId, clientId, day)),
    data: {
      day,
      timeZone: zoneOf(day),
      ...nestedIncrements(fields),
      updatedAt: FieldValue.serverTimestamp(),
    },
  }));
}

/** Adds a per-day delta to the client's day documents (writes only; call after every read). */
function applyDayDelta(
  tx: Transaction,
  agencyId: string,
  clientId: string,
  delta: Map<string, Record<string, number>>,
  zoneOf: (day: string) => string,
): void {
  for (const { ref, data } of dayDeltaWrites(agencyId, clientId, delta, zoneOf)) {
    tx.set(ref, data, { merge: true });
  }
}

/** Moves one record's contribution from its mark to `next`, and records `next` (writes only). */
export function moveContribution(
  tx: Transaction,
  target: { agencyId: string; clientId: string; mark: DocumentReference },
  before: Contribution | null,
  next: Contribution | null,
): void {
  const delta = contributionDelta(before, next);
  if (delta.size === 0 && before !== null) return;
  applyDayDelta(tx, target.agencyId, target.clientId, delta, (day) => zoneOfDay(day, before, next));
  tx.set(target.mark, { contribution: next, updatedAt: FieldValue.serverTimestamp() });
}

/** Several records' moves in one transaction (the backfill): one write per day, one per mark. */
export function moveContributions(
  tx: Transaction,
  target: { agencyId: string; clientId: string },
  moves: { mark: DocumentReference; before: Contribution | null; next: Contribution | null }[],
): void {
  const zones = new Map<string, string>();
  const deltas = moves.map(({ before, next }) => {
    const delta = contributionDelta(before, next);
    for (const day of delta.keys()) zones.set(day, zoneOfDay(day, before, next));
    return delta;
  });
  applyDayDelta(
    tx,
    target.agencyId,
    target.clientId,
    mergeDeltas(deltas),
    (day) => zones.get(day) ?? "UTC",
  );
  for (const { mark, before, next } of moves) {
    if (before === null || contributionDelta(before, next).size > 0) {
      tx.set(mark, { contribution: next, updatedAt: FieldValue.serverTimestamp() });
    }
  }
}
