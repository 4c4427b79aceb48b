import { paths } from "@portico/domain/paths";
import { bookingContribution, callContribution } from "@portico/domain/voice/contributions";
import { bookingDocSchema, callDocSchema } from "@portico/domain/voice/stored";
import type { QueryDocumentSnapshot } from "firebase-admin/firestore";
import { db } from "../admin";
import { markedContribution, moveContributions, readRollupContext, rollupRefs } from "./rollups";
import { storedData } from "./storedData";

/** Records per transaction: two reads and at most one mark write each, plus the days. */
const PAGE = 100;

type Kind = "calls" | "bookings";

/**
 * Counts a client's calls and bookings into its day counters from what is
 * stored: the backfill for records stored before the rollups existed (and the
 * demo seed, which writes documents directly). Each page is one transaction
 * that re-reads the records and their marks and applies only differences, so a
 * recount is safe to repeat and to run while webhooks arrive.
 */
export async function recountCallDays(
  agencyId: string,
  clientId: string,
): Promise<{ calls: number; bookings: number }> {
  const counted = { calls: 0, bookings: 0 };
  for (const kind of ["calls", "bookings"] as const) {
    const collection = db.collection(
      kind === "calls" ? paths.calls(agencyId, clientId) : paths.bookings(agencyId, clientId),
    );
    let after: QueryDocumentSnapshot | null = null;
    for (;;) {
      // "__name__" is the document id (FieldPath.documentId()), written so the index check reads it.
      const byId = collection.orderBy("__name__").select().limit(PAGE);
      const { docs } = await (after ? byId.startAfter(after) : byId).get();
      if (docs.length === 0) break;
      await recountPage(
        agencyId,
        clientId,
        kind,
        docs.map((doc) => doc.id),
      );
      counted[kind] += docs.length;
      after = docs[docs.length - 1] ?? null;
      if (docs.length < PAGE) break;
    }
  }
  return counted;
}

async function recountPage(agencyId: string, clientId: string, kind: Kind, ids: string[]) {
  const recordRef = (id: string) =>
    db.doc(
      kind === "calls" ? paths.call(agencyId, clientId, id) : paths.booking(agencyId, clientId, id),
    );
  const markRef = (id: string) =>
    kind === "calls"
      ? rollupRefs.callMark(agencyId, clientId, id)
      : rollupRefs.bookingMark(agencyId, clientId, id);
  await db.runTransaction(async (tx) => {
    const [records, marks, rollup] = await Promise.all([
      tx.getAll(...ids.map(recordRef)),
      tx.getAll(...ids.map(markRef)),
      readRollupContext(tx, agencyId, clientId),
    ]);
    const moves = records.flatMap((record, index) => {
      const mark = marks[index];
      if (!record.exists || !mark) return [];
      const next =
        kind === "calls"
          ? callContribution(
              storedData(callDocSchema, record.data()),
              rollup.timeZone,
              rollup.hours,
            )
          : bookingContribution(storedData(bookingDocSchema, record.data()), rollup.timeZone);
      return [{ mark: mark.ref, before: markedContribution(mark), next }];
    });
    moveContributions(tx, { agencyId, clientId }, moves);
  });
}

/**
 * After a client write: a client whose time zone changed has its day counters
 * recounted, so each call and booking moves to its local day in the new zone
 * (the recount moves only differences; a repeated event changes nothing). A
 * new client or a deleted one has nothing to move.
 */
export async function followTimeZoneChange(
  agencyId: string,
  clientId: string,
  before: { timeZone?: unknown } | undefined,
  after: { timeZone?: unknown } | undefined,
) {
  if (!before || !after || before.timeZone === after.timeZone) return;
  await recountCallDays(agencyId, clientId);
}
