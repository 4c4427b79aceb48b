import { formatTimeAgo } from "@portico/domain/format";
import { localTime } from "@portico/domain/voice/business-hours";
import {
  type FigureName,
  figureChanges,
  overviewFigures,
  periodsEnding,
  sumDays,
} from "@portico/domain/voice/rollup-figures";
import { Link } from "react-router";
import { useSettled } from "../../../components/settle-together";
import { LoadingScreen } from "../../../components/spinner";
import { useCallDays } from "../../../data/call-days-repository";
import { useLatestCalls } from "../../../data/calls-repository";
import { fill } from "../../../lib/portal-strings";
import { useNow } from "../../../lib/use-now";
import { analyticsPath, useAnalyticsView } from "../analytics-view";
import { changeText, figureValue } from "./figure-text";

/** The Overview's period: the last 30 local days, against the 30 before. */
const OVERVIEW_DAYS = 30;

const FIGURES: readonly FigureName[] = [
  "calls",
  "answeredRate",
  "bookings",
  "bookingRate",
  "averageDurationSeconds",
  "afterHoursCaptured",
  "minutes",
];

function LastCall() {
  const view = useAnalyticsView();
  const now = useNow(30_000);
  const latest = useLatestCalls(view.agencyId, view.clientId, 1);
  if (latest.status !== "ready") return null;
  const last = latest.data[0];
  return (
    <p className="muted" data-testid="last-call">
      {last
        ? fill(view.t.lastCall, { ago: formatTimeAgo(last.sortAt, now, view.locale, "long") })
        : view.t.noCallsYet}
    </p>
  );
}

/**
 * The client's figures of the last 30 days in its time zone, each with its
 * change against the 30 days before, live from the day counters (60 documents
 * at most, however many calls).
 */
export function OverviewSection() {
  const view = useAnalyticsView();
  const { t } = view;
  const now = useNow(60_000);
  const today = localTime(now, view.timeZone ?? "UTC").date;
  const { current, previous } = periodsEnding(today, OVERVIEW_DAYS);
  const days = useCallDays(view.agencyId, view.clientId, previous.from, current.to);
  useSettled(days.status !== "loading");
  const rows = days.data ?? [];
  const figures = overviewFigures(sumDays(rows, current));
  const changes = figureChanges(figures, overviewFigures(sumDays(rows, previous)));

  return (
    <section className="card stack-sm" aria-labelledby="overview-heading">
      <div className="card-header">
        <h2 id="overview-heading">{fill(t.lastDays, { count: String(OVERVIEW_DAYS) })}</h2>
        <Link to={analyticsPath(view)}>{t.analytics}</Link>
      </div>
      <LastCall />
      {days.status === "loading" && <LoadingScreen label={t.loading} />}
      {days.status === "error" && <p role="alert">{t.loadFailed}</p>}
      {days.status === "ready" && (
        <>
          <dl className="figure-grid">
            {FIGURES.map((name) => {
              const change = changeText(name, changes[name], t, view.locale);
              return (
                <div key={name} className="figure" data-figure={name}>
                  <dt>{t.figures[name]}</dt>
                  <dd className="figure-value">{figureValue(name, figures, view)}</dd>
                  <dd className="figure-change muted small" data-change={changes[name] ?? "none"}>
                    {change ?? t.noChange}
                  </dd>
                </div>
              );
            })}
          </dl>
          <p className="muted small">{fill(t.againstPrevious, { count: String(OVERVIEW_DAYS) })}</p>
        </>
      )}
    </section>
  );
}
