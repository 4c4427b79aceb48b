import { formatDateTimeInZone } from "@portico/domain/format";
import { Link } from "react-router";
import { useSettled } from "../../../components/settle-together";
import {
  type CallRow,
  useCallCost,
  useLatestBookings,
  useLatestCalls,
} from "../../../data/calls-repository";
import { bookingsPath, callPath, callsPath, useCallsView } from "../calls-view";
import { BookingStatusBadge, callerOf, durationOf, formatCost, OutcomeBadge } from "./call-labels";

const LATEST = 5;

function CostText({ callId }: { callId: string }) {
  const view = useCallsView();
  const cost = useCallCost(view.agencyId, view.clientId, callId, view.staff);
  if (!view.staff || cost.status !== "ready" || !cost.data) return null;
  return (
    <span className="muted small" data-testid="call-cost">
      {view.t.columns.cost}: {formatCost(cost.data.platformCostCents)}
    </span>
  );
}

function LatestCallRow({ call }: { call: CallRow }) {
  const view = useCallsView();
  const { t, locale } = view;
  return (
    <li className="latest-call" data-call-id={call.id}>
      <Link to={callPath(view, call.id)} className="latest-call-link">
        {callerOf(call, t)}
      </Link>
      <span className="muted small">
        {formatDateTimeInZone(call.sortAt, locale, view.timeZone)} · {durationOf(call)}
      </span>
      <span className="latest-call-badges">
        <OutcomeBadge outcome={call.outcome} t={t} />
        {call.booked && <span className="muted small">{t.columns.booked}</span>}
      </span>
      {view.staff && <CostText callId={call.id} />}
    </li>
  );
}

/**
 * The few newest calls, live, with a link to all of them. `hideWhenEmpty`:
 * the portal home shows it only once the client has calls.
 */
export function LatestCalls({ hideWhenEmpty = false }: { hideWhenEmpty?: boolean }) {
  const view = useCallsView();
  const { t } = view;
  const calls = useLatestCalls(view.agencyId, view.clientId, LATEST);
  useSettled(calls.status !== "loading");
  if (hideWhenEmpty && (calls.status !== "ready" || calls.data.length === 0)) return null;
  return (
    <section className="card stack-sm" aria-labelledby="latest-calls-heading">
      <div className="card-header">
        <h2 id="latest-calls-heading">{t.latestCalls}</h2>
        <Link to={callsPath(view)}>{t.allCalls}</Link>
      </div>
      {calls.status === "error" && <p role="alert">{t.loadFailed}</p>}
      {calls.status === "ready" && calls.data.length === 0 && (
        <p className="muted">{t.emptyText}</p>
      )}
      {calls.status === "ready" && calls.data.length > 0 && (
        <ul className="plain-list latest-calls">
          {calls.data.map((call) => (
            <LatestCallRow key={call.id} call={call} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The few latest bookings, with a link to all of them (client profile). */
export function LatestBookings() {
  const view = useCallsView();
  const { t, locale } = view;
  const bookings = useLatestBookings(view.agencyId, view.clientId, LATEST);
  return (
    <section className="card stack-sm" aria-labelledby="latest-bookings-heading">
      <div className="card-header">
        <h2 id="latest-bookings-heading">{t.bookings}</h2>
        <Link to={bookingsPath(view)}>{t.allBookings}</Link>
      </div>
      {bookings.status === "error" && <p role="alert">{t.loadFailed}</p>}
      {bookings.status === "ready" && bookings.data.length === 0 && (
        <p className="muted">{t.booking.emptyText}</p>
      )}
      {bookings.status === "ready" && bookings.data.length > 0 && (
        <ul className="plain-list latest-calls">
          {bookings.data.map((booking) => (
            <li key={booking.id} className="latest-call" data-booking-id={booking.id}>
              <span>{booking.title ?? t.booking.untitled}</span>
              <span className="muted small">
                {formatDateTimeInZone(booking.startsAt, locale, view.timeZone)}
                {booking.attendeeName ? ` · ${booking.attendeeName}` : ""}
              </span>
              <span className="latest-call-badges">
                <BookingStatusBadge status={booking.status} t={t} />
                {booking.callId && (
                  <Link to={callPath(view, booking.callId)}>{t.booking.viewCall}</Link>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
