import { formatTimeAgo } from "@portico/domain/format";
import {
  type AgentOverviewRow,
  type AgentWarning,
  agentOverviewRow,
  byAttention,
} from "@portico/domain/voice/agent-summaries";
import type { ColumnDef } from "@tanstack/react-table";
import { useMemo } from "react";
import { Link } from "react-router";
import { Badge, type BadgeTone } from "../../../components/badge";
import { DataTable } from "../../../components/data-table";
import { EmptyState } from "../../../components/empty-state";
import { LoadingScreen } from "../../../components/spinner";
import { agentSummariesQuery } from "../../../data/agent-summaries-repository";
import { useLiveQuery } from "../../../lib/live";
import { useAgencySession } from "../../../lib/session";
import { useNow } from "../../../lib/use-now";

const WARNINGS: Record<
  AgentWarning,
  { tone: BadgeTone; label: (row: AgentOverviewRow) => string }
> = {
  silent: { tone: "warning", label: (row) => `Silent for ${row.quietDays} days` },
  refusing: { tone: "danger", label: () => "Refusing deliveries" },
  syncFailing: { tone: "danger", label: () => "FAQs and settings not synced" },
  noEvents: { tone: "info", label: () => "No events yet" },
  off: { tone: "neutral", label: () => "Turned off" },
};

const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);

/** "3 minutes ago", kept current by the minute. */
function TimeAgo({ at }: { at: Date | null }) {
  const now = useNow(60_000);
  return at ? formatTimeAgo(at, now, "en", "long") : "—";
}

// One array for the page's life: TanStack renders each cell function as a
// component, so columns rebuilt each minute remounted every cell, and a
// keyboard user's focus on a client's link was lost once a minute.
const COLUMNS: ColumnDef<AgentOverviewRow, unknown>[] = [
  {
    id: "client",
    header: "Client",
    accessorFn: (row) => row.clientName,
    cell: ({ row }) => (
      <Link to={`/clients/${row.original.clientId}`}>{row.original.clientName}</Link>
    ),
  },
  {
    id: "health",
    header: "Health",
    accessorFn: (row) => row.warnings.length,
    sortDescFirst: true,
    cell: ({ row }) =>
      row.original.warnings.length === 0 ? (
        <Badge tone="success">Receiving</Badge>
      ) : (
        <span className="badge-list">
          {row.original.warnings.map((warning) => (
            <Badge key={warning} tone={WARNINGS[warning].tone}>
              {WARNINGS[warning].label(row.original)}
            </Badge>
          ))}
        </span>
      ),
  },
  { id: "calls", header: "Calls this week", accessorFn: (row) => row.callsThisWeek },
  {
    id: "answered",
    header: "Answered",
    accessorFn: (row) => row.answeredRate ?? -1,
    cell: ({ row }) => percent(row.original.answeredRate),
  },
  {
    id: "booked",
    header: "Booking rate",
    accessorFn: (row) => row.bookingRate ?? -1,
    cell: ({ row }) => percent(row.original.bookingRate),
  },
  {
    id: "lastEvent",
    header: "Last event",
    accessorFn: (row) => row.lastEventAt?.getTime() ?? 0,
    cell: ({ row }) => <TimeAgo at={row.original.lastEventAt} />,
  },
];

/**
 * Agents: every client whose AI agent has a connection, the ones that need
 * attention first (silent, refusing deliveries, no events, turned off). One
 * summary document per client, kept by functions: no call is read here.
 */
export function AgentsPage() {
  const { agency } = useAgencySession();
  const now = useNow(60_000);
  const summaries = useLiveQuery(
    useMemo(() => agentSummariesQuery(agency.agencyId), [agency.agencyId]),
  );
  const rows = useMemo(
    () =>
      (summaries.data ?? [])
        .map((summary) => agentOverviewRow(summary.id, summary, now))
        .sort(byAttention),
    [summaries.data, now],
  );
  const needAttention = rows.filter((row) => row.warnings.length > 0).length;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Agents</h1>
          <p className="muted">
            Every client's AI agent this week, the ones that need attention first.
          </p>
        </div>
      </div>
      {summaries.status === "loading" && <LoadingScreen label="Loading agents" />}
      {summaries.status === "error" && <p role="alert">Couldn't load the agents.</p>}
      {summaries.status === "ready" && rows.length === 0 && (
        <EmptyState title="No agents yet">
          Add a voice agent connection on a client's profile to see its calls here.
        </EmptyState>
      )}
      {rows.length > 0 && (
        <section className="card card-wide" aria-labelledby="agents-heading">
          <h2 id="agents-heading" className="visually-hidden">
            Agents
          </h2>
          <p className="muted" data-testid="agents-attention">
            {needAttention === 0
              ? "All agents are receiving calls."
              : `${needAttention} of ${rows.length} need attention.`}
          </p>
          <DataTable
            label="Agents"
            columns={COLUMNS}
            data={rows}
            getRowId={(row) => row.clientId}
            stackOnPhone
          />
        </section>
      )}
    </>
  );
}
