import {
  deleteOnboardingPageCallable,
  pauseOnboardingPageCallable,
} from "@portico/domain/callables/onboarding-pages";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { serve } from "../serve";
import { onboardingRefs } from "./onboardingDocuments";

/** Pause or resume a page: a paused page shows its branded message and creates nothing. */
export const pauseOnboardingPage = serve(pauseOnboardingPageCallable, async (input, staff) => {
  const ref = onboardingRefs.page(staff.agencyId, input.pageId);
  await db.runTransaction(async (tx) => {
    if (!(await tx.get(ref)).exists) {
      throw new HttpsError("not-found", "This access page was deleted.");
    }
    tx.update(ref, { paused: input.paused, updatedAt: FieldValue.serverTimestamp() });
  });
  return { pageId: input.pageId };
});

/**
 * Deletes a page and frees its address; its funnel counters go with it. The
 * clients and invites it created stay (they name the page).
 */
export const deleteOnboardingPage = serve(deleteOnboardingPageCallable, async (input, staff) => {
  const ref = onboardingRefs.page(staff.agencyId, input.pageId);
  await db.runTransaction(async (tx) => {
    const stored = (await tx.get(ref)).data();
    if (!stored) return;
    const slugRef = onboardingRefs.slug(staff.agencyId, stored.slug);
    const slug = (await tx.get(slugRef)).data();
    if (slug?.pageId === input.pageId) tx.delete(slugRef);
    tx.delete(ref);
    tx.delete(onboardingRefs.stats(staff.agencyId, input.pageId));
  });
  return { pageId: input.pageId };
});
