import { paths } from "@portico/domain/paths";
import { adminDb } from "./fixtures";

/** The statement seedBilling issues: October 2026, 320 minutes on a 300-minute plan. */
export const SEEDED_STATEMENT_ID = "2026-10-01";

/**
 * A client's plan and one issued statement, written as setBillingPlan and the
 * period close write them (a trigger then shows Billing in the portal).
 */
export async function seedBilling(agencyId: string, clientId: string) {
  const now = new Date();
  await adminDb()
    .doc(paths.billingPlan(agencyId, clientId))
    .set({
      monthlyFeeMinor: 4900,
      includedMinutes: 300,
      perMinuteMinor: 25,
      currency: "USD",
      billingDay: 1,
      periodStart: `${now.toISOString().slice(0, 7)}-01`,
      nextCloseAt: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)),
      updatedAt: now,
    });
  await adminDb()
    .doc(paths.statement(agencyId, clientId, SEEDED_STATEMENT_ID))
    .set({
      number: 1,
      periodStart: SEEDED_STATEMENT_ID,
      periodEnd: "2026-11-01",
      clientName: "Client",
      agencyName: "Agency",
      language: "en",
      timeZone: "UTC",
      currency: "USD",
      minutes: 320,
      includedMinutes: 300,
      overageMinutes: 20,
      perMinuteMinor: 25,
      monthlyFeeMinor: 4900,
      overageMinor: 500,
      totalMinor: 5400,
      issuedAt: now,
    });
}
