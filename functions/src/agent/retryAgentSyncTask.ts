import { onTaskDispatched } from "firebase-functions/v2/tasks";
import { TOKEN_VAULT_KEY } from "../config";
import { syncAgent } from "./syncAgent";

/**
 * Later attempts after a failed push; syncAgent schedules them with
 * exponential backoff. The task never fails: the outcome is on the sync document.
 */
export const retryAgentSyncTask = onTaskDispatched<{ agencyId: string; clientId: string }>(
  {
    secrets: [TOKEN_VAULT_KEY],
    retryConfig: { maxAttempts: 3, minBackoffSeconds: 10 },
    rateLimits: { maxConcurrentDispatches: 20 },
  },
  async (request) => {
    const { agencyId, clientId } = request.data;
    if (typeof agencyId !== "string" || typeof clientId !== "string") return;
    await syncAgent(agencyId, clientId);
  },
);
