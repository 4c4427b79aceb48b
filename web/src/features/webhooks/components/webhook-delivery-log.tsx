import { replayWebhookDeliveryCallable } from "@portico/domain/callables/webhooks";
import { formatDateTime } from "@portico/domain/format";
import { DELIVERY_LOG_DAYS, type WebhookDeliveryState } from "@portico/domain/webhooks/deliveries";
import { useMemo, useState } from "react";
import { Badge, type BadgeTone } from "../../../components/badge";
import { Button } from "../../../components/button";
import { type DeliveryLogColumn, DeliveryLogTable } from "../../../components/delivery-log-table";
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

  const columns: DeliveryLogColumn<WebhookDeliveryRow>[] = [
    {
      title: "Event",
      cell: (delivery) => (
        <>
          <code>{delivery.type}</code>
          <div className="muted small">
            <code>{delivery.eventId}</code>
          </div>
        </>
      ),
    },
    {
      title: "Time",
      cell: (delivery) => formatDateTime(delivery.lastAttemptAt ?? delivery.createdAt),
    },
    {
      title: "Attempt",
      cell: (delivery) => (
        <>
          {delivery.attempts}
          {delivery.replays > 0 && (
            <span className="muted small"> (replay {delivery.replays})</span>
          )}
        </>
      ),
    },
    {
      title: "State",
      cell: (delivery) => (
        <Badge tone={STATE_TEXT[delivery.state].tone}>{STATE_TEXT[delivery.state].label}</Badge>
      ),
    },
    { title: "Response", cell: (delivery) => <Answer delivery={delivery} /> },
  ];
  if (canReplay) {
    columns.push({
      title: "Actions",
      hiddenTitle: true,
      cell: (delivery) => (
        <Button
          variant="secondary"
          busy={replaying === delivery.id}
          disabled={delivery.state === "pending" || delivery.state === "sending"}
          onClick={() => void replay(delivery)}
          aria-label={`Replay ${delivery.type} ${delivery.eventId}`}
        >
          Replay
        </Button>
      ),
    });
  }

  return (
    <DeliveryLogTable
      deliveries={deliveries}
      columns={columns}
      label={label}
      empty="No deliveries yet. Each event sent to this endpoint shows here."
      keptDays={DELIVERY_LOG_DAYS}
      className="webhook-log"
      rowAttributes={(delivery) => ({ "data-event-id": delivery.eventId })}
    />
  );
}
