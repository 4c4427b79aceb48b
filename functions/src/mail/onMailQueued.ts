import { onDocumentCreated } from "firebase-functions/v2/firestore";
import { SMTP_PASSWORD } from "../config";
import { converters, storedData } from "../documents";
import { deliverMail } from "./deliverMail";

/**
 * First delivery attempt, as soon as a mail is queued. A replayed event for a
 * mail already past PENDING does nothing: its lease, its retry task and the
 * outbox recovery (recoverMailOutbox) own it from there.
 */
export const onMailQueued = onDocumentCreated(
  { document: "mail/{mailId}", secrets: [SMTP_PASSWORD], retry: false },
  async (event) => {
    const mail = event.data && storedData(event.data, converters.mail);
    if (mail?.delivery.state !== "PENDING") return;
    await deliverMail(event.params.mailId);
  },
);
