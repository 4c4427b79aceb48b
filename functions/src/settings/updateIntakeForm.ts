import { updateIntakeFormCallable } from "@portico/domain/callables/settings";
import { paths } from "@portico/domain/paths";
import { FieldValue } from "firebase-admin/firestore";
import { db } from "../admin";
import { serve } from "../serve";

/** Settings -> Intake form: the whole form (enabled flag and ordered questions) at once. */
export const updateIntakeForm = serve(updateIntakeFormCallable, async (form, staff) => {
  await db.doc(paths.settings(staff.agencyId, "intakeForm")).set({
    ...form,
    updatedAt: FieldValue.serverTimestamp(),
    updatedBy: staff.uid,
  });
  return form;
});
