import { agentSyncDocSchema } from "@portico/domain/voice/agent-sync";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { followSyncChange } from "../agents/syncAgentSummary";
import { TOKEN_VAULT_KEY } from "../config";
import { storedData } from "../voice/storedData";
import { syncAgent } from "./syncAgent";

/**
 * First attempt, as soon as a change asks for a sync (the sync document turns
 * pending with nextAttemptAt now). A write with a later nextAttemptAt is a
 * scheduled retry: its task (retryAgentSyncTask) or the sweep takes it.
 * Every write also keeps the agents overview's sync warning.
 */
export const onAgentSyncRequested = onDocumentWritten(
  {
    document: "agencies/{agencyId}/clients/{clientId}/agentConfig/sync",
    secrets: [TOKEN_VAULT_KEY],
    retry: false,
  },
  async (event) => {
    const { agencyId, clientId } = event.params;
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    // Side by side: a failing summary update must not hold up the push.
    await Promise.all([
      followSyncChange(agencyId, clientId, before, after),
      pushWhenRequested(agencyId, clientId, after),
    ]);
  },
);

async function pushWhenRequested(agencyId: string, clientId: string, data: unknown) {
  if (!data) return;
  const sync = storedData(agentSyncDocSchema, data);
  if (sync.state !== "pending") return;
  if ((sync.nextAttemptAt?.getTime() ?? 0) > Date.now() + 500) return;
  await syncAgent(agencyId, clientId);
}
