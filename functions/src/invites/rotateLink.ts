import { addDays, INVITE_LINK_LIFETIME_DAYS } from "@portico/domain/tokens";
import {
  type DocumentReference,
  type DocumentSnapshot,
  FieldValue,
  type Transaction,
} from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { recordActivity } from "../activity";
import { refs, type StoredInvite } from "../documents";
import { hashToken, issueToken } from "../tokens/invitationTokens";
import { inviteLinkVersion, inviteToken, inviteUrl } from "./inviteLink";

/** What a link rotation must read first (a transaction reads before it writes). */
export interface LinkRotation {
  invite: DocumentSnapshot<StoredInvite>;
  /** The live link's token document, when there is one to revoke. */
  currentToken: DocumentReference | null;
}

export async function readLinkRotation(
  tx: Transaction,
  invite: DocumentSnapshot<StoredInvite>,
): Promise<LinkRotation> {
  const tokenRef = refs.invitationToken(
    hashToken(inviteToken(invite.ref.path, inviteLinkVersion(invite))),
  );
  const token = await tx.get(tokenRef);
  return { invite, currentToken: token.exists ? tokenRef : null };
}

/** The client's invites that are not complete, ready to get new links. */
export async function readOpenInviteLinks(
  tx: Transaction,
  agencyId: string,
  clientId: string,
): Promise<LinkRotation[]> {
  const invites = await tx.get(refs.invites(agencyId).where("clientId", "==", clientId));
  const open = invites.docs.filter((invite) => invite.data().status !== "complete");
  return Promise.all(open.map((invite) => readLinkRotation(tx, invite)));
}

/**
 * Gives the invite a new link inside `tx`: the old link's token is revoked (so
 * it opens the "this link isn't valid" page at once), a token for the next
 * link version is stored, and the invite records that version. Answers the
 * new link.
 */
export function rotateLink(
  tx: Transaction,
  rotation: LinkRotation,
  options: { agencyId: string; actor: string },
): { url: string; linkVersion: number } {
  const { invite } = rotation;
  const linkVersion = inviteLinkVersion(invite) + 1;
  const stored = invite.data();
  if (!stored) throw new HttpsError("not-found", "This invite no longer exists.");
  const { clientId } = stored;
  if (rotation.currentToken) {
    tx.update(rotation.currentToken, { revokedAt: FieldValue.serverTimestamp() });
  }
  issueToken(tx, inviteToken(invite.ref.path, linkVersion), {
    kind: "invite",
    agencyId: options.agencyId,
    clientId,
    subjectPath: invite.ref.path,
    expiresAt: addDays(new Date(), INVITE_LINK_LIFETIME_DAYS),
  });
  tx.update(invite.ref, { linkVersion, updatedAt: FieldValue.serverTimestamp() });
  recordActivity(tx, options.agencyId, {
    type: "invite_link_renewed",
    inviteId: invite.id,
    clientId,
    clientName: stored.client.name,
    actor: options.actor,
  });
  return { url: inviteUrl(invite.ref.path, linkVersion), linkVersion };
}

/**
 * Mail rendered before its transaction carries the link of the version read
 * then; if a new link was made meanwhile, the mail would carry a dead one.
 */
export function assertSameLink(
  current: DocumentSnapshot<StoredInvite>,
  renderedVersion: number,
): void {
  if (inviteLinkVersion(current) !== renderedVersion) {
    throw new HttpsError("aborted", "This invite got a new link meanwhile. Try again.");
  }
}
