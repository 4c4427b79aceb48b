import { onTaskDispatched } from "firebase-functions/v2/tasks";
import { SMTP_PASSWORD } from "../config";
import { deliverMail } from "./deliverMail";

/**
 * Later attempts after a failed delivery; deliverMail schedules them with
 * exponential backoff. The task itself never fails: the outcome is on the mail.
 */
export const retryMailDelivery = onTaskDispatched<{ mailId: string }>(
  {
    secrets: [SMTP_PASSWORD],
    retryConfig: { maxAttempts: 3, minBackoffSeconds: 10 },
    rateLimits: { maxConcurrentDispatches: 20 },
  },
  async (request) => {
    await deliverMail(request.data.mailId);
  },
);
