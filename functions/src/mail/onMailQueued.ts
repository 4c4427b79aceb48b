import { onDocumentCreated } from "firebase-functions/v2/firestore";
import { SMTP_PASSWORD } from "../config";
import { deliverMail } from "./deliverMail";

/** First delivery attempt, as soon as a mail is queued. */
export const onMailQueued = onDocumentCreated(
  { document: "mail/{mailId}", secrets: [SMTP_PASSWORD], retry: false },
  async (event) => {
    await deliverMail(event.params.mailId);
  },
);
