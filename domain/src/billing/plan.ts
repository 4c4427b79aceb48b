import { z } from "zod";
import { docIdSchema } from "../ids";

/**
 * A client's plan, set by the agency on the client profile and shown to the
 * client's portal users (`agencies/{a}/clients/{c}/billing/plan`): a monthly
 * fee with minutes included, a price per extra minute, the currency and the
 * day of the month each period starts (1-28, so every month has it). Money is
 * integer minor units (cents) everywhere; only format.ts turns it into text.
 */
export const BILLING_CURRENCIES = ["EUR", "USD", "GBP", "CAD", "AUD", "CHF", "MXN"] as const;
export type BillingCurrency = (typeof BILLING_CURRENCIES)[number];

/** Every supported currency has two decimals: amounts are cents. */
export const MINOR_PER_MAJOR = 100;

export const MAX_MONTHLY_FEE_MINOR = 100_000_000;
export const MAX_INCLUDED_MINUTES = 1_000_000;
export const MAX_PER_MINUTE_MINOR = 100_000;

const minor = (max: number, field: string) =>
  z
    .number({ error: `Enter the ${field}.` })
    .int(`Enter the ${field} in whole cents.`)
    .min(0, `The ${field} can't be negative.`)
    .max(max, `The ${field} is too large.`);

export const billingPlanFieldsSchema = z.object({
  monthlyFeeMinor: minor(MAX_MONTHLY_FEE_MINOR, "monthly fee"),
  includedMinutes: z
    .number({ error: "Enter the included minutes." })
    .int("Enter whole minutes.")
    .min(0, "Included minutes can't be negative.")
    .max(MAX_INCLUDED_MINUTES, "That's too many minutes."),
  perMinuteMinor: minor(MAX_PER_MINUTE_MINOR, "price per extra minute"),
  currency: z.enum(BILLING_CURRENCIES, { error: "Choose a currency." }),
  billingDay: z
    .number({ error: "Choose the billing day." })
    .int("Choose a day from 1 to 28.")
    .min(1, "Choose a day from 1 to 28.")
    .max(28, "Choose a day from 1 to 28."),
});
export type BillingPlanFields = z.output<typeof billingPlanFieldsSchema>;

/** `setBillingPlan`: the agency sets (or replaces) a client's plan. */
export const setBillingPlanInputSchema = billingPlanFieldsSchema.extend({
  clientId: docIdSchema("Missing client."),
});
export type SetBillingPlanInput = z.input<typeof setBillingPlanInputSchema>;

/** The stored plan: what portal users may read, nothing of the agency's costs. */
export const billingPlanDocSchema = billingPlanFieldsSchema.extend({
  /** When the current period closes (UTC instant of the next billing day's local midnight). */
  nextCloseAt: z.date(),
  /** The local date (YYYY-MM-DD) the current period started. */
  periodStart: z.iso.date(),
  updatedAt: z.date(),
});
export type BillingPlanDoc = z.output<typeof billingPlanDocSchema>;

/** What a period's minutes cost under a plan, in minor units. */
export interface PeriodCharge {
  minutes: number;
  includedMinutes: number;
  overageMinutes: number;
  monthlyFeeMinor: number;
  overageMinor: number;
  totalMinor: number;
}

export function periodCharge(
  plan: Pick<BillingPlanFields, "monthlyFeeMinor" | "includedMinutes" | "perMinuteMinor">,
  minutes: number,
): PeriodCharge {
  const overageMinutes = Math.max(0, minutes - plan.includedMinutes);
  const overageMinor = overageMinutes * plan.perMinuteMinor;
  return {
    minutes,
    includedMinutes: plan.includedMinutes,
    overageMinutes,
    monthlyFeeMinor: plan.monthlyFeeMinor,
    overageMinor,
    totalMinor: plan.monthlyFeeMinor + overageMinor,
  };
}

/**
 * A price typed by a person ("49", "49.5", "1,234.50", "0,25") -> minor
 * units, or null when it is not a price. A comma followed by one or two
 * digits at the end is a decimal comma.
 */
export function parseMoneyInput(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, "");
  if (!/^\d[\d.,]*$/.test(trimmed)) return null;
  const decimalComma = /,\d{1,2}$/.test(trimmed);
  const normalized = decimalComma
    ? trimmed.replace(/\./g, "").replace(",", ".")
    : trimmed.replace(/,/g, "");
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return null;
  const [whole = "0", fraction = ""] = normalized.split(".");
  return Number(whole) * MINOR_PER_MAJOR + Number(fraction.padEnd(2, "0"));
}

/** Minor units -> the plain figure a form field shows ("49.50"). */
export function moneyInputText(minorUnits: number): string {
  return (minorUnits / MINOR_PER_MAJOR).toFixed(2);
}
