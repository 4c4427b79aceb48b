import { paths } from "@portico/domain/paths";
import {
  type AgentConnectionDoc,
  agentConnectionDocSchema,
  type ConnectionDeliveryDoc,
  connectionDeliveryDocSchema,
} from "@portico/domain/voice/connections";
import { collection, orderBy, type Query, query } from "firebase/firestore";
import { schemaConverter } from "../lib/converters";
import { db } from "../lib/firestore";

/** A client's connections to its AI agent's platforms (staff read; callables write). */
export type AgentConnectionRow = AgentConnectionDoc & { id: string };
export type DeliveryRow = ConnectionDeliveryDoc & { id: string };

const connectionConverter = schemaConverter(agentConnectionDocSchema);
const deliveryConverter = schemaConverter(connectionDeliveryDocSchema);

/** The client's connections, oldest first: the order staff added them in. */
export function clientConnectionsQuery(
  agencyId: string,
  clientId: string,
): Query<AgentConnectionRow> {
  return query(
    collection(db, paths.agentConnections(agencyId, clientId)).withConverter(connectionConverter),
    orderBy("createdAt", "asc"),
  );
}

/** One connection's delivery log, newest first (the page size is the caller's). */
export function connectionDeliveriesQuery(
  agencyId: string,
  clientId: string,
  connectionId: string,
): Query<DeliveryRow> {
  return query(
    collection(db, paths.connectionDeliveries(agencyId, clientId, connectionId)).withConverter(
      deliveryConverter,
    ),
    orderBy("at", "desc"),
  );
}
