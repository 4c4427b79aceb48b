import { deleteClientCallable } from "@portico/domain/callables/clients";
import { paths } from "@portico/domain/paths";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { refs } from "../documents";
import { serve } from "../serve";
import { countClientChange } from "./clientStats";

/**
 * Deletes a client: the client document goes at once (it leaves every list),
 * and a deletion marker starts purgeClient, which removes everything under it.
 */
export const deleteClient = serve(deleteClientCallable, async ({ clientId }, staff) => {
  const ref = refs.client(staff.agencyId, clientId);

  await db.runTransaction(async (tx) => {
    const client = (await tx.get(ref)).data();
    if (!client) throw new HttpsError("not-found", "This client no longer exists.");
    tx.delete(ref);
    countClientChange(tx, staff.agencyId, { removed: client.type });
    tx.set(db.doc(paths.clientDeletion(staff.agencyId, clientId)), {
      clientId,
      name: client.name,
      requestedBy: staff.uid,
      requestedAt: FieldValue.serverTimestamp(),
    });
  });
  return { clientId };
});
