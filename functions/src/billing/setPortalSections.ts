import { setPortalSectionsCallable } from "@portico/domain/callables/billing";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { refs } from "../documents";
import { serve } from "../serve";

/**
 * Owners and admins choose which sections a client's portal hides; the
 * portal's client view follows (syncPortalClientView), which filters the
 * portal's navigation, its routes and, for Billing, the rules.
 */
export const setPortalSections = serve(setPortalSectionsCallable, async (input, staff) => {
  const ref = refs.client(staff.agencyId, input.clientId);
  await db.runTransaction(async (tx) => {
    if (!(await tx.get(ref)).exists) {
      throw new HttpsError("not-found", "This client no longer exists.");
    }
    tx.update(ref, { hiddenPortalSections: input.hidden, updatedAt: FieldValue.serverTimestamp() });
  });
  return { clientId: input.clientId };
});
