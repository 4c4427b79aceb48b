import { fillTemplate } from "@portico/domain/access-page-model";
import { useState } from "react";
import { Badge, type BadgeTone } from "../../../components/badge";
import { Button } from "../../../components/button";
import { agentSyncRef, retryAgentSync } from "../../../data/agent-config-repository";
import { useLiveDocument } from "../../../lib/live";
import { useAgentConfigView } from "../agent-config-view";

/** Whether the agent has the latest FAQs and settings: synced, pending (with why), failed with a Retry. */
export function SyncStatus() {
  const view = useAgentConfigView();
  const { t } = view;
  const sync = useLiveDocument(agentSyncRef(view.agencyId, view.clientId));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (sync.status !== "ready" || !sync.data) return null;
  const { state, error, errorCode } = sync.data;
  // Staff read the platform's own words; the client reads them in its language.
  const reason = view.staff ? error : errorCode ? t.sync.reasons[errorCode] : null;
  const tone: BadgeTone =
    state === "synced"
      ? "success"
      : state === "failed"
        ? "danger"
        : state === "notConnected"
          ? "neutral"
          : "info";
  const canRetry = view.canEdit && (state === "failed" || state === "notConnected");
  return (
    <section className="agent-sync" aria-label={t.sync.label} data-sync-state={state}>
      <p role="status">
        <Badge tone={tone}>{t.sync[state]}</Badge>
        {reason && state === "pending" && (
          <span className="muted small"> {fillTemplate(t.sync.retrying, { reason })}</span>
        )}
        {reason && (state === "failed" || (state === "notConnected" && view.staff)) && (
          <span className="muted small"> {reason}</span>
        )}
      </p>
      {canRetry && (
        <Button
          variant="secondary"
          busy={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await retryAgentSync(view.clientId);
              setMessage(t.sync.retried);
            } catch (failure) {
              setMessage(failure instanceof Error ? failure.message : t.errors.failed);
            } finally {
              setBusy(false);
            }
          }}
        >
          {t.sync.retry}
        </Button>
      )}
      {message && <p className="muted small">{message}</p>}
    </section>
  );
}
