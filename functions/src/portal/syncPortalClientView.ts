import { paths } from "@portico/domain/paths";
import { portalClientView } from "@portico/domain/portal-views";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { db } from "../admin";
import { followClientChange, followConnectionChange } from "../agents/syncAgentSummary";
import { refs } from "../documents";
import { followTimeZoneChange } from "../voice/recount";
import { writeProjection } from "./portalViewWrites";

/**
 * Sets the client's portal view (what its portal users read) from the client
 * document and what its sections depend on (an agent connection, a billing
 * plan), or deletes it with the client. Everything is read again in a
 * transaction, so a late or repeated event writes the current state, never an
 * older one. Callers: the triggers below and the billing plan callable.
 */
export async function refreshPortalClientView(agencyId: string, clientId: string): Promise<void> {
  const clientRef = refs.client(agencyId, clientId);
  const viewRef = db.doc(paths.portalClientView(agencyId, clientId));
  const connections = db.collection(paths.agentConnections(agencyId, clientId)).limit(1);
  const planRef = refs.billingPlan(agencyId, clientId);
  await db.runTransaction(async (tx) => {
    const [client, view, connection, plan] = await Promise.all([
      tx.get(clientRef),
      tx.get(viewRef),
      tx.get(connections),
      tx.get(planRef),
    ]);
    const stored = client.data();
    const facts = { hasAgentConnection: !connection.empty, hasBillingPlan: plan.exists };
    writeProjection(tx, view, stored ? portalClientView(stored, facts) : null);
  });
}

/** The client written: its portal view, and its agents overview summary when it has one. */
export const syncPortalClientView = onDocumentWritten(
  // A new time zone recounts every call and booking into its new local day.
  { document: "agencies/{agencyId}/clients/{clientId}", timeoutSeconds: 540 },
  async (event) => {
    const { agencyId, clientId } = event.params;
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    await refreshPortalClientView(agencyId, clientId);
    await followClientChange(agencyId, clientId, before, after);
    await followTimeZoneChange(agencyId, clientId, before, after);
  },
);

/**
 * A connection written: a client's first connection shows its agent's
 * sections (the last one removed hides them), and the agents overview's
 * summary follows the connection's health.
 */
export const syncPortalSectionsOnConnection = onDocumentWritten(
  "agencies/{agencyId}/clients/{clientId}/agentConnections/{connectionId}",
  async (event) => {
    const { agencyId, clientId } = event.params;
    // Only a connection appearing or going away can change the sections.
    if (event.data?.before.exists !== event.data?.after.exists) {
      await refreshPortalClientView(agencyId, clientId);
    }
    await followConnectionChange(
      agencyId,
      clientId,
      event.data?.before.exists ? event.data.before.data() : null,
      event.data?.after.exists ? event.data.after.data() : null,
    );
  },
);

/** A plan set or removed (by the callable, or the seed) shows or hides Billing. */
export const syncPortalSectionsOnPlan = onDocumentWritten(
  "agencies/{agencyId}/clients/{clientId}/billing/{docId}",
  async (event) => {
    if (event.data?.before.exists === event.data?.after.exists) return;
    await refreshPortalClientView(event.params.agencyId, event.params.clientId);
  },
);
