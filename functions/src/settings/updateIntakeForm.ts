import { intakeFormSchema } from "@portico/domain/intake";
import { paths } from "@portico/domain/paths";
import { FieldValue } from "firebase-admin/firestore";
import { db } from "../admin";
import { callable, parseInput } from "../callable";
import { requireManager } from "../staff";

/** Settings -> Intake form: the whole form (enabled flag and ordered questions) at once. */
export const updateIntakeForm = callable(async (request) => {
  const staff = await requireManager(request);
  const form = parseInput(intakeFormSchema, request.data);
  await db.doc(paths.settings(staff.agencyId, "intakeForm")).set({
    ...form,
    updatedAt: FieldValue.serverTimestamp(),
    updatedBy: staff.uid,
  });
  return form;
});
