import { localTime } from "@portico/domain/voice/business-hours";
import {
  addDays,
  dailySeries,
  type Period,
  periodsEnding,
  sumDays,
  weekdayHourGrid,
} from "@portico/domain/voice/rollup-figures";
import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import { LoadingScreen } from "../../../components/spinner";
import { downloadCallsCsv, useCallDays } from "../../../data/call-days-repository";
import { fill } from "../../../lib/portal-strings";
import { useNow } from "../../../lib/use-now";
import { useAnalyticsView } from "../analytics-view";
import {
  CallsPerDayChart,
  FunnelChart,
  OutcomesChart,
  SentimentChart,
  WeekdayHourHeatmap,
} from "./analytics-charts";

const PRESETS = [7, 30, 90] as const;
const MAX_DAYS = 366;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The range in the address (`?days=7`, or `?from=&to=` for a custom one); 30 days by default. */
function useRange(today: string): { period: Period; preset: number | null } {
  const [params] = useSearchParams();
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  if (DAY.test(from) && DAY.test(to) && from <= to && to <= addDays(from, MAX_DAYS)) {
    return { period: { from, to }, preset: null };
  }
  const days = Number(params.get("days"));
  const preset = PRESETS.find((choice) => choice === days) ?? 30;
  return { period: periodsEnding(today, preset).current, preset };
}

function RangePicker({ period, preset }: { period: Period; preset: number | null }) {
  const { t } = useAnalyticsView();
  const [, setParams] = useSearchParams();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [error, setError] = useState<string | null>(null);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!DAY.test(from) || !DAY.test(to) || from > to || to > addDays(from, MAX_DAYS)) {
      setError(t.range.invalid);
      return;
    }
    setError(null);
    setParams({ from, to });
  };
  return (
    <div className="range-picker">
      <fieldset className="range-presets">
        <legend>{t.range.label}</legend>
        {PRESETS.map((days) => (
          <button
            key={days}
            type="button"
            className="btn btn-secondary btn-small"
            aria-pressed={preset === days}
            onClick={() => setParams({ days: String(days) })}
          >
            {fill(t.range.days, { count: String(days) })}
          </button>
        ))}
      </fieldset>
      <form className="range-custom" onSubmit={apply} noValidate aria-label={t.range.custom}>
        <label className="toolbar-label">
          {t.range.from}
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label className="toolbar-label">
          {t.range.to}
          <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
        <button type="submit" className="btn btn-secondary btn-small">
          {t.range.apply}
        </button>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}

function ExportButton({ period }: { period: Period }) {
  const { t, clientId } = useAnalyticsView();
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  const exportCalls = async () => {
    setState("busy");
    try {
      const blob = await downloadCallsCsv(clientId, period.from, period.to);
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = `calls-${period.from}-to-${period.to}.csv`;
      link.click();
      URL.revokeObjectURL(url);
      setState("idle");
    } catch {
      setState("failed");
    }
  };
  return (
    <div className="stack-sm">
      <button
        type="button"
        className="btn btn-primary"
        disabled={state === "busy"}
        onClick={() => void exportCalls()}
      >
        {state === "busy" ? t.exporting : t.export}
      </button>
      {state === "failed" && <p role="alert">{t.exportFailed}</p>}
    </div>
  );
}

/**
 * Portal -> Analytics (and the agency's view under the client): the range's
 * calls per day, outcomes, sentiment, weekday x hour and the funnel, from
 * the day counters (at most one document per day), live.
 */
export function AnalyticsPage() {
  const view = useAnalyticsView();
  const { t } = view;
  const now = useNow(60_000);
  const today = localTime(now, view.timeZone ?? "UTC").date;
  const { period, preset } = useRange(today);
  const days = useCallDays(view.agencyId, view.clientId, period.from, period.to);
  const rows = days.data ?? [];
  const totals = sumDays(rows, period);
  const series = dailySeries(rows, period);

  return (
    <div className="stack-lg analytics-page">
      <div className="card-header">
        <h1>{t.analytics}</h1>
        <ExportButton period={period} />
      </div>
      <RangePicker key={`${period.from}:${period.to}`} period={period} preset={preset} />
      {days.status === "loading" && <LoadingScreen label={t.loading} />}
      {days.status === "error" && <p role="alert">{t.loadFailed}</p>}
      {days.status === "ready" && (
        <>
          {totals.calls === 0 && <p className="muted">{t.charts.noData}</p>}
          <div className="chart-grid">
            <CallsPerDayChart series={series} />
            <FunnelChart totals={totals} />
            <OutcomesChart totals={totals} />
            <SentimentChart series={series} />
          </div>
          <WeekdayHourHeatmap grid={weekdayHourGrid(rows, period)} />
        </>
      )}
    </div>
  );
}
