import { webhookDeliveryDocSchema } from "@portico/domain/webhooks/deliveries";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { TOKEN_VAULT_KEY } from "../config";
import { storedData } from "../voice/storedData";
import { deliverWebhook } from "./deliverWebhook";

/**
 * The first attempt, as soon as a delivery is due: a new one, a replay, or
 * one woken after the event before it settled. A write with a later
 * nextAttemptAt is a scheduled retry: its task (retryWebhookDeliveryTask) or
 * the sweep takes it.
 */
export const onWebhookDeliveryWritten = onDocumentWritten(
  {
    document: "agencies/{agencyId}/webhooks/{endpointId}/webhookDeliveries/{eventId}",
    secrets: [TOKEN_VAULT_KEY],
    retry: false,
  },
  async (event) => {
    const after = event.data?.after;
    if (!after?.exists) return;
    const delivery = storedData(webhookDeliveryDocSchema, after.data());
    if (delivery.state !== "pending") return;
    if ((delivery.nextAttemptAt?.getTime() ?? 0) > Date.now() + 500) return;
    await deliverWebhook(event.params);
  },
);
