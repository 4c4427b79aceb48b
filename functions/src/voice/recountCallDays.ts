import { recountCallDaysCallable } from "@portico/domain/callables/voice";
import { paths } from "@portico/domain/paths";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { serve } from "../serve";
import { recountCallDays } from "./recount";

/** Client profile -> Voice agent: recount a client's figures (owners and admins). */
export const recountClientCallDays = serve(recountCallDaysCallable, async (input, staff) => {
  const client = await db.doc(paths.client(staff.agencyId, input.clientId)).get();
  if (!client.exists) throw new HttpsError("not-found", "This client no longer exists.");
  return recountCallDays(staff.agencyId, input.clientId);
});
