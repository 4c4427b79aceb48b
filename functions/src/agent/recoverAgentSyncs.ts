import { onSchedule } from "firebase-functions/v2/scheduler";
import { db } from "../admin";
import { TOKEN_VAULT_KEY } from "../config";
import { syncAgent } from "./syncAgent";

/** Syncs looked at per run; a larger backlog is taken over the next runs. */
const RECOVERY_BATCH = 100;
/** Leaves the retry task its turn first. */
const GRACE_MS = 2 * 60_000;

/** The client's agency and client IDs from its sync document's path. */
function owner(path: string) {
  const [, agencyId, , clientId] = path.split("/");
  return agencyId && clientId ? { agencyId, clientId } : null;
}

/**
 * Syncs nothing else will take up: a pending retry more than two minutes
 * overdue (its task was never scheduled) and an attempt that died holding its
 * lease. syncAgent's lease still lets only one attempt push.
 */
async function recoverStalledSyncs(now = new Date()) {
  const overdue = new Date(now.getTime() - GRACE_MS);
  const [pending, stuck] = await Promise.all([
    db
      .collectionGroup("agentConfig")
      .where("state", "==", "pending")
      .where("nextAttemptAt", "<=", overdue)
      .limit(RECOVERY_BATCH)
      .get(),
    db
      .collectionGroup("agentConfig")
      .where("state", "==", "syncing")
      .where("leaseExpiresAt", "<=", now)
      .limit(RECOVERY_BATCH)
      .get(),
  ]);
  const clients = [...pending.docs, ...stuck.docs].flatMap((doc) => {
    const found = owner(doc.ref.path);
    return found ? [found] : [];
  });
  return Promise.all(clients.map(({ agencyId, clientId }) => syncAgent(agencyId, clientId, now)));
}

/** Every 5 minutes: the agent sync's safety net. */
export const recoverAgentSyncs = onSchedule(
  { schedule: "every 5 minutes", secrets: [TOKEN_VAULT_KEY], retryCount: 0 },
  async () => {
    await recoverStalledSyncs();
  },
);
