import { onTaskDispatched } from "firebase-functions/v2/tasks";
import { TOKEN_VAULT_KEY } from "../config";
import { deliverWebhook } from "./deliverWebhook";

/**
 * Later attempts after a failed one; deliverWebhook schedules them with
 * exponential backoff. The task never fails: the outcome is on the delivery.
 */
export const retryWebhookDeliveryTask = onTaskDispatched<{
  agencyId: string;
  endpointId: string;
  eventId: string;
}>(
  {
    secrets: [TOKEN_VAULT_KEY],
    retryConfig: { maxAttempts: 3, minBackoffSeconds: 10 },
    rateLimits: { maxConcurrentDispatches: 50 },
  },
  async (request) => {
    const { agencyId, endpointId, eventId } = request.data;
    if (![agencyId, endpointId, eventId].every((value) => typeof value === "string")) return;
    await deliverWebhook({ agencyId, endpointId, eventId });
  },
);
