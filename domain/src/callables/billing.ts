import { z } from "zod";
import { setBillingPlanInputSchema } from "../billing/plan";
import { clientBillingInputSchema } from "../billing/statements";
import { setPortalSectionsInputSchema } from "../portal-sections";
import { defineCallable } from "./define";

/** The client's plan and what its portal shows: owners and admins decide. */
export const setBillingPlanCallable = defineCallable({
  name: "setBillingPlan",
  caller: "manager",
  input: setBillingPlanInputSchema,
  output: z.object({ clientId: z.string(), periodStart: z.iso.date() }),
});

export const setPortalSectionsCallable = defineCallable({
  name: "setPortalSections",
  caller: "manager",
  input: setPortalSectionsInputSchema,
  output: z.object({ clientId: z.string() }),
});

/** The current period so far: minutes from the rollups, the charge they make. */
const periodUsage = z.object({
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  minutes: z.number().int().nonnegative(),
  includedMinutes: z.number().int().nonnegative(),
  overageMinutes: z.number().int().nonnegative(),
  monthlyFeeMinor: z.number().int().nonnegative(),
  overageMinor: z.number().int().nonnegative(),
  totalMinor: z.number().int().nonnegative(),
  currency: z.string(),
});

/** A portal user's own client (Billing must be shown); null without a plan. */
export const portalBillingUsageCallable = defineCallable({
  name: "portalBillingUsage",
  caller: "portalUser",
  input: z.object({}),
  output: z.object({ usage: periodUsage.nullable() }),
});

/** The agency's view: the same figures and the platform's cost of the period so far. */
export const clientBillingUsageCallable = defineCallable({
  name: "clientBillingUsage",
  caller: "staff",
  input: clientBillingInputSchema,
  output: z.object({
    usage: periodUsage.nullable(),
    platformCostCents: z.number().nonnegative(),
  }),
});

export const billingCallables = {
  setBillingPlan: setBillingPlanCallable,
  setPortalSections: setPortalSectionsCallable,
  portalBillingUsage: portalBillingUsageCallable,
  clientBillingUsage: clientBillingUsageCallable,
};
