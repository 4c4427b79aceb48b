import { paths } from "@portico/domain/paths";
import { addDays, INVITE_LINK_LIFETIME_DAYS } from "@portico/domain/tokens";
import {
  type DocumentReference,
  type DocumentSnapshot,
  FieldValue,
  type Transaction,
} from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { hashToken, issueToken } from "../tokens/invitationTokens";
import { inviteLinkVersion, inviteToken, inviteUrl } from "./inviteLink";

/** What a link rotation must read first (a transaction reads before it writes). */
export interface LinkRotation {
  invite: DocumentSnapshot;
  /** The live link's token document, when there is one to revoke. */
  currentToken: DocumentReference | null;
}

export async function readLinkRotation(
  tx: Transaction,
  invite: DocumentSnapshot,
): Promise<LinkRotation> {
  const tokenRef = db.doc(
    paths.invitationToken(hashToken(inviteToken(invite.ref.path, inviteLinkVersion(invite)))),
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
  const invites = await tx.get(
    db.collection(paths.invites(agencyId)).where("clientId", "==", clientId),
  );
  const open = invites.docs.filter((invite) => invite.get("status") !== "complete");
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
  const clientId = invite.get("clientId") as string;
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
  tx.create(db.collection(paths.activity(options.agencyId)).doc(), {
    type: "invite_link_renewed",
    inviteId: invite.id,
    clientId,
    clientName: invite.get("client.name") as string,
    actor: options.actor,
    at: FieldValue.serverTimestamp(),
  });
  return { url: inviteUrl(invite.ref.path, linkVersion), linkVersion };
}

/**
 * Mail rendered before its transaction carries the link of the version read
 * then; if a new link was made meanwhile, the mail would carry a dead one.
 */
export function assertSameLink(current: DocumentSnapshot, renderedVersion: number): void {
  if (inviteLinkVersion(current) !== renderedVersion) {
    throw new HttpsError("aborted", "This invite got a new link meanwhile. Try again.");
  }
}
