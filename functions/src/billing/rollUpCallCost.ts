import { paths } from "@portico/domain/paths";
import { DEFAULT_TIME_ZONE } from "@portico/domain/time-zones";
import { localTime } from "@portico/domain/voice/business-hours";
import { callCostDocSchema, callDocSchema } from "@portico/domain/voice/stored";
import { FieldValue } from "firebase-admin/firestore";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { db } from "../admin";
import { refs } from "../documents";
import { storedData } from "../voice/storedData";

/**
 * Keeps the staff-only cost per local day (`costDays`) from the platform's
 * cost of each call (`callCosts/{id}`, written by storeCall). What each call
 * added is recorded beside it (`costContributions/{callId}`); a write applies
 * only the difference from that record, in one transaction that reads the
 * current cost again, so a repeated event, a corrected cost or a deleted call
 * moves the totals once and to the right day.
 */
/** All the roll-up needs of a call: when it started (the day its cost belongs to). */
const callStart = callDocSchema.pick({ sortAt: true });

export async function rollUpCallCost(agencyId: string, clientId: string, callId: string) {
  const costRef = db.doc(paths.callCost(agencyId, clientId, callId));
  const callRef = db.doc(paths.call(agencyId, clientId, callId));
  const contributionRef = refs.costContribution(agencyId, clientId, callId);
  const clientRef = refs.client(agencyId, clientId);
  await db.runTransaction(async (tx) => {
    const [costSnap, callSnap, previousSnap, clientSnap] = await Promise.all([
      tx.get(costRef),
      tx.get(callRef),
      tx.get(contributionRef),
      tx.get(clientRef),
    ]);
    const cost = costSnap.exists ? storedData(callCostDocSchema, costSnap.data()) : null;
    const call = callSnap.exists ? storedData(callStart, callSnap.data()) : null;
    const client = clientSnap.data();
    const previous = previousSnap.data() ?? null;
    const next =
      cost && client
        ? {
            day: localTime(call?.sortAt ?? cost.updatedAt, client.timeZone ?? DEFAULT_TIME_ZONE)
              .date,
            platformCostCents: cost.platformCostCents,
          }
        : null;
    if (previous?.day === next?.day && previous?.platformCostCents === next?.platformCostCents) {
      return;
    }
    const now = FieldValue.serverTimestamp();
    const apply = (day: string, cents: number, calls: number) =>
      tx.set(
        refs.costDay(agencyId, clientId, day),
        {
          day,
          platformCostCents: FieldValue.increment(cents),
          calls: FieldValue.increment(calls),
          updatedAt: now,
        },
        { merge: true },
      );
    if (previous && next && previous.day === next.day) {
      apply(next.day, next.platformCostCents - previous.platformCostCents, 0);
    } else {
      if (previous) apply(previous.day, -previous.platformCostCents, -1);
      if (next) apply(next.day, next.platformCostCents, 1);
    }
    if (next) tx.set(contributionRef, next);
    else tx.delete(contributionRef);
  });
}

export const rollUpCallCosts = onDocumentWritten(
  "agencies/{agencyId}/clients/{clientId}/callCosts/{callId}",
  async (event) => {
    const { agencyId, clientId, callId } = event.params;
    await rollUpCallCost(agencyId, clientId, callId);
  },
);
