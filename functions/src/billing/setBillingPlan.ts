import { periodAt, zonedMidnight } from "@portico/domain/billing/periods";
import { setBillingPlanCallable } from "@portico/domain/callables/billing";
import { DEFAULT_TIME_ZONE } from "@portico/domain/time-zones";
import { FieldValue, Timestamp } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { refs } from "../documents";
import { refreshPortalClientView } from "../portal/syncPortalClientView";
import { serve } from "../serve";

/**
 * The agency sets (or changes) a client's plan. The current period is the one
 * today falls in under the new billing day, in the client's time zone; it
 * closes (and its statement is issued) at the local midnight that ends it.
 * A plan shows Billing in the portal unless the agency hid it.
 */
export const setBillingPlan = serve(setBillingPlanCallable, async (input, staff) => {
  const { clientId, ...fields } = input;
  const clientRef = refs.client(staff.agencyId, clientId);
  const planRef = refs.billingPlan(staff.agencyId, clientId);
  const periodStart = await db.runTransaction(async (tx) => {
    const client = (await tx.get(clientRef)).data();
    if (!client) throw new HttpsError("not-found", "This client no longer exists.");
    const timeZone = client.timeZone ?? DEFAULT_TIME_ZONE;
    const period = periodAt(new Date(), timeZone, fields.billingDay);
    tx.set(planRef, {
      ...fields,
      periodStart: period.start,
      nextCloseAt: Timestamp.fromDate(zonedMidnight(period.end, timeZone)),
      updatedAt: FieldValue.serverTimestamp(),
    });
    return period.start;
  });
  await refreshPortalClientView(staff.agencyId, clientId);
  return { clientId, periodStart };
});
