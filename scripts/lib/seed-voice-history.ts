/**
 * Writes the demo agent's history (voice-history.ts) into a client: each call
 * rendered as Retell's `call_analyzed`/`call_ended` body and read by the
 * domain's own Retell reader, each booking as Cal.com's events read by the
 * Cal.com reader, then stored with `callFields`/`bookingFields` under
 * `platformRecordId` ids, as storeCall and storeBooking would leave them.
 * Deterministic, in batches; rewriting the same history changes nothing.
 */
import { paths } from "@portico/domain/paths";
import {
  calcomWebhookSchema,
  normalizeCalcomWebhook,
} from "@portico/domain/voice/booking-platforms";
import type { NormalizedCall } from "@portico/domain/voice/call";
import { normalizeRetellWebhook, retellWebhookSchema } from "@portico/domain/voice/retell";
import {
  type CalcomTrigger,
  calcomPayload,
  retellPayload,
  type SampleBooking,
} from "@portico/domain/voice/sample-payloads";
import {
  type BookingDoc,
  bookingFields,
  callFields,
  platformRecordId,
} from "@portico/domain/voice/stored";
import type { DocumentReference, Firestore } from "firebase-admin/firestore";
import { generateVoiceHistory, type HistoryCall } from "./voice-history";

const BATCH_SIZE = 400;
const PARALLEL_BATCHES = 4;

type Write = { ref: DocumentReference; data: Record<string, unknown> };

/** Writes documents in parallel batches. */
export async function writeInBatches(db: Firestore, writes: Write[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < writes.length) {
      const chunk = writes.slice(next, next + BATCH_SIZE);
      next += BATCH_SIZE;
      const batch = db.batch();
      for (const { ref, data } of chunk) batch.set(ref, data);
      await batch.commit();
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_BATCHES }, worker));
}

/** The call as the platform's webhook describes it, read by the domain's Retell reader. */
function normalizedHistoryCall(item: HistoryCall): NormalizedCall {
  const body = retellPayload(
    item.call,
    item.analyzed ? "call_analyzed" : "call_ended",
    item.disconnectionReason,
  );
  if (!item.recorded) delete (body.call as { recording_url?: string }).recording_url;
  const call = normalizeRetellWebhook(retellWebhookSchema.parse(body));
  if (!call) throw new Error(`The demo call ${item.call.id} did not normalize`);
  return call;
}

function bookingEvent(
  booking: SampleBooking,
  trigger: CalcomTrigger,
  createdAt: Date,
  extra: { rescheduleUid?: string; cancellationReason?: string } = {},
) {
  const normalized = normalizeCalcomWebhook(
    calcomWebhookSchema.parse(calcomPayload(booking, trigger, { ...extra, createdAt })),
  );
  if (!normalized) throw new Error(`The demo booking ${booking.id} did not normalize`);
  return bookingFields(normalized);
}

export interface VoiceHistoryTarget {
  agencyId: string;
  clientId: string;
  callConnectionId: string;
  bookingConnectionId: string;
}

/** Writes the history; returns how many calls and bookings it wrote. */
export async function seedVoiceHistory(
  target: VoiceHistoryTarget,
  options: { until: Date; platformUrl: string; count?: number },
): Promise<{ calls: number; bookings: number }> {
  const { db } = await import("../../functions/src/admin");
  const { agencyId, clientId } = target;
  const history = generateVoiceHistory(options);
  const writes: Write[] = [];
  let bookings = 0;
  for (const item of history) {
    const call = normalizedHistoryCall(item);
    const callId = await platformRecordId("retell", call.platformCallId);
    const endedAt = new Date(call.endedAt ?? call.startedAt ?? options.until);
    let bookingId: string | null = null;
    if (item.booking) {
      const { booking, bookedAt, change } = item.booking;
      const id = await platformRecordId("calcom", booking.id);
      const created = bookingEvent(booking, "BOOKING_CREATED", bookedAt);
      const history: BookingDoc["history"] = [
        { status: "booked", at: bookedAt, startsAt: created.startsAt },
      ];
      const doc: BookingDoc = {
        ...created,
        connectionId: target.bookingConnectionId,
        callId,
        history,
        lastChangedAt: bookedAt,
        receivedAt: bookedAt,
        updatedAt: bookedAt,
      };
      bookingId = id;
      bookings += 1;
      if (change && change.at < options.until) {
        if (change.kind === "cancelled") {
          const cancelled = bookingEvent(booking, "BOOKING_CANCELLED", change.at, {
            cancellationReason: change.reason,
          });
          Object.assign(doc, cancelled, {
            history: [
              ...history,
              { status: "cancelled", at: change.at, startsAt: cancelled.startsAt },
            ],
            lastChangedAt: change.at,
            updatedAt: change.at,
          });
        } else {
          const moved = { ...booking, id: change.newId, startsAt: change.startsAt };
          const next = bookingEvent(moved, "BOOKING_RESCHEDULED", change.at, {
            rescheduleUid: booking.id,
          });
          const nextId = await platformRecordId("calcom", moved.id);
          Object.assign(doc, {
            status: "rescheduled",
            rescheduledTo: moved.id,
            history: [
              ...history,
              { status: "rescheduled", at: change.at, startsAt: created.startsAt },
            ],
            updatedAt: change.at,
          });
          const successor: BookingDoc = {
            ...next,
            connectionId: target.bookingConnectionId,
            callId,
            history: [{ status: "booked", at: change.at, startsAt: next.startsAt }],
            lastChangedAt: change.at,
            receivedAt: change.at,
            updatedAt: change.at,
          };
          writes.push({ ref: db.doc(paths.booking(agencyId, clientId, nextId)), data: successor });
          bookingId = nextId;
          bookings += 1;
        }
      }
      writes.push({ ref: db.doc(paths.booking(agencyId, clientId, id)), data: doc });
    }
    writes.push({
      ref: db.doc(paths.call(agencyId, clientId, callId)),
      data: {
        ...callFields(call),
        connectionId: target.callConnectionId,
        bookingId,
        // The calls list's "booked" filter (as storeCall and storeBooking keep it).
        booked: bookingId !== null,
        sortAt: new Date(call.startedAt ?? endedAt),
        receivedAt: endedAt,
        updatedAt: endedAt,
      },
    });
    if (call.recording) {
      writes.push({
        ref: db.doc(paths.callRecording(agencyId, clientId, callId)),
        data: { ...call.recording, updatedAt: endedAt },
      });
    }
    if (call.platformCostCents !== null) {
      writes.push({
        ref: db.doc(paths.callCost(agencyId, clientId, callId)),
        data: { platformCostCents: call.platformCostCents, updatedAt: endedAt },
      });
    }
  }
  await writeInBatches(db, writes);
  // Written directly, not through storeCall/storeBooking: count them into the
  // day counters (Overview, Analytics) as the backfill does.
  const { recountCallDays } = await import("../../functions/src/voice/recount");
  await recountCallDays(agencyId, clientId);
  return { calls: history.length, bookings };
}
