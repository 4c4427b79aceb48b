import { periodOfDate, zonedMidnight } from "@portico/domain/billing/periods";
import { periodCharge } from "@portico/domain/billing/plan";
import { DEFAULT_TIME_ZONE } from "@portico/domain/time-zones";
import { FieldValue, Timestamp } from "firebase-admin/firestore";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { db } from "../admin";
import { converters, refs } from "../documents";
import { logs } from "../logs";
import { periodMinutes, periodPlatformCost } from "./periodUsage";

/** Plans closed per run; the next run takes the rest. */
const CLOSE_BATCH = 200;

/** Plans whose current period has ended (`nextCloseAt` passed), across agencies. */
export function duePlansQuery(now: Timestamp) {
  return db
    .collectionGroup("billing")
    .withConverter(converters.billingPlan)
    .where("nextCloseAt", "<=", now)
    .limit(CLOSE_BATCH);
}

/**
 * Closes one client's ended period in one transaction: its statement (minutes
 * from the callDays, the charge under the plan, the agency's next number),
 * the platform's cost of it for the agency (staff only), and the plan moved
 * on to the next period. The statement's id is the period's first day, so a
 * second run (the scheduler firing twice, or overlapping runs) finds it and
 * writes nothing new; the counter is taken only with a new statement, so the
 * numbers have no gaps. Returns whether a statement was issued.
 */
export async function closeClientPeriod(
  agencyId: string,
  clientId: string,
  now: Timestamp,
): Promise<boolean> {
  const planRef = refs.billingPlan(agencyId, clientId);
  return db.runTransaction(async (tx) => {
    const plan = (await tx.get(planRef)).data();
    if (!plan || plan.nextCloseAt.toMillis() > now.toMillis()) return false;
    const closing = periodOfDate(plan.periodStart, plan.billingDay);
    const statementRef = refs.statement(agencyId, clientId, closing.start);
    const counterRef = refs.statementCounter(agencyId);
    const [statement, client, agency, counter] = await Promise.all([
      tx.get(statementRef),
      tx.get(refs.client(agencyId, clientId)),
      tx.get(refs.agency(agencyId)),
      tx.get(counterRef),
    ]);
    const clientData = client.data();
    if (!clientData) return false;
    const timeZone = clientData.timeZone ?? DEFAULT_TIME_ZONE;
    const next = periodOfDate(closing.end, plan.billingDay);
    const moveOn = () =>
      tx.update(planRef, {
        periodStart: next.start,
        nextCloseAt: Timestamp.fromDate(zonedMidnight(next.end, timeZone)),
      });
    if (statement.exists) {
      moveOn();
      return false;
    }
    const [minutes, platformCostCents] = await Promise.all([
      periodMinutes(agencyId, clientId, closing, tx),
      periodPlatformCost(agencyId, clientId, closing, tx),
    ]);
    const number = (counter.data()?.lastNumber ?? 0) + 1;
    const issuedAt = FieldValue.serverTimestamp();
    tx.create(statementRef, {
      number,
      periodStart: closing.start,
      periodEnd: closing.end,
      clientName: clientData.name,
      agencyName: agency.data()?.name ?? "",
      language: clientData.language,
      timeZone,
      currency: plan.currency,
      perMinuteMinor: plan.perMinuteMinor,
      ...periodCharge(plan, minutes),
      issuedAt,
    });
    tx.set(refs.statementCost(agencyId, clientId, closing.start), { platformCostCents, issuedAt });
    tx.set(counterRef, { lastNumber: number });
    moveOn();
    return true;
  });
}

/**
 * Closes every period that has ended by `now` (one per client per run; a
 * client whose scheduler missed months catches up one period a run).
 */
export async function closeBillingPeriods(now = Timestamp.now()) {
  const due = await duePlansQuery(now).get();
  const closed = await Promise.all(
    due.docs.map((plan) => {
      const client = plan.ref.parent.parent;
      const agency = client?.parent.parent;
      if (!client || !agency) return false;
      return closeClientPeriod(agency.id, client.id, now);
    }),
  );
  const issued = closed.filter(Boolean).length;
  if (due.size > 0) logs.billingPeriodsClosed({ due: due.size, issued });
  return { due: due.size, issued };
}

/** Hourly: billing days begin at local midnight, in every client's own time zone. */
export const closeBillingPeriodsHourly = onSchedule(
  { schedule: "every 60 minutes", retryCount: 0 },
  async () => {
    await closeBillingPeriods();
  },
);
