import { paths } from "@portico/domain/paths";
import { generalSettingsSchema } from "@portico/domain/settings";
import { FieldValue } from "firebase-admin/firestore";
import { db } from "../admin";
import { callable, parseInput } from "../callable";
import { requireManager } from "../staff";

/** Settings -> General: reminder cooldown, portal link lifetime, default language. */
export const updateGeneralSettings = callable(async (request) => {
  const staff = await requireManager(request);
  const settings = parseInput(generalSettingsSchema, request.data);
  await db.doc(paths.settings(staff.agencyId, "general")).set({
    ...settings,
    updatedAt: FieldValue.serverTimestamp(),
    updatedBy: staff.uid,
  });
  return settings;
});
