import { clientRowOf } from "@portico/domain/clients";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { db } from "../admin";
import { refs } from "../documents";
import { writeProjection } from "../portal/portalViewWrites";

/**
 * Keeps the client's row of the clients list (`clientRows/{clientId}`) equal
 * to the client: written when a listed field changes, deleted with the
 * client. The client is read again in a transaction, so a late or repeated
 * event writes the current state, never an older one; a change to fields the
 * list does not show (notes, search tokens, favicon state) writes nothing.
 */
export const syncClientRow = onDocumentWritten(
  "agencies/{agencyId}/clients/{clientId}",
  async (event) => {
    const { agencyId, clientId } = event.params;
    await refreshClientRow(agencyId, clientId);
  },
);

export async function refreshClientRow(agencyId: string, clientId: string): Promise<void> {
  const clientRef = refs.client(agencyId, clientId);
  const rowRef = refs.clientRow(agencyId, clientId);
  await db.runTransaction(async (tx) => {
    const [client, row] = await Promise.all([tx.get(clientRef), tx.get(rowRef)]);
    const stored = client.data();
    writeProjection(tx, row, stored ? clientRowOf(stored) : null);
  });
}
