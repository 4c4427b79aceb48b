import { createHash } from "node:crypto";
import {
  agencyDailyLimit,
  cooldownDecision,
  dailyQuotaDecision,
  distinctRecipients,
  MAIL_LIMITS,
  MAX_COOLDOWN_MS,
  type MailDecision,
  type MailLimitDetails,
  type MailLimitReason,
  type MailStream,
  mailDay,
  mailLimitMessage,
  mailQuotaIds,
  pendingInvitationDecision,
  quotaExpiresAt,
} from "@portico/domain/mail-quota";
import { paths } from "@portico/domain/paths";
import { type DocumentSnapshot, Timestamp, type Transaction } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { auth, db } from "../admin";
import { converters, refs, type StoredPortalInvitation, storedData } from "../documents";
import { logs } from "../logs";

/** Whose quota a mail counts against. */
export interface MailSender {
  agencyId: string;
  /** Whether an active owner of the agency has a verified email address (Auth). */
  ownerVerified: boolean;
  /** A portal user sending from the portal: their own daily quota too. */
  portalUserUid?: string;
}

export interface MailCharge {
  sender: MailSender;
  /** Everyone the mail goes to (to and cc); each counts once. */
  recipients: readonly string[];
  /** A re-send to people who already had this mail: refused inside the cooldown. */
  resend?: {
    stream: MailStream;
    cooldownMs: number;
    /** Narrows the cooldown to one client, so one client's re-sends say nothing about another's. */
    clientId?: string;
  };
}

/**
 * The agency's sending standing, read before the transaction (Auth is not
 * transactional): an agency is trusted with the full quota once one of its
 * active owners has a verified email address. Read from Auth every time, so a
 * verification counts at once, on the emulator as in production.
 */
export async function agencyMailSender(agencyId: string): Promise<MailSender> {
  const owners = await db
    .collection(paths.members(agencyId))
    .where("role", "==", "owner")
    .where("status", "==", "active")
    .limit(20)
    .get();
  if (owners.empty) return { agencyId, ownerVerified: false };
  const { users } = await auth.getUsers(owners.docs.map((owner) => ({ uid: owner.id })));
  return { agencyId, ownerVerified: users.some((user) => user.emailVerified) };
}

/** `resource-exhausted` with what was reached and when it resets, in English for logs and callers. */
function mailLimitError(reason: MailLimitReason, resetsAt: Date, limit: number): HttpsError {
  const details: MailLimitDetails = { reason, resetsAt: resetsAt.toISOString(), limit };
  return new HttpsError("resource-exhausted", mailLimitMessage(details, "en", "UTC"), details);
}

function refuseUnless(decision: MailDecision, reason: MailLimitReason, limit: number) {
  if (!decision.allowed) throw mailLimitError(reason, decision.resetsAt, limit);
}

/** One cooldown record per agency, stream (and client) and address; the address is not stored. */
function cooldownRef(agencyId: string, stream: MailStream, clientId: string, address: string) {
  const id = createHash("sha256")
    .update(`${agencyId}\n${stream}\n${clientId}\n${address}`)
    .digest("hex");
  return refs.mailCooldown(id);
}

const count = (snapshot: DocumentSnapshot) =>
  storedData(snapshot, converters.mailQuota)?.count ?? 0;

/**
 * Counts a mail against its quotas inside the transaction that queues it, or
 * throws `resource-exhausted` (details: reason, resetsAt, limit) and nothing
 * is written. Reads first, then writes: call it after the transaction's own
 * reads and before its writes. Counter documents carry `expiresAt` for a TTL
 * policy; nothing reads them after that time.
 */
export async function chargeMail(tx: Transaction, charge: MailCharge, now = new Date()) {
  try {
    await countMail(tx, charge, now);
  } catch (error) {
    if (error instanceof HttpsError && error.code === "resource-exhausted") {
      logs.mailLimitReached(
        charge.sender.agencyId,
        (error.details as MailLimitDetails).reason,
        charge.sender.portalUserUid,
      );
    }
    throw error;
  }
}

async function countMail(tx: Transaction, charge: MailCharge, now: Date) {
  const { sender, resend } = charge;
  const recipients = distinctRecipients(charge.recipients);
  const day = mailDay(now);
  const agencyRef = refs.mailQuota(mailQuotaIds.agency(sender.agencyId, day));
  const userRef = sender.portalUserUid
    ? refs.mailQuota(mailQuotaIds.portalUser(sender.portalUserUid, day))
    : null;
  const cooldownRefs = resend
    ? recipients.map((address) =>
        cooldownRef(sender.agencyId, resend.stream, resend.clientId ?? "", address),
      )
    : [];
  // One read for all of them (a transaction holds its locks from the first read on),
  // so the refs are read untyped here and each snapshot through its converter.
  const snapshots = await tx.getAll(
    ...[agencyRef, ...(userRef ? [userRef] : [])].map((ref) => ref.withConverter(null)),
    ...cooldownRefs.map((ref) => ref.withConverter(null)),
  );
  const agencyQuota = snapshots[0] as DocumentSnapshot;
  const userQuota = userRef ? (snapshots[1] as DocumentSnapshot) : null;
  const cooldowns = snapshots.slice(userRef ? 2 : 1);

  if (resend) {
    // Refused while any recipient cools down; it resets when the last of them does.
    const refusals = cooldowns
      .map((snapshot) => {
        const last = storedData(snapshot, converters.mailCooldown)?.lastResentAt.toDate() ?? null;
        return cooldownDecision(last, resend.cooldownMs, now);
      })
      .flatMap((decision) => (decision.allowed ? [] : [decision.resetsAt.getTime()]));
    if (refusals.length > 0) {
      throw mailLimitError("recipientCooldown", new Date(Math.max(...refusals)), 1);
    }
  }
  if (userQuota) {
    const limit = MAIL_LIMITS.portalUserPerDay;
    refuseUnless(
      dailyQuotaDecision(count(userQuota), recipients.length, limit, now),
      "portalUserDaily",
      limit,
    );
  }
  const agencyLimit = agencyDailyLimit(sender.ownerVerified);
  refuseUnless(
    dailyQuotaDecision(count(agencyQuota), recipients.length, agencyLimit, now),
    "agencyDaily",
    agencyLimit,
  );

  const expiresAt = Timestamp.fromDate(quotaExpiresAt(now));
  const updatedAt = Timestamp.fromDate(now);
  tx.set(agencyRef, {
    kind: "agency",
    agencyId: sender.agencyId,
    day,
    count: count(agencyQuota) + recipients.length,
    updatedAt,
    expiresAt,
  });
  if (userRef && userQuota) {
    tx.set(userRef, {
      kind: "portalUser",
      agencyId: sender.agencyId,
      uid: sender.portalUserUid,
      day,
      count: count(userQuota) + recipients.length,
      updatedAt,
      expiresAt,
    });
  }
  if (resend) {
    for (const ref of cooldownRefs) {
      tx.set(ref, {
        agencyId: sender.agencyId,
        stream: resend.stream,
        lastResentAt: updatedAt,
        // Kept as long as the longest cooldown an agency can choose, for a TTL policy.
        expiresAt: Timestamp.fromMillis(now.getTime() + MAX_COOLDOWN_MS),
      });
    }
  }
}

/**
 * Refuses one more pending teammate invitation for a client at the cap. Reads
 * in `tx`; `pending` are the client's pending invitations read in the same
 * transaction. Replacing an address's own pending invitation does not add one.
 */
export function assertPendingTeammateRoom(
  pending: readonly DocumentSnapshot<StoredPortalInvitation>[],
  email: string,
  now = new Date(),
) {
  const teammateInvitations = pending.flatMap((snapshot) => {
    const invitation = snapshot.data();
    return invitation?.invitedBy.kind === "portal" && invitation.email !== email
      ? [invitation]
      : [];
  });
  const expiries = teammateInvitations.map((invitation) => invitation.expiresAt.toDate());
  refuseUnless(
    pendingInvitationDecision(expiries, now),
    "pendingInvitations",
    MAIL_LIMITS.pendingPortalTeammateInvitations,
  );
}
