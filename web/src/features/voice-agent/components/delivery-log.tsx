import { formatDateTime } from "@portico/domain/format";
import { DELIVERY_LOG_DAYS, type DeliveryResult } from "@portico/domain/voice/connections";
import { useMemo } from "react";
import { Badge, type BadgeTone } from "../../../components/badge";
import { Button } from "../../../components/button";
import { connectionDeliveriesQuery } from "../../../data/agent-connections-repository";
import { useLivePages } from "../../../lib/live-pages";

const PAGE_SIZE = 10;

/** Each result in words, and whether it was accepted (success) or refused (danger). */
const RESULT_TEXT: Record<DeliveryResult, { label: string; tone: BadgeTone }> = {
  stored: { label: "Stored", tone: "success" },
  duplicate: { label: "Already had it", tone: "success" },
  ignored: { label: "Not needed", tone: "neutral" },
  "bad-signature": { label: "Refused: bad signature", tone: "danger" },
  "missing-signature": { label: "Refused: no signature", tone: "danger" },
  "stale-timestamp": { label: "Refused: too old", tone: "danger" },
  malformed: { label: "Refused: unreadable", tone: "danger" },
  "other-agent": { label: "Refused: other agent", tone: "danger" },
  "too-large": { label: "Refused: too large", tone: "danger" },
  disabled: { label: "Refused: turned off", tone: "danger" },
};

/**
 * What the platform sent to this connection and what Portico answered, newest
 * first, live, in pages; refusals say why.
 */
export function DeliveryLog({
  agencyId,
  clientId,
  connectionId,
  label,
}: {
  agencyId: string;
  clientId: string;
  connectionId: string;
  label: string;
}) {
  const deliveries = useLivePages(
    useMemo(
      () => connectionDeliveriesQuery(agencyId, clientId, connectionId),
      [agencyId, clientId, connectionId],
    ),
    PAGE_SIZE,
  );
  if (deliveries.status === "loading") return <p className="muted">Loading deliveries…</p>;
  if (deliveries.status === "error") {
    return <p role="alert">Couldn't load the delivery log.</p>;
  }
  if (deliveries.items.length === 0) {
    return <p className="muted">No deliveries yet. Each webhook the platform sends shows here.</p>;
  }
  return (
    <>
      <div className="table-wrap">
        <table className="table table-stack delivery-log">
          <caption className="visually-hidden">Delivery log of {label}</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Event</th>
              <th scope="col">Result</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.items.map((delivery) => (
              <tr key={delivery.id}>
                <td data-label="Time">{formatDateTime(delivery.at)}</td>
                <td data-label="Event">{delivery.event ? <code>{delivery.event}</code> : "—"}</td>
                <td data-label="Result">
                  <Badge tone={RESULT_TEXT[delivery.result].tone}>
                    {RESULT_TEXT[delivery.result].label}
                  </Badge>{" "}
                  <span className="muted small">{delivery.status}</span>
                </td>
                <td data-label="Reason">{delivery.reason ?? ""}</td>
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
