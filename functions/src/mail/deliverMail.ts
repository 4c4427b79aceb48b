import {
  ABANDONED_DELIVERY_ERROR,
  DELIVERED_MAIL_RETENTION_DAYS,
  DELIVERY_LEASE_MS,
  type DeliveryState,
  MAX_DELIVERY_ATTEMPTS,
  RETRY_EARLY_TOLERANCE_MS,
  retryDelaySeconds,
} from "@portico/domain/mail";
import { FieldValue, Timestamp } from "firebase-admin/firestore";
import { getFunctions } from "firebase-admin/functions";
import { db } from "../admin";
import { MAIL_FROM, MAIL_RETRY_BASE_SECONDS } from "../config";
import { refs } from "../documents";
import { logs } from "../logs";
import { deliverySummary } from "./deliverySummary";
import { inlineImages, sender } from "./outgoing";
import { mailTransport } from "./transport";

export type DeliveryOutcome = "sent" | "failed" | "skipped";

/** Name of the task queue function that retries failed deliveries. */
export const RETRY_QUEUE = "retryMailDelivery";

/**
 * One delivery attempt. A transaction takes a lease on the mail first, so a
 * re-delivered trigger event, a retry task and a concurrent attempt can never
 * send the same mail twice: whoever does not get the lease does nothing.
 * A failed mail is not attempted before its `nextAttemptTime`. `now` is the
 * attempt's clock (the outbox recovery passes its own).
 */
export async function deliverMail(mailId: string, now = Timestamp.now()): Promise<DeliveryOutcome> {
  const ref = refs.mail(mailId);

  const claimed = await db.runTransaction(async (tx) => {
    const mail = (await tx.get(ref)).data();
    if (!mail) return null;
    const { delivery } = mail;
    if (delivery.state === "SUCCESS") return null;
    if (
      delivery.state === "PROCESSING" &&
      (delivery.leaseExpireTime?.toMillis() ?? 0) > now.toMillis()
    ) {
      return null;
    }
    if (
      delivery.state === "ERROR" &&
      (delivery.nextAttemptTime?.toMillis() ?? 0) > now.toMillis() + RETRY_EARLY_TOLERANCE_MS
    ) {
      return null;
    }
    if (delivery.attempts >= MAX_DELIVERY_ATTEMPTS) {
      // The last attempt died holding its lease: the mail fails for good instead of staying PROCESSING.
      if (delivery.state === "PROCESSING") {
        tx.update(ref, {
          "delivery.state": "ERROR",
          "delivery.error": ABANDONED_DELIVERY_ERROR,
          "delivery.endTime": now,
          "delivery.leaseExpireTime": null,
          "delivery.nextAttemptTime": null,
        });
      }
      return null;
    }
    const attempts = delivery.attempts + 1;
    tx.update(ref, {
      "delivery.state": "PROCESSING",
      "delivery.attempts": attempts,
      "delivery.startTime": now,
      "delivery.leaseExpireTime": Timestamp.fromMillis(now.toMillis() + DELIVERY_LEASE_MS),
      "delivery.nextAttemptTime": null,
    });
    return {
      attempts,
      to: mail.to,
      cc: mail.cc ?? [],
      message: mail.message,
      relatedPath: mail.relatedPath,
    };
  });
  if (!claimed) return "skipped";

  try {
    const { html, attachments } = inlineImages(claimed.message.html);
    const info = await mailTransport().sendMail({
      from: sender(MAIL_FROM.value(), claimed.message.fromName),
      ...(claimed.message.replyTo ? { replyTo: claimed.message.replyTo } : {}),
      to: claimed.to,
      cc: claimed.cc,
      subject: claimed.message.subject,
      html,
      text: claimed.message.text,
      attachments,
      // Stable id: a receiving server can spot a duplicate if a crash ever forces a resend.
      messageId: `<${mailId}@portico.mail>`,
    });
    await ref.update({
      // TTL (firestore.indexes.json): the rendered email and its addresses are not kept for ever.
      expiresAt: Timestamp.fromMillis(Date.now() + DELIVERED_MAIL_RETENTION_DAYS * 86_400_000),
      "delivery.state": "SUCCESS",
      "delivery.error": null,
      "delivery.endTime": FieldValue.serverTimestamp(),
      "delivery.leaseExpireTime": null,
      "delivery.info": {
        messageId: info.messageId,
        accepted: (info.accepted ?? []).map(String),
        rejected: (info.rejected ?? []).map(String),
      },
    });
    await summarize(claimed.relatedPath, "SUCCESS", claimed.attempts, null);
    logs.mailSent(mailId, claimed.attempts);
    return "sent";
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const willRetry = claimed.attempts < MAX_DELIVERY_ATTEMPTS;
    const delay = retryDelaySeconds(claimed.attempts, MAIL_RETRY_BASE_SECONDS.value());
    await ref.update({
      "delivery.state": "ERROR",
      "delivery.error": reason,
      "delivery.endTime": FieldValue.serverTimestamp(),
      "delivery.leaseExpireTime": null,
      "delivery.nextAttemptTime": willRetry
        ? Timestamp.fromMillis(Date.now() + delay * 1000)
        : null,
    });
    await summarize(claimed.relatedPath, "ERROR", claimed.attempts, reason);
    logs.mailFailed(mailId, claimed.attempts, reason, willRetry);
    if (willRetry) await scheduleRetry(mailId, claimed.attempts, delay);
    return "failed";
  }
}

/** One task per attempt number: enqueueing the same retry twice is refused by its id. */
async function scheduleRetry(mailId: string, attempt: number, delaySeconds: number) {
  try {
    await getFunctions()
      .taskQueue(RETRY_QUEUE)
      .enqueue(
        { mailId },
        { scheduleDelaySeconds: delaySeconds, id: `${mailId}-retry-${attempt}` },
      );
  } catch (error) {
    if ((error as { code?: string }).code === "functions/task-already-exists") return;
    throw error;
  }
}

/** Mirrors the delivery state onto the document the agency looks at. */
async function summarize(
  path: string | null,
  state: DeliveryState,
  attempts: number,
  error: string | null,
) {
  if (!path) return;
  await db
    .doc(path)
    .update({ emailDelivery: deliverySummary(state, attempts, error) })
    .catch(() => undefined); // the document may be gone (e.g. a cancelled invitation)
}
