import { updatePortalProfileCallable } from "@portico/domain/callables/portal";
import { FieldValue } from "firebase-admin/firestore";
import { auth } from "../admin";
import { refs } from "../documents";
import { serve } from "../serve";

/** Portal Settings -> Profile: the name the caller's team (and the agency) see. */
export const updatePortalProfile = serve(updatePortalProfileCallable, async (input, caller) => {
  const { displayName } = input;

  await refs.portalMember(caller.agencyId, caller.clientId, caller.uid).update({
    displayName,
    updatedAt: FieldValue.serverTimestamp(),
  });
  await auth.updateUser(caller.uid, { displayName });
  return { displayName };
});
