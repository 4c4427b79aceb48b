import { removeConnectedAccountCallable } from "@portico/domain/callables/settings";
import { removeConnectedAccountInputSchema } from "@portico/domain/connected-accounts";
import { paths } from "@portico/domain/paths";
import { db } from "../admin";
import { parseInput } from "../callable";
import { serve } from "../serve";
import { requireManager } from "../staff";

/** Removes a receiving account. Invites keep the account they were created with. */
export const removeConnectedAccount = serve(
  removeConnectedAccountCallable,
  async ({ accountId }, staff) => {
    await db.doc(paths.connectedAccount(staff.agencyId, accountId)).delete();
    return { accountId };
  },
);
