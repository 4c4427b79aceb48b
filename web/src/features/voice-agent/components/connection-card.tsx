import { setAgentConnectionStatusCallable } from "@portico/domain/callables/voice";
import { formatDateTime } from "@portico/domain/format";
import { WEBHOOK_PATH_PREFIX } from "@portico/domain/voice/connection-inputs";
import { CONNECTION_PLATFORM_INFO, SECRET_OVERLAP_HOURS } from "@portico/domain/voice/connections";
import { useId, useState } from "react";
import { Badge } from "../../../components/badge";
import { Button } from "../../../components/button";
import { useToast } from "../../../components/toast";
import type { AgentConnectionRow } from "../../../data/agent-connections-repository";
import { call } from "../../../lib/callable";
import { useNow } from "../../../lib/use-now";
import { connectionHealth } from "./connection-health";
import { CopyValue } from "./copy-value";
import { DeliveryLog } from "./delivery-log";
import { kindsText } from "./platform-text";
import { RotateSecretDialog } from "./rotate-secret-dialog";
import { SetupSteps } from "./setup-steps";

/** Where the platform posts: the app's own origin, which Hosting routes to the webhook function. */
function webhookUrl(connectionId: string): string {
  return `${window.location.origin}${WEBHOOK_PATH_PREFIX}${connectionId}`;
}

/** A secret shown once, right after Portico minted it. */
function RevealedSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  return (
    <div className="revealed-secret" role="status">
      <CopyValue label="Signing secret" value={secret} />
      <p className="small">
        Copy it now and paste it into the platform: Portico shows it only this once.
      </p>
      <Button variant="ghost" className="btn-small" onClick={onDone}>
        I've copied it
      </Button>
    </div>
  );
}

/**
 * One connection: health, webhook URL, secret, set-up steps, the actions of
 * staff who may edit, and the delivery log.
 */
export function ConnectionCard({
  agencyId,
  clientId,
  connection,
  canEdit,
  revealed,
  onReveal,
}: {
  agencyId: string;
  clientId: string;
  connection: AgentConnectionRow;
  canEdit: boolean;
  /** A secret just minted for this connection, shown until dismissed. */
  revealed: string | null;
  onReveal: (secret: string | null) => void;
}) {
  const headingId = useId();
  const toast = useToast();
  const now = useNow(30_000);
  const [rotating, setRotating] = useState(false);
  const [switching, setSwitching] = useState(false);
  const info = CONNECTION_PLATFORM_INFO[connection.platform];
  const health = connectionHealth(connection, now);
  const overlapEnds = connection.previousSecretExpiresAt;
  const secretName = info.secretSource === "minted" ? "signing secret" : "key";
  const turnOn = connection.status === "disabled";

  const switchStatus = async () => {
    setSwitching(true);
    try {
      await call(setAgentConnectionStatusCallable, {
        clientId,
        connectionId: connection.id,
        status: turnOn ? "active" : "disabled",
      });
      toast.show(turnOn ? "Connection turned on" : "Connection turned off", {
        description: connection.label,
        tone: "success",
      });
    } catch (error) {
      toast.show(error instanceof Error ? error.message : "Couldn't change the connection.", {
        tone: "error",
      });
    } finally {
      setSwitching(false);
    }
  };

  return (
    <article className="connection" aria-labelledby={headingId}>
      <header className="connection-header">
        <div>
          <h3 id={headingId}>{connection.label}</h3>
          <p className="muted small">
            {info.name} · {kindsText(connection.platform)}
          </p>
        </div>
        <Badge tone={health.tone}>{health.label}</Badge>
      </header>
      <p className="connection-health">{health.detail}</p>

      <CopyValue label="Webhook URL" value={webhookUrl(connection.id)} />
      {revealed && <RevealedSecret secret={revealed} onDone={() => onReveal(null)} />}
      <p className="muted small">
        {connection.secretHint
          ? `The ${secretName} ends in …${connection.secretHint}`
          : `No ${secretName} yet`}
        {connection.secretSetAt ? `, set ${formatDateTime(connection.secretSetAt)}.` : "."}
        {overlapEnds && overlapEnds > now
          ? ` The previous ${secretName} keeps working until ${formatDateTime(overlapEnds)}.`
          : ""}
        {connection.agentIds.length > 0
          ? ` Accepts calls from: ${connection.agentIds.join(", ")}.`
          : ""}
      </p>

      {canEdit && (
        <div className="connection-actions">
          <Button variant="secondary" onClick={() => setRotating(true)}>
            {connection.platform === "calendly"
              ? "Subscribe again"
              : info.secretSource === "minted"
                ? "Rotate secret"
                : "Replace key"}
          </Button>
          <Button
            variant={turnOn ? "primary" : "secondary"}
            busy={switching}
            onClick={() => void switchStatus()}
          >
            {turnOn ? "Turn on" : "Turn off"}
          </Button>
        </div>
      )}

      <details className="connection-setup">
        <summary>Set-up steps for {info.name}</summary>
        <SetupSteps platform={connection.platform} />
      </details>

      <h4>Delivery log</h4>
      <DeliveryLog
        agencyId={agencyId}
        clientId={clientId}
        connectionId={connection.id}
        label={connection.label}
      />

      {canEdit && (
        <RotateSecretDialog
          clientId={clientId}
          connection={connection}
          open={rotating}
          onOpenChange={setRotating}
          onRotated={({ secret }) => {
            setRotating(false);
            onReveal(secret);
            toast.show(info.secretSource === "minted" ? "New secret ready" : "Key replaced", {
              description: `The previous one keeps working for ${SECRET_OVERLAP_HOURS} hours.`,
              tone: "success",
            });
          }}
        />
      )}
    </article>
  );
}
