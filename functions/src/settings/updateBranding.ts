import { brandingSchema } from "@portico/domain/branding";
import { paths } from "@portico/domain/paths";
import { FieldValue } from "firebase-admin/firestore";
import { db } from "../admin";
import { callable, parseInput } from "../callable";
import { requireManager } from "../staff";

/** Settings -> Branding. Validated with the shared schema; nothing is written on bad input. */
export const updateBranding = callable(async (request) => {
  const staff = await requireManager(request);
  const branding = parseInput(brandingSchema, request.data);
  await db.doc(paths.settings(staff.agencyId, "branding")).set({
    ...branding,
    updatedAt: FieldValue.serverTimestamp(),
    updatedBy: staff.uid,
  });
  return branding;
});
