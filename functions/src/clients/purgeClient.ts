import { paths } from "@portico/domain/paths";
import { onDocumentCreated } from "firebase-functions/v2/firestore";
import { db } from "../admin";
import { logs } from "../logs";

/**
 * Removes everything under a deleted client (invites, responses, portal data,
 * retained tokens as those features add them), in batches through the Admin
 * SDK's recursive delete. Safe to run again: the marker stays until the purge
 * has finished, and the event is retried if the function dies part-way.
 */
export const purgeClient = onDocumentCreated(
  { document: "agencies/{agencyId}/clientDeletions/{clientId}", retry: true },
  async (event) => {
    const { agencyId, clientId } = event.params;
    await purgeClientData(agencyId, clientId);
  },
);

export async function purgeClientData(agencyId: string, clientId: string) {
  const clientRef = db.doc(paths.client(agencyId, clientId));
  await db.recursiveDelete(clientRef);
  // Tokens live outside the client's tree; remove the ones that point into it.
  const tokens = await db
    .collection("invitationTokens")
    .where("agencyId", "==", agencyId)
    .where("clientId", "==", clientId)
    .get();
  const writer = db.bulkWriter();
  for (const token of tokens.docs) void writer.delete(token.ref);
  await writer.close();
  await db.doc(paths.clientDeletion(agencyId, clientId)).delete();
  logs.clientPurged(agencyId, clientId, tokens.size);
}
