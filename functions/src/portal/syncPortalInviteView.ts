import { paths } from "@portico/domain/paths";
import { portalInviteView } from "@portico/domain/portal-views";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { db } from "../admin";
import { converters, refs, storedData } from "../documents";
import { writeProjection } from "./portalViewWrites";

/**
 * Keeps each invite's portal view (under its client, where the client's portal
 * users read it) equal to the invite: written when the invite is, deleted with
 * it, and never kept for a client that is gone (a purge deletes the client
 * before its invites). Invite and client are read again in a transaction, so a
 * late or repeated event writes the current state, never an older one.
 */
export const syncPortalInviteView = onDocumentWritten(
  "agencies/{agencyId}/invites/{inviteId}",
  async (event) => {
    const { agencyId, inviteId } = event.params;
    const clientIds = new Set(
      [event.data?.before, event.data?.after]
        .map((snapshot) => snapshot && storedData(snapshot, converters.invite)?.clientId)
        .filter((clientId): clientId is string => typeof clientId === "string" && clientId !== ""),
    );
    const inviteRef = refs.invite(agencyId, inviteId);
    await db.runTransaction(async (tx) => {
      const invite = (await tx.get(inviteRef)).data();
      const owner = invite?.clientId ?? null;
      if (owner) clientIds.add(owner);
      const reads = [...clientIds].map(async (clientId) => ({
        clientId,
        client: await tx.get(refs.client(agencyId, clientId)),
        view: await tx.get(db.doc(paths.portalInviteView(agencyId, clientId, inviteId))),
      }));
      for (const { clientId, client, view } of await Promise.all(reads)) {
        const next =
          invite && clientId === owner && client.exists ? portalInviteView(invite) : null;
        writeProjection(tx, view, next);
      }
    });
  },
);
