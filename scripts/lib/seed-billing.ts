/**
 * The demo voice client's billing: a plan (in US dollars, billed on the 1st)
 * and the statement of the last closed period, with its platform cost for the
 * agency's margin, as setBillingPlan and the period close write them. The
 * statement's minutes come from the seeded calls (each rounded up to a whole
 * minute, as the rollups count them).
 */
import { periodAt, previousPeriod, zonedMidnight } from "@portico/domain/billing/periods";
import { periodCharge } from "@portico/domain/billing/plan";
import { paths } from "@portico/domain/paths";
import { DEFAULT_TIME_ZONE } from "@portico/domain/time-zones";

const DEMO_PLAN = {
  monthlyFeeMinor: 19_900,
  includedMinutes: 150,
  perMinuteMinor: 35,
  currency: "USD",
  billingDay: 1,
} as const;

export async function seedDemoBilling(agencyId: string, clientId: string, now = new Date()) {
  const { db } = await import("../../functions/src/admin");
  const planRef = db.doc(paths.billingPlan(agencyId, clientId));
  if ((await planRef.get()).exists) return false;
  const client = (await db.doc(paths.client(agencyId, clientId)).get()).data();
  const timeZone = typeof client?.timeZone === "string" ? client.timeZone : DEFAULT_TIME_ZONE;
  const current = periodAt(now, timeZone, DEMO_PLAN.billingDay);
  const closed = previousPeriod(current, DEMO_PLAN.billingDay);
  const calls = await db
    .collection(paths.calls(agencyId, clientId))
    .where("sortAt", ">=", zonedMidnight(closed.start, timeZone))
    .where("sortAt", "<", zonedMidnight(closed.end, timeZone))
    .get();
  let minutes = 0;
  let platformCostCents = 0;
  for (const call of calls.docs) {
    const seconds = call.data().durationSeconds;
    if (typeof seconds === "number" && seconds > 0) minutes += Math.ceil(seconds / 60);
    const cost = (await db.doc(paths.callCost(agencyId, clientId, call.id)).get()).data();
    if (typeof cost?.platformCostCents === "number") platformCostCents += cost.platformCostCents;
  }
  const issuedAt = zonedMidnight(closed.end, timeZone);
  const batch = db.batch();
  batch.set(db.doc(paths.statement(agencyId, clientId, closed.start)), {
    number: 1,
    periodStart: closed.start,
    periodEnd: closed.end,
    clientName: typeof client?.name === "string" ? client.name : "",
    agencyName: (await db.doc(paths.agency(agencyId)).get()).data()?.name ?? "",
    language: client?.language ?? "en",
    timeZone,
    currency: DEMO_PLAN.currency,
    perMinuteMinor: DEMO_PLAN.perMinuteMinor,
    ...periodCharge(DEMO_PLAN, minutes),
    issuedAt,
  });
  batch.set(db.doc(paths.statementCost(agencyId, clientId, closed.start)), {
    platformCostCents,
    issuedAt,
  });
  batch.set(db.doc(paths.statementCounter(agencyId)), { lastNumber: 1 });
  batch.set(planRef, {
    ...DEMO_PLAN,
    periodStart: current.start,
    nextCloseAt: zonedMidnight(current.end, timeZone),
    updatedAt: now,
  });
  await batch.commit();
  return true;
}
