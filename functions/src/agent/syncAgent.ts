import { paths } from "@portico/domain/paths";
import { DEFAULT_TIME_ZONE } from "@portico/domain/time-zones";
import { faqsDocSchema } from "@portico/domain/voice/agent-faqs";
import { agentSettingsDocSchema, settingValues } from "@portico/domain/voice/agent-settings";
import {
  agentSyncDocSchema,
  MAX_SYNC_ATTEMPTS,
  promptSection,
  SYNC_EARLY_TOLERANCE_MS,
  SYNC_LEASE_MS,
  syncRetryDelaySeconds,
} from "@portico/domain/voice/agent-sync";
import { getFunctions } from "firebase-admin/functions";
import { logger } from "firebase-functions";
import { db } from "../admin";
import { AGENT_SYNC_RETRY_BASE_SECONDS } from "../config";
import { refs } from "../documents";
import { storedData } from "../voice/storedData";
import { PlatformError, pushToAgent } from "./agentPlatformApi";
import { agentTarget } from "./agentTarget";
import { syncRef } from "./agentWrites";

export type SyncOutcome = "synced" | "retrying" | "failed" | "notConnected" | "skipped";

/** Name of the task queue function that retries a failed sync. */
const SYNC_RETRY_QUEUE = "retryAgentSyncTask";

/**
 * One attempt to bring the agent up to the client's FAQs and settings. A
 * transaction takes a lease on the sync document first, so a replayed
 * trigger, a retry task and the recovery sweep never push at the same time;
 * whoever does not get the lease does nothing. The push writes the whole set,
 * so a repeat is harmless. A change saved during the push leaves the document
 * pending again (its revision moved on), and the trigger takes it up.
 */
export async function syncAgent(
  agencyId: string,
  clientId: string,
  now = new Date(),
): Promise<SyncOutcome> {
  const ref = syncRef(agencyId, clientId);
  const claimed = await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (!snapshot.exists) return null;
    const sync = storedData(agentSyncDocSchema, snapshot.data());
    const leaseHeld =
      sync.state === "syncing" && (sync.leaseExpiresAt?.getTime() ?? 0) > now.getTime();
    const due = (sync.nextAttemptAt?.getTime() ?? 0) <= now.getTime() + SYNC_EARLY_TOLERANCE_MS;
    const wanted = sync.state === "pending" || sync.state === "syncing";
    if (!wanted || leaseHeld || !due) return null;
    const attempts = sync.attempts + 1;
    tx.update(ref, {
      state: "syncing",
      attempts,
      leaseExpiresAt: new Date(now.getTime() + SYNC_LEASE_MS),
      nextAttemptAt: null,
      updatedAt: now,
    });
    return { attempts, revision: sync.revision };
  });
  if (!claimed) return "skipped";

  const finish = (fields: Record<string, unknown>) =>
    db.runTransaction(async (tx) => {
      const sync = storedData(agentSyncDocSchema, (await tx.get(ref)).data());
      // A newer change arrived meanwhile: it asked for its own sync; leave it pending.
      if (sync.revision !== claimed.revision) {
        tx.update(ref, {
          state: "pending",
          attempts: 0,
          nextAttemptAt: new Date(),
          leaseExpiresAt: null,
        });
        return;
      }
      tx.update(ref, { ...fields, leaseExpiresAt: null, updatedAt: new Date() });
    });

  const target = await agentTarget(agencyId, clientId);
  if (!target.ok) {
    await finish({
      state: "notConnected",
      error: target.reason,
      errorCode: target.code,
      platform: target.platform,
      nextAttemptAt: null,
    });
    return "notConnected";
  }
  try {
    const [faqsSnap, settingsSnap, client] = await Promise.all([
      db.doc(paths.agentFaqs(agencyId, clientId)).get(),
      db.doc(paths.agentSettings(agencyId, clientId)).get(),
      refs.client(agencyId, clientId).get(),
    ]);
    const faqs = faqsSnap.exists ? storedData(faqsDocSchema, faqsSnap.data()).faqs : [];
    const settings = settingValues(
      settingsSnap.exists ? storedData(agentSettingsDocSchema, settingsSnap.data()) : undefined,
    );
    const timeZone = client.data()?.timeZone ?? DEFAULT_TIME_ZONE;
    await pushToAgent({
      platform: target.platform,
      agentId: target.agentId,
      apiKey: target.apiKey,
      section: promptSection(faqs, settings, timeZone),
      settings,
    });
    await finish({
      state: "synced",
      syncedRevision: claimed.revision,
      syncedAt: new Date(),
      error: null,
      errorCode: null,
      platform: target.platform,
      nextAttemptAt: null,
    });
    return "synced";
  } catch (error) {
    const reason =
      error instanceof PlatformError
        ? error.message
        : "Something went wrong while updating the agent.";
    if (!(error instanceof PlatformError))
      logger.error("Agent sync failed", { error: String(error) });
    const willRetry = claimed.attempts < MAX_SYNC_ATTEMPTS;
    const delay = syncRetryDelaySeconds(claimed.attempts, AGENT_SYNC_RETRY_BASE_SECONDS.value());
    await finish({
      state: willRetry ? "pending" : "failed",
      error: reason,
      errorCode: error instanceof PlatformError ? error.code : "unexpected",
      platform: target.platform,
      nextAttemptAt: willRetry ? new Date(Date.now() + delay * 1000) : null,
    });
    logger.warn("Agent sync attempt failed", {
      agencyId,
      clientId,
      attempt: claimed.attempts,
      reason,
      willRetry,
    });
    if (willRetry)
      await scheduleRetry(agencyId, clientId, claimed.revision, claimed.attempts, delay);
    return willRetry ? "retrying" : "failed";
  }
}

/** One task per revision and attempt: enqueueing the same retry twice is refused by its id. */
async function scheduleRetry(
  agencyId: string,
  clientId: string,
  revision: number,
  attempt: number,
  delaySeconds: number,
) {
  try {
    await getFunctions()
      .taskQueue(SYNC_RETRY_QUEUE)
      .enqueue(
        { agencyId, clientId },
        {
          scheduleDelaySeconds: delaySeconds,
          id: `${agencyId}-${clientId}-${revision}-${attempt}`,
        },
      );
  } catch (error) {
    if ((error as { code?: string }).code === "functions/task-already-exists") return;
    // The recovery sweep (recoverAgentSyncs) takes up a retry that could not be scheduled.
    logger.warn("Agent sync retry not scheduled", { error: String(error) });
  }
}
