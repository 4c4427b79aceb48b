import { updateGeneralSettingsCallable } from "@portico/domain/callables/settings";
import { paths } from "@portico/domain/paths";
import { generalSettingsSchema } from "@portico/domain/settings";
import { FieldValue } from "firebase-admin/firestore";
import { db } from "../admin";
import { parseInput } from "../callable";
import { serve } from "../serve";
import { requireManager } from "../staff";

/** Settings -> General: reminder cooldown, portal link lifetime, default language. */
export const updateGeneralSettings = serve(
  updateGeneralSettingsCallable,
  async (settings, staff) => {
    await db.doc(paths.settings(staff.agencyId, "general")).set({
      ...settings,
      updatedAt: FieldValue.serverTimestamp(),
      updatedBy: staff.uid,
    });
    return settings;
  },
);
