import { type BillingPeriod, periodDays } from "@portico/domain/billing/periods";
import type { billingPlanDocSchema } from "@portico/domain/billing/plan";
import { periodCharge } from "@portico/domain/billing/plan";
import type { Transaction } from "firebase-admin/firestore";
import { db } from "../admin";
import { refs, type StoredDoc } from "../documents";

type StoredPlan = StoredDoc<typeof billingPlanDocSchema>;

/**
 * A period's billable minutes: the sum of its callDays' `minutes` (kept by
 * the rollup functions), at most 31 reads whatever the number of calls.
 */
export async function periodMinutes(
  agencyId: string,
  clientId: string,
  period: BillingPeriod,
  tx?: Transaction,
): Promise<number> {
  const dayRefs = periodDays(period).map((day) => refs.callDay(agencyId, clientId, day));
  const days = tx ? await tx.getAll(...dayRefs) : await db.getAll(...dayRefs);
  return days.reduce((sum, day) => sum + (day.data()?.minutes ?? 0), 0);
}

/** The platform's cost of a period, from the staff-only costDays (at most 31 reads). */
export async function periodPlatformCost(
  agencyId: string,
  clientId: string,
  period: BillingPeriod,
  tx?: Transaction,
): Promise<number> {
  const dayRefs = periodDays(period).map((day) => refs.costDay(agencyId, clientId, day));
  const days = tx ? await tx.getAll(...dayRefs) : await db.getAll(...dayRefs);
  return days.reduce((sum, day) => sum + (day.data()?.platformCostCents ?? 0), 0);
}

/** The plan's current period so far, as the billing pages show it. */
export async function currentUsage(agencyId: string, clientId: string, plan: StoredPlan) {
  const period = { start: plan.periodStart, end: periodEndOf(plan) };
  const minutes = await periodMinutes(agencyId, clientId, period);
  return {
    period,
    usage: {
      periodStart: period.start,
      periodEnd: period.end,
      currency: plan.currency,
      ...periodCharge(plan, minutes),
    },
  };
}

/** The day after the plan's current period (a month after its start). */
function periodEndOf(plan: Pick<StoredPlan, "periodStart">): string {
  const [year = 0, month = 1, day = 1] = plan.periodStart.split("-").map(Number);
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}
