import { createHash, randomBytes } from "node:crypto";
import { paths } from "@portico/domain/paths";
import {
  TOKEN_BYTES,
  TOKEN_PATTERN,
  type TokenKind,
  type TokenState,
  tokenDeleteAt,
  tokenState,
} from "@portico/domain/tokens";
import { FieldValue, Timestamp, type Transaction } from "firebase-admin/firestore";
import { db } from "../admin";
import { refs, type StoredInvitationToken } from "../documents";

/** SHA-256 of the raw token: the only form that is stored. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A fresh raw token: 256 bits from the CSPRNG, base64url. It goes in the link only. */
export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/**
 * Stores `token` (made by newToken) as a hash inside `tx`. The caller keeps
 * the hash on the subject document, to revoke it on re-issue.
 */
export function issueToken(
  tx: Transaction,
  token: string,
  options: {
    kind: TokenKind;
    agencyId: string;
    subjectPath: string;
    expiresAt: Date;
    clientId?: string;
    /** The address the link is mailed to: redeeming checks the subject still names it. */
    email?: string;
  },
): { tokenHash: string } {
  const tokenHash = hashToken(token);
  tx.create(refs.invitationToken(tokenHash), {
    kind: options.kind,
    agencyId: options.agencyId,
    subjectPath: options.subjectPath,
    // Lets a client's deletion find the tokens that point at its data.
    clientId: options.clientId ?? null,
    email: options.email ?? null,
    expiresAt: Timestamp.fromDate(options.expiresAt),
    // TTL (firestore.indexes.json): an unused token's record goes a while after it expires.
    deleteAt: Timestamp.fromDate(tokenDeleteAt(options.expiresAt)),
    createdAt: FieldValue.serverTimestamp(),
    usedAt: null,
    revokedAt: null,
  });
  return { tokenHash };
}

export function revokeToken(tx: Transaction, tokenHash: string | null | undefined) {
  if (!tokenHash) return;
  tx.update(refs.invitationToken(tokenHash), {
    revokedAt: FieldValue.serverTimestamp(),
    deleteAt: tokenDeleteAt(new Date()),
  });
}

export interface ReadToken {
  tokenHash: string;
  kind: TokenKind;
  agencyId: string;
  subjectPath: string;
  expiresAt: Date;
  state: TokenState;
  /** The address the link was issued to (null on invite links). */
  email: string | null;
  /** Who is redeeming it right now, and until when that claim holds. */
  claim: { id: string; until: Date } | null;
  /** When the token document last changed, as read: a claim succeeds only if it has not since. */
  updateTime: Timestamp | undefined;
}

/**
 * Looks a raw token up (inside a transaction when given). A malformed or
 * unknown token reads as null, without touching anything.
 */
export async function readToken(
  token: string,
  kind: TokenKind,
  tx?: Transaction,
): Promise<ReadToken | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const tokenHash = hashToken(token);
  const ref = refs.invitationToken(tokenHash);
  const snapshot = tx ? await tx.get(ref) : await ref.get();
  const stored = snapshot.data();
  if (stored?.kind !== kind) return null;
  const expiresAt = stored.expiresAt.toDate();
  const usedAt = stored.usedAt?.toDate() ?? null;
  const revokedAt = stored.revokedAt?.toDate() ?? null;
  return {
    tokenHash,
    kind,
    agencyId: stored.agencyId,
    subjectPath: stored.subjectPath,
    expiresAt,
    state: tokenState({ expiresAt, usedAt, revokedAt }, new Date()),
    email: stored.email ?? null,
    claim: claimOf(stored.claim),
    updateTime: snapshot.updateTime,
  };
}

function claimOf(claim: StoredInvitationToken["claim"]): ReadToken["claim"] {
  // Checked, not trusted: a half-written claim holds nothing.
  if (typeof claim?.id !== "string" || !claim.until) return null;
  return { id: claim.id, until: claim.until.toDate() };
}

/**
 * Whether the link still names the address it was mailed to. A subject whose
 * address was rewritten after issue (or a token issued without one) is refused:
 * redeeming would vouch for an address nobody proved they control.
 */
export function issuedTo(record: ReadToken, email: unknown): boolean {
  return record.email !== null && record.email === email;
}

/** How long a redeeming request holds the token before another may try. */
const CLAIM_SECONDS = 120;

/** Whether a redeeming request may claim the token now: valid, and nobody else holds it. */
export function isClaimable(record: ReadToken, now = new Date()): boolean {
  return record.state === "valid" && (!record.claim || record.claim.until <= now);
}

/**
 * Claims the token, as `record` read it, for one redeeming request, before
 * anything outside Firestore (Auth) changes: the write succeeds only if the
 * token document is unchanged since that read, so of concurrent requests one
 * wins and the others get false at once, without lock contention. The claim
 * lapses by itself, so a request that died midway blocks a retry only briefly.
 */
export async function claimToken(record: ReadToken, claimId: string): Promise<boolean> {
  if (!isClaimable(record) || !record.updateTime) return false;
  try {
    await db
      .doc(paths.invitationToken(record.tokenHash))
      .update(
        { claim: { id: claimId, until: new Date(Date.now() + CLAIM_SECONDS * 1000) } },
        { lastUpdateTime: record.updateTime },
      );
    return true;
  } catch (error) {
    // FAILED_PRECONDITION: another request claimed (or used, or revoked) it first.
    if ((error as { code?: unknown }).code === GRPC_FAILED_PRECONDITION) return false;
    throw error;
  }
}

const GRPC_FAILED_PRECONDITION = 9;

/** Whether `claimId` holds the token (checked again in the redeeming transaction). */
export function holdsClaim(record: ReadToken | null, claimId: string): record is ReadToken {
  return record?.state === "valid" && record.claim?.id === claimId;
}

/** Lets another request redeem the token after this one failed (the claim also lapses alone). */
export async function releaseClaim(token: string, kind: TokenKind, claimId: string) {
  await db.runTransaction(async (tx) => {
    const record = await readToken(token, kind, tx);
    if (record?.claim?.id !== claimId) return;
    tx.update(refs.invitationToken(record.tokenHash), { claim: null });
  });
}

export function markTokenUsed(tx: Transaction, tokenHash: string) {
  tx.update(refs.invitationToken(tokenHash), {
    usedAt: FieldValue.serverTimestamp(),
    deleteAt: tokenDeleteAt(new Date()),
    claim: null,
  });
}
