import { paths } from "@portico/domain/paths";
import {
  type WebhookDeliveryDoc,
  webhookDeliveryDocSchema,
} from "@portico/domain/webhooks/deliveries";
import {
  type WebhookEndpointDoc,
  webhookEndpointDocSchema,
} from "@portico/domain/webhooks/endpoints";
import { collection, orderBy, type Query, query } from "firebase/firestore";
import { schemaConverter } from "../lib/converters";
import { db } from "../lib/firestore";

/** The agency's outgoing webhook endpoints (owners and admins read; callables write). */
export type WebhookEndpointRow = WebhookEndpointDoc & { id: string };
export type WebhookDeliveryRow = WebhookDeliveryDoc & { id: string };

const endpointConverter = schemaConverter(webhookEndpointDocSchema);
const deliveryConverter = schemaConverter(webhookDeliveryDocSchema);

/** Endpoints, oldest first: the order they were added in. */
export function webhookEndpointsQuery(agencyId: string): Query<WebhookEndpointRow> {
  return query(
    collection(db, paths.outgoingWebhooks(agencyId)).withConverter(endpointConverter),
    orderBy("createdAt", "asc"),
  );
}

/** One endpoint's delivery log, newest event first (the page size is the caller's). */
export function webhookDeliveriesQuery(
  agencyId: string,
  endpointId: string,
): Query<WebhookDeliveryRow> {
  return query(
    collection(db, paths.webhookDeliveries(agencyId, endpointId)).withConverter(deliveryConverter),
    orderBy("createdAt", "desc"),
  );
}
