import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { docIdSchema } from "../ids";
import { BILLING_CURRENCIES } from "./plan";

/**
 * A monthly statement (`agencies/{a}/clients/{c}/statements/{periodStart}`):
 * written once by the scheduled close of the period, never changed. The id is
 * the period's first local day, so a scheduler firing twice finds it there.
 * `number` counts the agency's statements from 1 without gaps (a counter
 * taken in the same transaction). Portal users read it while Billing is
 * shown; it carries nothing of the platform's cost.
 */
const minorUnits = z.number().int().nonnegative();

export const statementDocSchema = z.object({
  number: z.number().int().positive(),
  /** The period: first day and the day after the last (local dates). */
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  clientName: z.string(),
  agencyName: z.string(),
  language: z.enum(LOCALES),
  timeZone: z.string(),
  currency: z.enum(BILLING_CURRENCIES),
  minutes: z.number().int().nonnegative(),
  includedMinutes: z.number().int().nonnegative(),
  overageMinutes: z.number().int().nonnegative(),
  perMinuteMinor: minorUnits,
  monthlyFeeMinor: minorUnits,
  overageMinor: minorUnits,
  totalMinor: minorUnits,
  issuedAt: z.date(),
});
export type StatementDoc = z.output<typeof statementDocSchema>;

/** `agencies/{a}/stats/statements`: the agency's last statement number (server-only writes). */
export const statementCounterDocSchema = z.object({ lastNumber: z.number().int().nonnegative() });

/**
 * What the platform charged for a client's calls that began on one local day
 * (in the client's time zone), staff only:
 * `agencies/{a}/clients/{c}/costDays/{YYYY-MM-DD}`, so any billing period's
 * cost is at most 31 reads. Kept from `callCosts` writes: each call's
 * contribution is recorded beside it (`costContributions/{callId}`, server
 * only) and only the difference is applied, in one transaction, so a
 * replayed or corrected cost is counted once.
 */
export const costDayDocSchema = z.object({
  day: z.iso.date(),
  /** The platforms bill in US dollars: cents (fractions kept as sent). */
  platformCostCents: z.number().nonnegative(),
  calls: z.number().int().nonnegative(),
  updatedAt: z.date(),
});
export type CostDayDoc = z.output<typeof costDayDocSchema>;

export const costContributionDocSchema = z.object({
  day: z.iso.date(),
  platformCostCents: z.number().nonnegative(),
});

/**
 * The agency's side of a statement (`statementCosts/{periodStart}`, staff
 * only): the platform's cost of the period, written with the statement.
 */
export const statementCostDocSchema = z.object({
  platformCostCents: z.number().nonnegative(),
  issuedAt: z.date(),
});
export type StatementCostDoc = z.output<typeof statementCostDocSchema>;

/** A client, for the agency's billing callables. */
export const clientBillingInputSchema = z.object({ clientId: docIdSchema("Missing client.") });
