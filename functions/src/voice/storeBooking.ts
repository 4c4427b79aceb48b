import { isDeepStrictEqual } from "node:util";
import { paths } from "@portico/domain/paths";
import type { NormalizedBooking } from "@portico/domain/voice/booking";
import { bookingContribution, callContribution } from "@portico/domain/voice/contributions";
import {
  type BookingDoc,
  bookingDocSchema,
  bookingFields,
  callDocSchema,
  platformRecordId,
} from "@portico/domain/voice/stored";
import { FieldValue, type Transaction } from "firebase-admin/firestore";
import { db } from "../admin";
import { markedContribution, moveContribution, readRollupContext, rollupRefs } from "./rollups";
import type { ConnectionRef, StoreResult } from "./storeCall";
import { storedData } from "./storedData";

/** A booking made within this long after a call from the same number is that call's booking. */
const CALL_MATCH_WINDOW_MS = 2 * 60 * 60 * 1000;

type HistoryEntry = BookingDoc["history"][number];

function withEntry(history: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  if (history.some((known) => isDeepStrictEqual(known, entry))) return history;
  return [...history, entry].sort((a, b) => a.at.getTime() - b.at.getTime()).slice(-50);
}

/** The call this booking came from: the id the agent passed, else the caller's number shortly before. */
async function matchingCallId(
  tx: Transaction,
  connection: ConnectionRef,
  booking: NormalizedBooking,
): Promise<string | null> {
  const calls = db.collection(paths.calls(connection.agencyId, connection.clientId));
  if (booking.platformCallId) {
    const named = await tx.get(
      calls.where("platformCallId", "==", booking.platformCallId).limit(1),
    );
    if (named.docs[0]) return named.docs[0].id;
  }
  if (!booking.attendeePhone) return null;
  const bookedAt = new Date(booking.changedAt);
  const recent = await tx.get(
    calls
      .where("callerNumber", "==", booking.attendeePhone)
      .where("sortAt", ">=", new Date(bookedAt.getTime() - CALL_MATCH_WINDOW_MS))
      .where("sortAt", "<=", bookedAt)
      .orderBy("sortAt", "desc")
      .limit(1),
  );
  return recent.docs[0]?.id ?? null;
}

/**
 * Stores one booking event in one transaction. Events are ordered by the
 * platform's own time, so a late or replayed event adds to the history but
 * never turns a cancelled booking back into a booked one. A reschedule marks
 * the booking it replaced. The day counters move in the same transaction: the
 * booking's and the replaced one's contributions, and the linked call's
 * "booked" (./rollups.ts).
 */
export async function storeBooking(
  connection: ConnectionRef,
  incoming: NormalizedBooking,
): Promise<StoreResult> {
  const { agencyId, clientId, connectionId } = connection;
  const bookingId = await platformRecordId(incoming.platform, incoming.platformBookingId);
  const ref = db.doc(paths.booking(agencyId, clientId, bookingId));
  const replacedRef = incoming.rescheduledFrom
    ? db.doc(
        paths.booking(
          agencyId,
          clientId,
          await platformRecordId(incoming.platform, incoming.rescheduledFrom),
        ),
      )
    : null;
  const changedAt = new Date(incoming.changedAt);
  const markRef = rollupRefs.bookingMark(agencyId, clientId, bookingId);
  const replacedMarkRef = replacedRef
    ? rollupRefs.bookingMark(agencyId, clientId, replacedRef.id)
    : null;

  return db.runTransaction(async (tx) => {
    const [snapshot, replacedSnap, markSnap, replacedMarkSnap, rollup] = await Promise.all([
      tx.get(ref),
      replacedRef ? tx.get(replacedRef) : Promise.resolve(null),
      tx.get(markRef),
      replacedMarkRef ? tx.get(replacedMarkRef) : Promise.resolve(null),
      readRollupContext(tx, agencyId, clientId),
    ]);
    const stored = snapshot.exists ? storedData(bookingDocSchema, snapshot.data()) : null;
    const callId = stored?.callId ?? (await matchingCallId(tx, connection, incoming));
    const linksCall = callId !== null && !stored?.callId;
    const callMarkRef = linksCall ? rollupRefs.callMark(agencyId, clientId, callId) : null;
    const [callSnap, callMarkSnap] = await Promise.all([
      linksCall ? tx.get(db.doc(paths.call(agencyId, clientId, callId))) : Promise.resolve(null),
      callMarkRef ? tx.get(callMarkRef) : Promise.resolve(null),
    ]);
    const fields = bookingFields(incoming);
    const entry: HistoryEntry = {
      status: incoming.status,
      at: changedAt,
      startsAt: fields.startsAt,
    };
    const isLatest = !stored || changedAt.getTime() >= stored.lastChangedAt.getTime();
    const current = isLatest ? fields : bookingFields({ ...incoming, ...currentOf(stored) });
    const next: BookingDoc = {
      ...current,
      // A replaced booking's successor is kept even when a later event omits it.
      rescheduledFrom: current.rescheduledFrom ?? stored?.rescheduledFrom ?? null,
      rescheduledTo: current.rescheduledTo ?? stored?.rescheduledTo ?? null,
      connectionId: stored?.connectionId ?? connectionId,
      callId,
      history: withEntry(stored?.history ?? [], entry),
      lastChangedAt: isLatest ? changedAt : (stored?.lastChangedAt ?? changedAt),
      receivedAt: stored?.receivedAt ?? new Date(),
      updatedAt: stored?.updatedAt ?? new Date(),
    };
    const contribution = bookingContribution(next, rollup.timeZone);
    if (stored && isDeepStrictEqual({ ...next, updatedAt: null }, { ...stored, updatedAt: null })) {
      // A booking stored before the rollups existed is counted on its next event.
      if (!markSnap.exists) {
        moveContribution(tx, { agencyId, clientId, mark: markRef }, null, contribution);
      }
      return { result: "duplicate", subjectId: bookingId };
    }
    tx.set(ref, { ...next, updatedAt: FieldValue.serverTimestamp() });
    moveContribution(
      tx,
      { agencyId, clientId, mark: markRef },
      markedContribution(markSnap),
      contribution,
    );
    if (callSnap?.exists && callMarkRef && callMarkSnap) {
      tx.update(callSnap.ref, { bookingId, booked: true, updatedAt: FieldValue.serverTimestamp() });
      const call = storedData(callDocSchema, callSnap.data());
      // Only a call already counted moves: one stored before the rollups is counted by the backfill.
      if (callMarkSnap.exists) {
        moveContribution(
          tx,
          { agencyId, clientId, mark: callMarkRef },
          markedContribution(callMarkSnap),
          callContribution({ ...call, booked: true }, rollup.timeZone, rollup.hours),
        );
      }
    }
    if (replacedSnap?.exists && replacedMarkRef && replacedMarkSnap) {
      const replaced = storedData(bookingDocSchema, replacedSnap.data());
      const update = {
        status: "rescheduled" as const,
        rescheduledTo: incoming.platformBookingId,
        history: withEntry(replaced.history, {
          status: "rescheduled",
          at: changedAt,
          startsAt: replaced.startsAt,
        }),
      };
      tx.update(replacedSnap.ref, { ...update, updatedAt: FieldValue.serverTimestamp() });
      if (replacedMarkSnap.exists) {
        moveContribution(
          tx,
          { agencyId, clientId, mark: replacedMarkRef },
          markedContribution(replacedMarkSnap),
          bookingContribution({ ...replaced, ...update }, rollup.timeZone),
        );
      }
    }
    return { result: "stored", subjectId: bookingId };
  });
}

/** The stored booking's current fields, in the normalized shape. */
function currentOf(stored: BookingDoc | null): Partial<NormalizedBooking> {
  if (!stored) return {};
  return {
    status: stored.status,
    title: stored.title,
    startsAt: stored.startsAt.toISOString(),
    endsAt: stored.endsAt?.toISOString() ?? null,
    timeZone: stored.timeZone,
    location: stored.location,
    cancellationReason: stored.cancellationReason,
  };
}
