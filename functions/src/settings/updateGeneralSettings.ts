import { updateGeneralSettingsCallable as contract } from "@portico/domain/callables/settings";
import { paths } from "@portico/domain/paths";
import { FieldValue } from "firebase-admin/firestore";
import { db } from "../admin";
import { serve } from "../serve";

/** Settings -> General: reminder cooldown, portal link lifetime, default language. */
export const updateGeneralSettings = serve(contract, async (settings, staff) => {
  await db.doc(paths.settings(staff.agencyId, "general")).set({
    ...settings,
    updatedAt: FieldValue.serverTimestamp(),
    updatedBy: staff.uid,
  });
  return settings;
});
