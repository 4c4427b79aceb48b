import { z } from "zod";

/**
 * Invitation tokens (team invitations, portal invitations, invite links).
 * The link carries 256 random bits in base64url; Firestore keeps only the
 * SHA-256 of it, at `invitationTokens/{hash}`, so a leaked database export
 * opens nothing. A token works once, until it expires or is replaced.
 */
export const TOKEN_BYTES = 32;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Days a token's record is kept once it can no longer be used (used, revoked
 * or expired), so its link still gets the right page for a while; then
 * Firestore's TTL policy on `invitationTokens.deleteAt` deletes it.
 */
export const TOKEN_RECORD_RETENTION_DAYS = 30;

/** When a token's record may be deleted: the retention period after `from`. */
export function tokenDeleteAt(from: Date): Date {
  return new Date(from.getTime() + TOKEN_RECORD_RETENTION_DAYS * 24 * 60 * 60 * 1000);
}

export const TOKEN_KINDS = ["team", "portal", "invite"] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export const TEAM_INVITATION_LIFETIME_DAYS = 7;
/** Invite links stay usable while the client works through the request. */
export const INVITE_LINK_LIFETIME_DAYS = 90;

export interface TokenRecord {
  kind: TokenKind;
  agencyId: string;
  /** The document the token acts on, e.g. a team invitation. */
  subjectPath: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

/** `invitationTokens/{tokenHash}`: one issued token, as functions store it (server-only). */
export const invitationTokenDocSchema = z.object({
  kind: z.enum(TOKEN_KINDS),
  agencyId: z.string(),
  subjectPath: z.string(),
  /** Lets a client's deletion find the tokens that point at its data. */
  clientId: z.string().nullable(),
  /** The address the link is mailed to (null on invite links). */
  email: z.string().nullish(),
  expiresAt: z.date(),
  deleteAt: z.date(),
  createdAt: z.date(),
  usedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  /** Who is redeeming it right now, and until when that claim holds. */
  claim: z.object({ id: z.string(), until: z.date() }).nullish(),
});
export type InvitationTokenDoc = z.output<typeof invitationTokenDocSchema>;

export type TokenState = "valid" | "used" | "expired" | "revoked";

/** Why a token can or cannot be redeemed now. Checked again inside the redeeming transaction. */
export function tokenState(
  record: Pick<TokenRecord, "expiresAt" | "usedAt" | "revokedAt">,
  now: Date,
): TokenState {
  if (record.revokedAt) return "revoked";
  if (record.usedAt) return "used";
  if (record.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 24 * 60 * 60 * 1000);
}
