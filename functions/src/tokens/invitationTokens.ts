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
import { FieldValue, type Timestamp, type Transaction } from "firebase-admin/firestore";
import { db } from "../admin";

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
  },
): { tokenHash: string } {
  const tokenHash = hashToken(token);
  tx.create(db.doc(paths.invitationToken(tokenHash)), {
    kind: options.kind,
    agencyId: options.agencyId,
    subjectPath: options.subjectPath,
    // Lets a client's deletion find the tokens that point at its data.
    clientId: options.clientId ?? null,
    expiresAt: options.expiresAt,
    // TTL (firestore.indexes.json): an unused token's record goes a while after it expires.
    deleteAt: tokenDeleteAt(options.expiresAt),
    createdAt: FieldValue.serverTimestamp(),
    usedAt: null,
    revokedAt: null,
  });
  return { tokenHash };
}

export function revokeToken(tx: Transaction, tokenHash: string | null | undefined) {
  if (!tokenHash) return;
  tx.update(db.doc(paths.invitationToken(tokenHash)), {
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
  const ref = db.doc(paths.invitationToken(tokenHash));
  const snapshot = tx ? await tx.get(ref) : await ref.get();
  if (!snapshot.exists || snapshot.get("kind") !== kind) return null;
  const expiresAt = (snapshot.get("expiresAt") as Timestamp).toDate();
  const usedAt = (snapshot.get("usedAt") as Timestamp | null)?.toDate() ?? null;
  const revokedAt = (snapshot.get("revokedAt") as Timestamp | null)?.toDate() ?? null;
  return {
    tokenHash,
    kind,
    agencyId: snapshot.get("agencyId") as string,
    subjectPath: snapshot.get("subjectPath") as string,
    expiresAt,
    state: tokenState({ expiresAt, usedAt, revokedAt }, new Date()),
  };
}

export function markTokenUsed(tx: Transaction, tokenHash: string) {
  tx.update(db.doc(paths.invitationToken(tokenHash)), {
    usedAt: FieldValue.serverTimestamp(),
    deleteAt: tokenDeleteAt(new Date()),
  });
}
