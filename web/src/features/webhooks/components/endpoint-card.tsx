import {
  deleteWebhookEndpointCallable,
  revealWebhookSecretCallable,
  rotateWebhookSecretCallable,
  sendTestWebhookCallable,
  updateWebhookEndpointCallable,
} from "@portico/domain/callables/webhooks";
import { formatDateTime } from "@portico/domain/format";
import { SECRET_OVERLAP_HOURS } from "@portico/domain/webhooks/endpoints";
import { useId, useState } from "react";
import { Badge } from "../../../components/badge";
import { Button } from "../../../components/button";
import { Dialog, DialogClose } from "../../../components/dialog";
import { useToast } from "../../../components/toast";
import type { WebhookEndpointRow } from "../../../data/webhooks-repository";
import { call } from "../../../lib/callable";
import { WebhookDeliveryLog } from "./webhook-delivery-log";

const DISABLED_TEXT = {
  manual: "Turned off",
  gone: "Turned off: the endpoint answered 410 Gone",
  failing: "Turned off: deliveries kept failing",
} as const;

/** The signing secret, shown only after "Reveal" (it stays server-side until asked for). */
function SigningSecret({ endpointId, shown }: { endpointId: string; shown: string | null }) {
  const id = useId();
  const toast = useToast();
  const [secret, setSecret] = useState<string | null>(shown);
  const [busy, setBusy] = useState(false);
  const value = shown ?? secret;
  const reveal = async () => {
    setBusy(true);
    try {
      setSecret((await call(revealWebhookSecretCallable, { endpointId })).secret);
    } catch (error) {
      toast.show("Couldn't reveal the secret", {
        description: error instanceof Error ? error.message : "Please try again.",
        tone: "error",
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        Signing secret
      </label>
      <div className="copy-value-row">
        <input
          id={id}
          className="input input-mono"
          readOnly
          value={value ?? "whsec_••••••••••••••••"}
          onFocus={(event) => event.currentTarget.select()}
        />
        {!value && (
          <Button variant="secondary" busy={busy} onClick={() => void reveal()}>
            Reveal secret
          </Button>
        )}
      </div>
    </div>
  );
}

/**
 * One endpoint: its URL and events, its secret (revealed on demand, rotated
 * with a day's overlap), Send test event, turn on/off, edit, delete, and
 * its live delivery log.
 */
export function EndpointCard({
  agencyId,
  endpoint,
  newSecret,
  onEdit,
}: {
  agencyId: string;
  endpoint: WebhookEndpointRow;
  /** The secret just minted for it (after Add or Rotate), shown at once. */
  newSecret: string | null;
  onEdit: () => void;
}) {
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const [rotated, setRotated] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const enabled = endpoint.status === "enabled";
  const name = endpoint.description || endpoint.url;

  const act = async (label: string, action: () => Promise<string | undefined>) => {
    setBusy(label);
    try {
      const done = await action();
      if (done) toast.show(done, { tone: "success" });
    } catch (error) {
      toast.show(`Couldn't ${label.toLowerCase()}`, {
        description: error instanceof Error ? error.message : "Please try again.",
        tone: "error",
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card webhook-endpoint" aria-label={`Endpoint ${name}`}>
      <div className="card-header">
        <div>
          <h3 className="webhook-url">{endpoint.url}</h3>
          {endpoint.description && <p className="muted">{endpoint.description}</p>}
          <p>
            {enabled ? (
              <Badge tone="success">On</Badge>
            ) : (
              <Badge tone="danger">{DISABLED_TEXT[endpoint.disabledReason ?? "manual"]}</Badge>
            )}
          </p>
        </div>
      </div>
      <p className="muted small">
        Events:{" "}
        {endpoint.events.map((type) => (
          <code key={type}>{type} </code>
        ))}
      </p>
      <SigningSecret
        key={rotated ?? "secret"}
        endpointId={endpoint.id}
        shown={rotated ?? newSecret}
      />
      {endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date() && (
        <p className="muted small">
          The previous secret also signs until {formatDateTime(endpoint.previousSecretExpiresAt)}.
        </p>
      )}
      <div className="form-actions webhook-actions">
        <Button
          busy={busy === "Send test event"}
          disabled={!enabled}
          onClick={() =>
            void act("Send test event", async () => {
              await call(sendTestWebhookCallable, { endpointId: endpoint.id });
              return "Test event sent";
            })
          }
        >
          Send test event
        </Button>
        <Button variant="secondary" onClick={onEdit}>
          Edit
        </Button>
        <Button
          variant="secondary"
          busy={busy === "Rotate secret"}
          onClick={() =>
            void act("Rotate secret", async () => {
              const answer = await call(rotateWebhookSecretCallable, { endpointId: endpoint.id });
              setRotated(answer.secret);
              return `New secret made. The old one signs too for ${SECRET_OVERLAP_HOURS} hours.`;
            })
          }
        >
          Rotate secret
        </Button>
        <Button
          variant="secondary"
          busy={busy === "Turn on" || busy === "Turn off"}
          onClick={() =>
            void act(enabled ? "Turn off" : "Turn on", async () => {
              await call(updateWebhookEndpointCallable, {
                endpointId: endpoint.id,
                url: endpoint.url,
                description: endpoint.description,
                events: endpoint.events,
                enabled: !enabled,
              });
              return enabled ? "Endpoint turned off" : "Endpoint turned on";
            })
          }
        >
          {enabled ? "Turn off" : "Turn on"}
        </Button>
        <Button variant="danger" onClick={() => setConfirmDelete(true)}>
          Delete
        </Button>
      </div>
      <h4>Delivery log</h4>
      <WebhookDeliveryLog agencyId={agencyId} endpointId={endpoint.id} label={name} canReplay />
      <Dialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title="Delete this endpoint?"
        description={`Portico stops sending events to ${endpoint.url} and deletes its delivery log.`}
      >
        <div className="form-actions">
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button
            variant="danger"
            busy={busy === "Delete endpoint"}
            onClick={() =>
              void act("Delete endpoint", async () => {
                await call(deleteWebhookEndpointCallable, { endpointId: endpoint.id });
                setConfirmDelete(false);
                return "Endpoint deleted";
              })
            }
          >
            Delete endpoint
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
