import { paths } from "@portico/domain/paths";
import { portalClientView } from "@portico/domain/portal-views";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { db } from "../admin";
import { refs } from "../documents";
import { writeProjection } from "./portalViewWrites";

/**
 * Keeps the client's portal view (what its portal users read) equal to the
 * client document: written when the client is, deleted with it. The client is
 * read again in a transaction, so a late or repeated event writes the current
 * state, never an older one.
 */
export const syncPortalClientView = onDocumentWritten(
  "agencies/{agencyId}/clients/{clientId}",
  async (event) => {
    const { agencyId, clientId } = event.params;
    const clientRef = refs.client(agencyId, clientId);
    const viewRef = db.doc(paths.portalClientView(agencyId, clientId));
    await db.runTransaction(async (tx) => {
      const [client, view] = await Promise.all([tx.get(clientRef), tx.get(viewRef)]);
      const stored = client.data();
      const next = stored ? portalClientView(stored) : null;
      writeProjection(tx, view, next);
    });
  },
);
