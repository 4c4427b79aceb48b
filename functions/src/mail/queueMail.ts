import { type MailMessage, PENDING_DELIVERY } from "@portico/domain/mail";
import { paths } from "@portico/domain/paths";
import { FieldValue, type Transaction } from "firebase-admin/firestore";
import { db } from "../admin";

export interface OutgoingMail {
  to: string;
  cc?: string[];
  message: MailMessage;
  /** Agency the mail belongs to, for tracing. */
  agencyId: string;
  /** Document that shows this mail's delivery to the agency (gets `emailDelivery`). */
  relatedPath?: string;
  /** Template name, for logs. */
  template: string;
}

/**
 * Queues a mail in the outbox. Pass a transaction to queue it atomically with
 * the change it belongs to; pass `mailId` when the mail must exist only once
 * (a retried request then finds it already queued and `create` fails).
 */
export function queueMail(mail: OutgoingMail, options: { tx?: Transaction; mailId?: string } = {}) {
  const ref = options.mailId
    ? db.doc(paths.mail(options.mailId))
    : db.collection(paths.mails()).doc();
  const data = {
    to: mail.to,
    cc: mail.cc ?? [],
    message: mail.message,
    agencyId: mail.agencyId,
    relatedPath: mail.relatedPath ?? null,
    template: mail.template,
    createdAt: FieldValue.serverTimestamp(),
    delivery: PENDING_DELIVERY,
  };
  if (options.tx) options.tx.create(ref, data);
  else return ref.create(data).then(() => ref.id);
  return Promise.resolve(ref.id);
}
