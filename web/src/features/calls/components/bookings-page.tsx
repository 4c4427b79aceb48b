import { formatDateTimeInZone } from "@portico/domain/format";
import type { ColumnDef } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { Button } from "../../../components/button";
import { DataTable } from "../../../components/data-table";
import { LoadingScreen } from "../../../components/spinner";
import { type BookingRow, bookingListQuery } from "../../../data/calls-repository";
import { useLivePages } from "../../../lib/live-pages";
import { fill } from "../../../lib/portal-strings";
import { type CallsView, callPath, callsPath, useCallsView } from "../calls-view";
import { BookingStatusBadge } from "./call-labels";

const PAGE_SIZE = 25;

function bookingColumns(view: CallsView): ColumnDef<BookingRow, unknown>[] {
  const { t, locale } = view;
  return [
    {
      id: "when",
      header: t.booking.when,
      enableSorting: false,
      cell: ({ row }) => (
        <span data-booking-id={row.original.id}>
          {formatDateTimeInZone(row.original.startsAt, locale, view.timeZone)}
        </span>
      ),
    },
    {
      id: "what",
      header: t.booking.what,
      enableSorting: false,
      cell: ({ row }) => row.original.title ?? t.booking.untitled,
    },
    {
      id: "attendee",
      header: t.booking.attendee,
      enableSorting: false,
      cell: ({ row }) => (
        <span className="call-caller">
          <span>{row.original.attendeeName ?? row.original.attendeeEmail ?? "—"}</span>
          {row.original.attendeePhone && (
            <span className="muted small">{row.original.attendeePhone}</span>
          )}
        </span>
      ),
    },
    {
      id: "status",
      header: t.booking.status,
      enableSorting: false,
      cell: ({ row }) => (
        <span className="stack-sm">
          <BookingStatusBadge status={row.original.status} t={t} />
          {row.original.status === "cancelled" && row.original.cancellationReason && (
            <span className="muted small">
              {fill(t.booking.cancelledBecause, { reason: row.original.cancellationReason })}
            </span>
          )}
        </span>
      ),
    },
    {
      id: "call",
      header: t.booking.call,
      enableSorting: false,
      cell: ({ row }) =>
        row.original.callId ? (
          <Link to={callPath(view, row.original.callId)}>{t.booking.viewCall}</Link>
        ) : (
          <span className="muted">{t.booking.noCall}</span>
        ),
    },
  ];
}

function BookingList({ when, now }: { when: "upcoming" | "past"; now: Date }) {
  const view = useCallsView();
  const { t } = view;
  const base = useMemo(
    () => bookingListQuery(view.agencyId, view.clientId, when, now),
    [view.agencyId, view.clientId, when, now],
  );
  const pages = useLivePages(base, PAGE_SIZE);
  const columns = useMemo(() => bookingColumns(view), [view]);
  const heading = when === "upcoming" ? t.booking.upcoming : t.booking.past;
  const headingId = `bookings-${when}-heading`;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {pages.status === "loading" && <LoadingScreen label={heading} />}
      {pages.status === "error" && <p role="alert">{t.loadFailed}</p>}
      {pages.status === "ready" && pages.items.length === 0 && (
        <p className="muted">{when === "upcoming" ? t.booking.noUpcoming : t.booking.noPast}</p>
      )}
      {pages.items.length > 0 && (
        <DataTable
          label={heading}
          columns={columns}
          data={pages.items}
          getRowId={(row) => row.id}
          stackOnPhone
        />
      )}
      {pages.hasMore && (
        <div>
          <Button variant="secondary" busy={pages.loadingMore} onClick={pages.loadMore}>
            {t.loadMore}
          </Button>
        </div>
      )}
    </section>
  );
}

/** The bookings the client's agent made: upcoming first, then past, each live. */
export function BookingsPage() {
  const view = useCallsView();
  const { t } = view;
  // One moment splits upcoming from past while the page is open.
  const [now] = useState(() => new Date());
  return (
    <div className="stack bookings-page">
      <div className="page-header">
        <h1>{t.bookings}</h1>
        <Link to={callsPath(view)}>{t.calls}</Link>
      </div>
      <BookingList when="upcoming" now={now} />
      <BookingList when="past" now={now} />
    </div>
  );
}
