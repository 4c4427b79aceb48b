import { MAIL_RECOVERY_GRACE_MS } from "@portico/domain/mail";
import { paths } from "@portico/domain/paths";
import { Timestamp } from "firebase-admin/firestore";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { db } from "../admin";
import { SMTP_PASSWORD } from "../config";
import { logs } from "../logs";
import { deliverMail } from "./deliverMail";

/** Mails looked at per run; a backlog larger than this is taken over the next runs. */
export const RECOVERY_BATCH = 100;

/** Mails whose attempt died holding its lease: still PROCESSING after the lease ran out. */
export function expiredLeasesQuery(now: Timestamp) {
  return db
    .collection(paths.mails())
    .where("delivery.state", "==", "PROCESSING")
    .where("delivery.leaseExpireTime", "<=", now)
    .limit(RECOVERY_BATCH);
}

/**
 * Failed mails whose retry is overdue: the retry task was never scheduled (or
 * was lost). The grace leaves the normal retry task its turn first.
 */
export function overdueRetriesQuery(now: Timestamp) {
  return db
    .collection(paths.mails())
    .where("delivery.state", "==", "ERROR")
    .where(
      "delivery.nextAttemptTime",
      "<=",
      Timestamp.fromMillis(now.toMillis() - MAIL_RECOVERY_GRACE_MS),
    )
    .limit(RECOVERY_BATCH);
}

/**
 * Takes every stalled mail through deliverMail again. deliverMail's lease
 * decides, in a transaction, who may attempt a mail, so a mail the retry task
 * or another run takes at the same moment is still sent once.
 */
export async function recoverStalledMail(now = Timestamp.now()) {
  const [leases, retries] = await Promise.all([
    expiredLeasesQuery(now).get(),
    overdueRetriesQuery(now).get(),
  ]);
  const mailIds = [...new Set([...leases.docs, ...retries.docs].map((doc) => doc.id))];
  const outcomes = await Promise.all(mailIds.map((mailId) => deliverMail(mailId, now)));
  const recovered = { found: mailIds.length, sent: 0, failed: 0, skipped: 0 };
  for (const outcome of outcomes) recovered[outcome] += 1;
  if (mailIds.length > 0) logs.mailRecovered(recovered);
  return recovered;
}

/** Every 5 minutes: the outbox's safety net for attempts that died and retries never scheduled. */
export const recoverMailOutbox = onSchedule(
  { schedule: "every 5 minutes", secrets: [SMTP_PASSWORD], retryCount: 0 },
  async () => {
    await recoverStalledMail();
  },
);
