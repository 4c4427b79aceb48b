import { isDeepStrictEqual } from "node:util";
import { paths } from "@portico/domain/paths";
import { mergeCallReports, type NormalizedCall } from "@portico/domain/voice/call";
import { callContribution } from "@portico/domain/voice/contributions";
import {
  type CallDoc,
  callCostDocSchema,
  callDocSchema,
  callFields,
  callRecordingDocSchema,
  platformRecordId,
} from "@portico/domain/voice/stored";
import { FieldValue, Timestamp } from "firebase-admin/firestore";
import { db } from "../admin";
import { markedContribution, moveContribution, readRollupContext, rollupRefs } from "./rollups";
import { storedData } from "./storedData";

export interface ConnectionRef {
  agencyId: string;
  clientId: string;
  connectionId: string;
}

export type StoreResult = { result: "stored" | "duplicate"; subjectId: string };

function reportOf(
  doc: CallDoc,
  costCents: number | null,
  recording: NormalizedCall["recording"],
): NormalizedCall {
  const {
    hasRecording: _hasRecording,
    connectionId: _connection,
    bookingId: _booking,
    booked: _booked,
    searchTokens: _searchTokens,
    sortAt: _sortAt,
    receivedAt: _received,
    updatedAt: _updated,
    ...fields
  } = doc;
  return { ...fields, recording, platformCostCents: costCents, metadata: null };
}

/**
 * Stores one report of a call, merged with what is already stored in one
 * transaction: a re-sent or replayed report changes nothing ("duplicate"),
 * and reports arriving out of order (analysis before the end) end in the same
 * call. A booking that named this call before the call arrived is linked now.
 * The client's day counters move by the call's change of contribution in the
 * same transaction (./rollups.ts says why not a trigger).
 */
export async function storeCall(
  connection: ConnectionRef,
  incoming: NormalizedCall,
): Promise<StoreResult> {
  const { agencyId, clientId, connectionId } = connection;
  const callId = await platformRecordId(incoming.platform, incoming.platformCallId);
  const callRef = db.doc(paths.call(agencyId, clientId, callId));
  const costRef = db.doc(paths.callCost(agencyId, clientId, callId));
  const recordingRef = db.doc(paths.callRecording(agencyId, clientId, callId));
  const markRef = rollupRefs.callMark(agencyId, clientId, callId);
  const report: NormalizedCall = { ...incoming, metadata: null };

  return db.runTransaction(async (tx) => {
    const [callSnap, costSnap, recordingSnap, markSnap, rollup, waitingBookings] =
      await Promise.all([
        tx.get(callRef),
        tx.get(costRef),
        tx.get(recordingRef),
        tx.get(markRef),
        readRollupContext(tx, agencyId, clientId),
        tx.get(
          db
            .collection(paths.bookings(agencyId, clientId))
            .where("platformCallId", "==", incoming.platformCallId)
            .limit(1),
        ),
      ]);
    const stored = callSnap.exists ? storedData(callDocSchema, callSnap.data()) : null;
    const storedCost = costSnap.exists
      ? storedData(callCostDocSchema, costSnap.data()).platformCostCents
      : null;
    const storedRecording = recordingSnap.exists
      ? storedData(callRecordingDocSchema, recordingSnap.data())
      : null;
    const previous = stored
      ? reportOf(
          stored,
          storedCost,
          storedRecording && { url: storedRecording.url, expiresAt: storedRecording.expiresAt },
        )
      : null;
    const merged = previous ? mergeCallReports(previous, report) : report;
    const waiting = waitingBookings.docs[0];
    const bookingId = stored?.bookingId ?? waiting?.id ?? null;
    const counted = markedContribution(markSnap);
    const contribution = callContribution(
      {
        ...merged,
        sortAt: merged.startedAt ? new Date(merged.startedAt) : (stored?.sortAt ?? new Date()),
        booked: bookingId !== null,
      },
      rollup.timeZone,
      rollup.hours,
    );
    const rollupTarget = { agencyId, clientId, mark: markRef };
    if (previous && isDeepStrictEqual(merged, previous) && bookingId === stored?.bookingId) {
      // A call stored before the rollups existed is counted on its next report.
      if (!markSnap.exists) moveContribution(tx, rollupTarget, null, contribution);
      return { result: "duplicate", subjectId: callId };
    }

    const now = FieldValue.serverTimestamp();
    const startedAt = merged.startedAt ? Timestamp.fromDate(new Date(merged.startedAt)) : null;
    moveContribution(tx, rollupTarget, counted, contribution);
    tx.set(callRef, {
      ...callFields(merged),
      connectionId: stored?.connectionId ?? connectionId,
      bookingId,
      booked: bookingId !== null,
      sortAt: startedAt ?? (stored ? Timestamp.fromDate(stored.sortAt) : now),
      receivedAt: stored ? Timestamp.fromDate(stored.receivedAt) : now,
      updatedAt: now,
    });
    if (merged.recording !== null) tx.set(recordingRef, { ...merged.recording, updatedAt: now });
    if (merged.platformCostCents !== null) {
      tx.set(costRef, { platformCostCents: merged.platformCostCents, updatedAt: now });
    }
    if (waiting && !stored?.bookingId) tx.update(waiting.ref, { callId, updatedAt: now });
    return { result: "stored", subjectId: callId };
  });
}
