import { agentSyncDocSchema } from "@portico/domain/voice/agent-sync";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { TOKEN_VAULT_KEY } from "../config";
import { storedData } from "../voice/storedData";
import { syncAgent } from "./syncAgent";

/**
 * First attempt, as soon as a change asks for a sync (the sync document turns
 * pending with nextAttemptAt now). A write with a later nextAttemptAt is a
 * scheduled retry: its task (retryAgentSyncTask) or the sweep takes it.
 */
export const onAgentSyncRequested = onDocumentWritten(
  {
    document: "agencies/{agencyId}/clients/{clientId}/agentConfig/sync",
    secrets: [TOKEN_VAULT_KEY],
    retry: false,
  },
  async (event) => {
    const after = event.data?.after;
    if (!after?.exists) return;
    const sync = storedData(agentSyncDocSchema, after.data());
    if (sync.state !== "pending") return;
    if ((sync.nextAttemptAt?.getTime() ?? 0) > Date.now() + 500) return;
    await syncAgent(event.params.agencyId, event.params.clientId);
  },
);
