import { formatDateTime } from "@portico/domain/format";
import { DELIVERY_LOG_DAYS, type DeliveryResult } from "@portico/domain/voice/connections";
import { useMemo } from "react";
import { Badge, type BadgeTone } from "../../../components/badge";
import { type DeliveryLogColumn, DeliveryLogTable } from "../../../components/delivery-log-table";
import {
  connectionDeliveriesQuery,
  type DeliveryRow,
} from "../../../data/agent-connections-repository";
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

const COLUMNS: DeliveryLogColumn<DeliveryRow>[] = [
  { title: "Time", cell: (delivery) => formatDateTime(delivery.at) },
  {
    title: "Event",
    cell: (delivery) => (delivery.event ? <code>{delivery.event}</code> : "—"),
  },
  {
    title: "Result",
    cell: (delivery) => (
      <>
        <Badge tone={RESULT_TEXT[delivery.result].tone}>{RESULT_TEXT[delivery.result].label}</Badge>{" "}
        <span className="muted small">{delivery.status}</span>
      </>
    ),
  },
  { title: "Reason", cell: (delivery) => delivery.reason ?? "" },
];

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
  return (
    <DeliveryLogTable
      deliveries={deliveries}
      columns={COLUMNS}
      label={label}
      empty="No deliveries yet. Each webhook the platform sends shows here."
      keptDays={DELIVERY_LOG_DAYS}
      className="delivery-log"
    />
  );
}
