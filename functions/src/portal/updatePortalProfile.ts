import { updatePortalProfileInputSchema } from "@portico/domain/portal";
import { FieldValue } from "firebase-admin/firestore";
import { auth } from "../admin";
import { callable, parseInput } from "../callable";
import { refs } from "../documents";
import { requirePortalUser } from "./portalUser";

/** Portal Settings -> Profile: the name the caller's team (and the agency) see. */
export const updatePortalProfile = callable(async (request) => {
  const caller = await requirePortalUser(request);
  const { displayName } = parseInput(updatePortalProfileInputSchema, request.data);
  await refs.portalMember(caller.agencyId, caller.clientId, caller.uid).update({
    displayName,
    updatedAt: FieldValue.serverTimestamp(),
  });
  await auth.updateUser(caller.uid, { displayName });
  return { displayName };
});
