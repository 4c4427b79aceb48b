import {
  dismissFaqSuggestionCallable,
  retryAgentSyncCallable,
} from "@portico/domain/callables/agent";
import { paths } from "@portico/domain/paths";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { serve } from "../serve";
import { requireAgentEditor } from "./agentEditor";
import { readSync, syncRef } from "./agentWrites";

/** The sync state's Retry button: a failed (or not connected) sync is attempted again, from the first attempt. */
export const retryAgentSync = serve(retryAgentSyncCallable, async (input, _caller, request) => {
  const { agencyId, clientId } = await requireAgentEditor(request, input.clientId);
  return db.runTransaction(async (tx) => {
    const sync = await readSync(tx, agencyId, clientId);
    if (!sync)
      throw new HttpsError("failed-precondition", "There is nothing to send to the agent yet.");
    if (sync.state === "pending" || sync.state === "syncing") return { state: sync.state };
    const now = new Date();
    tx.update(syncRef(agencyId, clientId), {
      state: "pending",
      attempts: 0,
      nextAttemptAt: now,
      leaseExpiresAt: null,
      updatedAt: now,
    });
    return { state: "pending" };
  });
});

/** Hides an unanswered-question suggestion for good (it stays dismissed when the call is analysed again). */
export const dismissFaqSuggestion = serve(
  dismissFaqSuggestionCallable,
  async (input, _caller, request) => {
    const { agencyId, clientId } = await requireAgentEditor(request, input.clientId);
    const ref = db.doc(paths.faqSuggestion(agencyId, clientId, input.suggestionId));
    await db.runTransaction(async (tx) => {
      if (!(await tx.get(ref)).exists) {
        throw new HttpsError("not-found", "This suggestion no longer exists.");
      }
      tx.update(ref, { status: "dismissed", updatedAt: new Date() });
    });
    return { ok: true as const };
  },
);
