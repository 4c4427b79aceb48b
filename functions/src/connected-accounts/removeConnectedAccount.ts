import { removeConnectedAccountCallable as contract } from "@portico/domain/callables/settings";
import { paths } from "@portico/domain/paths";
import { db } from "../admin";
import { serve } from "../serve";

/** Removes a receiving account. Invites keep the account they were created with. */
export const removeConnectedAccount = serve(contract, async ({ accountId }, staff) => {
  await db.doc(paths.connectedAccount(staff.agencyId, accountId)).delete();
  return { accountId };
});
