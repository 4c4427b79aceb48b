import { paths } from "@portico/domain/paths";
import { tokenDeleteAt } from "@portico/domain/tokens";
import type { DocumentReference, Query } from "firebase-admin/firestore";
import { onDocumentCreated } from "firebase-functions/v2/firestore";
import { db } from "../admin";
import { refs, type StoredInvite } from "../documents";
import { countInviteChange } from "../invites/inviteStats";
import { logs } from "../logs";
import { disablePortalUsers } from "../portal/portalAccounts";

/**
 * Removes everything under a deleted client (invites, responses, portal data
 * and the portal views, retained tokens, the outbox's mail about it with its
 * addresses and rendered emails, sign-in sessions), in batches through the
 * Admin SDK. Safe to run again: the marker stays until the purge has
 * finished, and the event is retried if the function dies part-way.
 */
export const purgeClient = onDocumentCreated(
  { document: "agencies/{agencyId}/clientDeletions/{clientId}", retry: true },
  async (event) => {
    const { agencyId, clientId } = event.params;
    // A replayed event after the purge finished finds no marker: nothing to do
    // (and no deletes that would wake other triggers).
    const marker = await db.doc(paths.clientDeletion(agencyId, clientId)).get();
    if (!marker.exists) return;
    await purgeClientData(agencyId, clientId);
  },
);

export async function purgeClientData(agencyId: string, clientId: string) {
  const clientRef = refs.client(agencyId, clientId);
  // Portal users lose access with their member documents; their accounts are disabled too.
  const portalMembers = await refs.portalMembers(agencyId, clientId).get();
  await disablePortalUsers(portalMembers.docs.map((member) => member.id));
  // The portal views go with the client's tree; once the client document is
  // gone, the view triggers only delete, so none comes back.
  await db.recursiveDelete(clientRef);
  // Invites and activity live beside clients (the board reads them agency-wide).
  const [invites, activity] = await Promise.all([
    refs.invites(agencyId).where("clientId", "==", clientId).get(),
    refs.activity(agencyId).where("clientId", "==", clientId).get(),
  ]);
  const invitePaths = invites.docs.map((invite) => invite.ref.path);
  // Mail about the client (access requests, portal invitations, sign-in changes)
  // and its sign-in sessions, found before the invites they point at are gone.
  const [mailAboutInvites, mailUnderClient, sessions] = await Promise.all([
    inBatches(invitePaths, (batch) => refs.mails().where("relatedPath", "in", batch)),
    db
      .collection(paths.mails())
      .where("relatedPath", ">=", `${clientRef.path}/`)
      .where("relatedPath", "<", `${clientRef.path}/\uf8ff`)
      .get(),
    inBatches(invitePaths, (batch) =>
      db.collection("connectorSessions").where("invitePath", "in", batch),
    ),
  ]);
  for (const invite of invites.docs) await deleteInvite(agencyId, invite.ref);
  // Tokens live outside the client's tree; remove the ones that point into it.
  const tokens = await refs
    .invitationTokens()
    .where("agencyId", "==", agencyId)
    .where("clientId", "==", clientId)
    .get();
  // Retained platform tokens too, with their reveal records.
  const retained = await db
    .collection(paths.retainedTokens())
    .where("agencyId", "==", agencyId)
    .where("clientId", "==", clientId)
    .get();
  for (const doc of retained.docs) await db.recursiveDelete(doc.ref);
  const writer = db.bulkWriter();
  for (const doc of [...activity.docs, ...mailAboutInvites, ...mailUnderClient.docs, ...sessions]) {
    void writer.delete(doc.ref);
  }
  for (const doc of tokens.docs) {
    // An invite's link keeps saying the request was withdrawn (rather than
    // "not valid") until the TTL removes its token; other links just go.
    if (doc.data().kind === "invite")
      void writer.update(doc.ref, { deleteAt: tokenDeleteAt(new Date()) });
    else void writer.delete(doc.ref);
  }
  await writer.close();
  await db.doc(paths.clientDeletion(agencyId, clientId)).delete();
  logs.clientPurged(agencyId, clientId, tokens.size);
}

/** Deletes an invite and takes it off the board's counts once, even when the purge runs again. */
async function deleteInvite(agencyId: string, ref: DocumentReference<StoredInvite>) {
  await db.runTransaction(async (tx) => {
    const invite = (await tx.get(ref)).data();
    if (!invite) return;
    tx.delete(ref);
    countInviteChange(tx, agencyId, { removed: invite.status });
  });
  await db.recursiveDelete(ref); // anything stored under the invite
}

/** Runs an `in` query over any number of values (Firestore takes 30 at a time). */
async function inBatches(values: string[], query: (batch: string[]) => Query) {
  const snapshots = [];
  for (let start = 0; start < values.length; start += 30) {
    snapshots.push(await query(values.slice(start, start + 30)).get());
  }
  return snapshots.flatMap((snapshot) => snapshot.docs);
}
