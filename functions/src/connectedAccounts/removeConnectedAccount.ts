import { removeConnectedAccountInputSchema } from "@portico/domain/connected-accounts";
import { paths } from "@portico/domain/paths";
import { db } from "../admin";
import { callable, parseInput } from "../callable";
import { requireManager } from "../staff";

/** Removes a receiving account. Invites keep the account they were created with. */
export const removeConnectedAccount = callable(async (request) => {
  const staff = await requireManager(request);
  const { accountId } = parseInput(removeConnectedAccountInputSchema, request.data);
  await db.doc(paths.connectedAccount(staff.agencyId, accountId)).delete();
  return { accountId };
});
