import { formatDateTimeInZone } from "@portico/domain/format";
import { Link, useParams } from "react-router";
import { EmptyState } from "../../../components/empty-state";
import { LoadingScreen } from "../../../components/spinner";
import { type CallRow, useBooking, useCall, useCallCost } from "../../../data/calls-repository";
import { fill } from "../../../lib/portal-strings";
import { bookingsPath, callsPath, useCallsView } from "../calls-view";
import {
  BookingStatusBadge,
  callerOf,
  durationOf,
  formatCost,
  OutcomeBadge,
  SentimentBadge,
} from "./call-labels";
import { TranscriptPlayer } from "./transcript-player";

const valueText = (value: unknown) =>
  typeof value === "string" ? value : value === null ? "—" : JSON.stringify(value);

function CallFacts({ call }: { call: CallRow }) {
  const view = useCallsView();
  const { t, locale } = view;
  const cost = useCallCost(view.agencyId, view.clientId, call.id, view.staff);
  return (
    <section className="card" aria-labelledby="call-details-heading">
      <h2 id="call-details-heading">{t.detail.details}</h2>
      <dl className="details">
        <dt>{t.detail.started}</dt>
        <dd>{formatDateTimeInZone(call.sortAt, locale, view.timeZone)}</dd>
        <dt>{t.columns.caller}</dt>
        <dd>{callerOf(call, t)}</dd>
        <dt>{t.columns.direction}</dt>
        <dd>{t.direction[call.direction]}</dd>
        <dt>{t.columns.duration}</dt>
        <dd>{durationOf(call)}</dd>
        <dt>{t.columns.outcome}</dt>
        <dd>
          <OutcomeBadge outcome={call.outcome} t={t} />
        </dd>
        {call.transferTarget && (
          <>
            <dt>{t.detail.transferredTo}</dt>
            <dd>{call.transferTarget}</dd>
          </>
        )}
        <dt>{t.columns.sentiment}</dt>
        <dd>
          <SentimentBadge sentiment={call.sentiment} t={t} />
        </dd>
        {call.successful !== null && (
          <>
            <dt>{t.detail.successful}</dt>
            <dd>{call.successful ? t.yes : t.no}</dd>
          </>
        )}
        {view.staff && cost.status === "ready" && cost.data && (
          <>
            <dt>{t.columns.cost}</dt>
            <dd data-testid="call-cost">{formatCost(cost.data.platformCostCents)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function StructuredData({ data }: { data: Record<string, unknown> }) {
  const { t } = useCallsView();
  const entries = Object.entries(data);
  if (entries.length === 0) return null;
  return (
    <section className="card" aria-labelledby="structured-heading">
      <h2 id="structured-heading">{t.detail.structuredData}</h2>
      <dl className="details">
        {entries.map(([key, value]) => (
          <div key={key} className="details-row">
            <dt>{key}</dt>
            <dd>{valueText(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function LinkedBooking({ bookingId }: { bookingId: string | null }) {
  const view = useCallsView();
  const { t, locale } = view;
  const booking = useBooking(view.agencyId, view.clientId, bookingId);
  return (
    <section className="card" aria-labelledby="call-booking-heading">
      <h2 id="call-booking-heading">{t.detail.booking}</h2>
      {bookingId === null || (booking.status === "ready" && !booking.data) ? (
        <p className="muted">{t.detail.noBooking}</p>
      ) : booking.status === "ready" && booking.data ? (
        <div className="stack-sm" data-booking-id={booking.data.id}>
          <p>
            <strong>{booking.data.title ?? t.booking.untitled}</strong>{" "}
            <BookingStatusBadge status={booking.data.status} t={t} />
          </p>
          <p>{formatDateTimeInZone(booking.data.startsAt, locale, view.timeZone)}</p>
          {booking.data.attendeeName && <p className="muted">{booking.data.attendeeName}</p>}
          <Link to={bookingsPath(view)}>{t.allBookings}</Link>
        </div>
      ) : booking.status === "error" ? (
        <p role="alert">{t.loadFailed}</p>
      ) : (
        <LoadingScreen label={t.detail.booking} />
      )}
    </section>
  );
}

/** One call: the summary first, then the recording with its transcript, the facts, and the booking. */
export function CallDetailPage() {
  const view = useCallsView();
  const { t, locale } = view;
  const { callId = "" } = useParams();
  const call = useCall(view.agencyId, view.clientId, callId);

  if (call.status === "loading") return <LoadingScreen label={t.calls} />;
  if (call.status === "error" || !call.data) {
    return (
      <EmptyState title={t.calls} action={<Link to={callsPath(view)}>{t.allCalls}</Link>}>
        {call.status === "error" ? t.loadFailed : t.detail.notFound}
      </EmptyState>
    );
  }
  const data = call.data;
  return (
    <div className="stack call-detail" data-call-id={data.id}>
      <nav aria-label={t.calls} className="breadcrumb">
        <Link to={callsPath(view)}>{t.allCalls}</Link>
      </nav>
      <div>
        <h1>{fill(t.detail.title, { caller: callerOf(data, t) })}</h1>
        <p className="muted">
          {formatDateTimeInZone(data.sortAt, locale, view.timeZone)} · {durationOf(data)}
        </p>
      </div>
      <section className="card" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t.detail.summary}</h2>
        <p className={data.summary ? undefined : "muted"}>{data.summary ?? t.detail.noSummary}</p>
      </section>
      <div className="call-detail-grid">
        <TranscriptPlayer
          callId={data.id}
          turns={data.transcript}
          hasRecording={data.hasRecording}
        />
        <div className="stack">
          <CallFacts call={data} />
          <LinkedBooking bookingId={data.bookingId} />
          {data.structuredData && <StructuredData data={data.structuredData} />}
        </div>
      </div>
    </div>
  );
}
