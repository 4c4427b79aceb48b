import { replayWebhookDeliveryCallable } from "@portico/domain/callables/webhooks";
import { formatDateTime } from "@portico/domain/format";
import { DELIVERY_LOG_DAYS, type WebhookDeliveryState } from "@portico/domain/webhooks/deliveries";
import { useMemo, useState } from "react";
import { Badge, type BadgeTone } from "../../../components/badge";
import { Button } from "../../../components/button";
import { useToast } from "../../../components/toast";
import { type WebhookDeliveryRow, webhookDeliveriesQuery } from "../../../data/webhooks-repository";
import { call } from "../../../lib/callable";
import { useLivePages } from "../../../lib/live-pages";

const PAGE_SIZE = 10;

const STATE_TEXT: Record<WebhookDeliveryState, { label: string; tone: BadgeTone }> = {
  pending: { label: "Retrying", tone: "warning" },
  sending: { label: "Sending", tone: "info" },
  waiting: { label: "Waiting for an earlier event", tone: "neutral" },
  delivered: { label: "Delivered", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
};

/** The newest attempt's answer: the status code, or why none came. */
function Answer({ delivery }: { delivery: WebhookDeliveryRow }) {
  if (delivery.attempts === 0 && delivery.log.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {delivery.responseStatus !== null ? (
        <code data-testid="response-status">{delivery.responseStatus}</code>
      ) : (
        <span>No answer</span>
      )}
      {(delivery.responseBody || delivery.error) && (
        <span className="muted small webhook-response">
          {" "}
          {delivery.responseBody || delivery.error}
        </span>
      )}
    </>
  );
}

/**
 * What Portico sent to one endpoint, newest first and live: the event, its id
 * (the `webhook-id` the receiver saw), when, the attempt, and the answer.
 * Replay sends the same event again, with the same id.
 */
export function WebhookDeliveryLog({
  agencyId,
  endpointId,
  label,
  canReplay,
}: {
  agencyId: string;
  endpointId: string;
  label: string;
  canReplay: boolean;
}) {
  const toast = useToast();
  const [replaying, setReplaying] = useState<string | null>(null);
  const deliveries = useLivePages(
    useMemo(() => webhookDeliveriesQuery(agencyId, endpointId), [agencyId, endpointId]),
    PAGE_SIZE,
  );
  if (deliveries.status === "loading") return <p className="muted">Loading deliveries…</p>;
  if (deliveries.status === "error") return <p role="alert">Couldn't load the delivery log.</p>;
  if (deliveries.items.length === 0) {
    return <p className="muted">No deliveries yet. Each event sent to this endpoint shows here.</p>;
  }

  const replay = async (delivery: WebhookDeliveryRow) => {
    setReplaying(delivery.id);
    try {
      await call(replayWebhookDeliveryCallable, { endpointId, eventId: delivery.eventId });
      toast.show(`Sending ${delivery.type} again`, { tone: "success" });
    } catch (error) {
      toast.show("Couldn't replay this event", {
        description: error instanceof Error ? error.message : undefined,
        tone: "error",
      });
    } finally {
      setReplaying(null);
    }
  };

  return (
    <>
      <div className="table-wrap">
        <table className="table table-stack webhook-log">
          <caption className="visually-hidden">Delivery log of {label}</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Time</th>
              <th scope="col">Attempt</th>
              <th scope="col">State</th>
              <th scope="col">Response</th>
              {canReplay && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {deliveries.items.map((delivery) => (
              <tr key={delivery.id} data-event-id={delivery.eventId}>
                <td data-label="Event">
                  <code>{delivery.type}</code>
                  <div className="muted small">
                    <code>{delivery.eventId}</code>
                  </div>
                </td>
                <td data-label="Time">
                  {formatDateTime(delivery.lastAttemptAt ?? delivery.createdAt)}
                </td>
                <td data-label="Attempt">
                  {delivery.attempts}
                  {delivery.replays > 0 && (
                    <span className="muted small"> (replay {delivery.replays})</span>
                  )}
                </td>
                <td data-label="State">
                  <Badge tone={STATE_TEXT[delivery.state].tone}>
                    {STATE_TEXT[delivery.state].label}
                  </Badge>
                </td>
                <td data-label="Response">
                  <Answer delivery={delivery} />
                </td>
                {canReplay && (
                  <td data-label="Actions">
                    <Button
                      variant="secondary"
                      busy={replaying === delivery.id}
                      disabled={delivery.state === "pending" || delivery.state === "sending"}
                      onClick={() => void replay(delivery)}
                      aria-label={`Replay ${delivery.type} ${delivery.eventId}`}
                    >
                      Replay
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">Deliveries are kept for {DELIVERY_LOG_DAYS} days.</p>
      {deliveries.hasMore && (
        <Button variant="secondary" busy={deliveries.loadingMore} onClick={deliveries.loadMore}>
          Show older deliveries
        </Button>
      )}
    </>
  );
}
