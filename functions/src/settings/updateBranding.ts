import { updateBrandingCallable } from "@portico/domain/callables/settings";
import { paths } from "@portico/domain/paths";
import { FieldValue } from "firebase-admin/firestore";
import { db } from "../admin";
import { serve } from "../serve";

/** Settings -> Branding. Validated with the shared schema; nothing is written on bad input. */
export const updateBranding = serve(updateBrandingCallable, async (branding, staff) => {
  await db.doc(paths.settings(staff.agencyId, "branding")).set({
    ...branding,
    updatedAt: FieldValue.serverTimestamp(),
    updatedBy: staff.uid,
  });
  return branding;
});
