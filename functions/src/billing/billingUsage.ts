import {
  clientBillingUsageCallable,
  portalBillingUsageCallable,
} from "@portico/domain/callables/billing";
import { paths } from "@portico/domain/paths";
import { portalClientViewSchema } from "@portico/domain/portal-views";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { refs } from "../documents";
import { portalRefusal } from "../portal/portalRefusal";
import { serve } from "../serve";
import { currentUsage, periodPlatformCost } from "./periodUsage";

/**
 * Portal -> Billing: the current period's minutes and projected charge for the
 * caller's own client, while the agency shows Billing. Never the platform's cost.
 */
export const portalBillingUsage = serve(portalBillingUsageCallable, async (_input, user) => {
  const view = await db.doc(paths.portalClientView(user.agencyId, user.clientId)).get();
  const sections = portalClientViewSchema.shape.sections.parse(
    view.exists ? view.data()?.sections : undefined,
  );
  if (!sections.billing) throw portalRefusal("permission-denied", "sectionHidden");
  const plan = (await refs.billingPlan(user.agencyId, user.clientId).get()).data();
  if (!plan) return { usage: null };
  return { usage: (await currentUsage(user.agencyId, user.clientId, plan)).usage };
});

/** The agency's billing card: the same figures, and what the platform charged so far. */
export const clientBillingUsage = serve(clientBillingUsageCallable, async (input, staff) => {
  const client = await refs.client(staff.agencyId, input.clientId).get();
  if (!client.exists) throw new HttpsError("not-found", "This client no longer exists.");
  const plan = (await refs.billingPlan(staff.agencyId, input.clientId).get()).data();
  if (!plan) return { usage: null, platformCostCents: 0 };
  const { period, usage } = await currentUsage(staff.agencyId, input.clientId, plan);
  const platformCostCents = await periodPlatformCost(staff.agencyId, input.clientId, period);
  return { usage, platformCostCents };
});
