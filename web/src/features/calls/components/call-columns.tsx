import { formatDateTimeInZone } from "@portico/domain/format";
import type { ColumnDef } from "@tanstack/react-table";
import { Link } from "react-router";
import type { CallRow } from "../../../data/calls-repository";
import { type CallsView, callPath } from "../calls-view";
import { callerOf, durationOf, OutcomeBadge, SentimentBadge } from "./call-labels";

/** The calls list's columns; the date links to the call, so each row is reachable by keyboard. */
export function callColumns(view: CallsView): ColumnDef<CallRow, unknown>[] {
  const { t, locale } = view;
  return [
    {
      id: "date",
      header: t.columns.date,
      cell: ({ row }) => (
        <Link to={callPath(view, row.original.id)} className="call-link">
          {formatDateTimeInZone(row.original.sortAt, locale, view.timeZone)}
        </Link>
      ),
    },
    {
      id: "caller",
      header: t.columns.caller,
      cell: ({ row }) => (
        <span className="call-caller">
          <span>{callerOf(row.original, t)}</span>
          {row.original.callerName && row.original.callerNumber && (
            <span className="muted small">{row.original.callerNumber}</span>
          )}
        </span>
      ),
    },
    {
      id: "direction",
      header: t.columns.direction,
      cell: ({ row }) => t.direction[row.original.direction],
    },
    { id: "duration", header: t.columns.duration, cell: ({ row }) => durationOf(row.original) },
    {
      id: "outcome",
      header: t.columns.outcome,
      cell: ({ row }) => <OutcomeBadge outcome={row.original.outcome} t={t} />,
    },
    {
      id: "sentiment",
      header: t.columns.sentiment,
      cell: ({ row }) => <SentimentBadge sentiment={row.original.sentiment} t={t} />,
    },
    {
      id: "booked",
      header: t.columns.booked,
      cell: ({ row }) => (row.original.booked ? t.yes : t.no),
    },
  ];
}
