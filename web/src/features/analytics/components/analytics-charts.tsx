import {
  formatCount,
  formatDay,
  formatDayShort,
  formatPercent,
  formatWeekdayShort,
} from "@portico/domain/format";
import { WEEKDAYS } from "@portico/domain/voice/business-hours";
import type { DayPoint, DayTotals } from "@portico/domain/voice/rollup-figures";
import { funnel, outcomeCounts } from "@portico/domain/voice/rollup-figures";
import type { ReactNode } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useAnalyticsView } from "../analytics-view";
import { ChartCard, FigureTable } from "./chart-card";

/*
 * The Analytics charts (recharts, loaded only with this page) and each one's
 * table of the same numbers.
 */

const COLORS = {
  answered: "#2563a8",
  missed: "#c2410c",
  positive: "#15803d",
  neutral: "#6b7280",
  negative: "#b91c1c",
  unknown: "#a8a29e",
  bar: "#2563a8",
} as const;

const HEIGHT = 240;
const AXIS_TICK = { fontSize: 12 };

/** Bars per day, stacked as the children say, on the charts' shared grid, axes, tooltip and legend. */
function DailyBars({ data, children }: { data: object[]; children: ReactNode }) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={data} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={12} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} width={32} />
        <Tooltip />
        <Legend />
        {children}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function CallsPerDayChart({ series }: { series: DayPoint[] }) {
  const { t, locale } = useAnalyticsView();
  const data = series.map((point) => ({ ...point, label: formatDayShort(point.day, locale) }));
  return (
    <ChartCard
      id="calls-per-day"
      title={t.charts.callsPerDay}
      chart={
        <DailyBars data={data}>
          <Bar dataKey="answered" name={t.charts.answered} stackId="calls" fill={COLORS.answered} />
          <Bar dataKey="missed" name={t.charts.missed} stackId="calls" fill={COLORS.missed} />
        </DailyBars>
      }
      table={
        <FigureTable
          caption={t.charts.callsPerDay}
          columns={[t.charts.day, t.charts.answered, t.charts.missed, t.charts.count]}
          rows={series.map((point) => [
            formatDay(point.day, locale),
            formatCount(point.answered, locale),
            formatCount(point.missed, locale),
            formatCount(point.calls, locale),
          ])}
        />
      }
    />
  );
}

export function OutcomesChart({ totals }: { totals: DayTotals }) {
  const { t, callsT, locale } = useAnalyticsView();
  const counts = outcomeCounts(totals).filter((entry) => entry.count > 0);
  const data = counts.map((entry) => ({ ...entry, label: callsT.outcome[entry.outcome] }));
  return (
    <ChartCard
      id="outcomes"
      title={t.charts.outcomes}
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={data} layout="vertical" accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
            <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={96} />
            <Tooltip />
            <Bar dataKey="count" name={t.charts.count} fill={COLORS.bar} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <FigureTable
          caption={t.charts.outcomes}
          columns={[callsT.columns.outcome, t.charts.count, t.charts.share]}
          rows={counts.map((entry) => [
            callsT.outcome[entry.outcome],
            formatCount(entry.count, locale),
            formatPercent(totals.calls === 0 ? null : entry.count / totals.calls, locale),
          ])}
        />
      }
    />
  );
}

const SENTIMENT_KEYS = ["positive", "neutral", "negative", "unknown"] as const;

export function SentimentChart({ series }: { series: DayPoint[] }) {
  const { t, callsT, locale } = useAnalyticsView();
  const data = series.map((point) => ({ ...point, label: formatDayShort(point.day, locale) }));
  return (
    <ChartCard
      id="sentiment"
      title={t.charts.sentiment}
      chart={
        <DailyBars data={data}>
          {SENTIMENT_KEYS.map((key) => (
            <Bar
              key={key}
              dataKey={key}
              name={callsT.sentiment[key]}
              stackId="sentiment"
              fill={COLORS[key]}
            />
          ))}
        </DailyBars>
      }
      table={
        <FigureTable
          caption={t.charts.sentiment}
          columns={[t.charts.day, ...SENTIMENT_KEYS.map((key) => callsT.sentiment[key])]}
          rows={series.map((point) => [
            formatDay(point.day, locale),
            ...SENTIMENT_KEYS.map((key) => formatCount(point[key], locale)),
          ])}
        />
      }
    />
  );
}

export function FunnelChart({ totals }: { totals: DayTotals }) {
  const { t, locale } = useAnalyticsView();
  const steps = funnel(totals);
  const data = [
    { label: t.charts.count, count: steps.calls },
    { label: t.charts.answered, count: steps.answered },
    { label: t.charts.booked, count: steps.booked },
  ];
  return (
    <ChartCard
      id="funnel"
      title={t.charts.funnel}
      chart={
        <ResponsiveContainer width="100%" height={160}>
          <BarChart data={data} layout="vertical" accessibilityLayer={false}>
            <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
            <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={96} />
            <Tooltip />
            <Bar dataKey="count" name={t.charts.count} fill={COLORS.bar} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <FigureTable
          caption={t.charts.funnel}
          columns={[t.charts.step, t.charts.count, t.charts.share]}
          rows={data.map((step) => [
            step.label,
            formatCount(step.count, locale),
            formatPercent(steps.calls === 0 ? null : step.count / steps.calls, locale),
          ])}
        />
      }
    />
  );
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/**
 * Weekday x hour as a table whose cells are shaded by count: it is its own
 * table alternative. Hours are rows so the seven weekdays fit a phone's width.
 */
export function WeekdayHourHeatmap({ grid }: { grid: number[][] }) {
  const { t, locale } = useAnalyticsView();
  const max = Math.max(1, ...grid.flat());
  return (
    <section
      className="card stack-sm chart-card"
      aria-labelledby="heatmap-heading"
      data-chart="heatmap"
    >
      <h2 id="heatmap-heading">{t.charts.heatmap}</h2>
      <table className="heatmap" data-testid="heatmap">
        <caption className="visually-hidden">{t.charts.heatmap}</caption>
        <thead>
          <tr>
            <th scope="col">{t.charts.hour}</th>
            {WEEKDAYS.map((weekday, index) => (
              <th key={weekday} scope="col">
                <abbr title={t.weekdays[weekday]}>{formatWeekdayShort(index, locale)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {HOURS.map((hour) => (
            <tr key={hour}>
              <th scope="row">{`${String(hour).padStart(2, "0")}:00`}</th>
              {WEEKDAYS.map((weekday, row) => {
                const count = grid[row]?.[hour] ?? 0;
                const level = count === 0 ? 0 : Math.ceil((count / max) * 4);
                return (
                  <td key={weekday} className="heatmap-cell" data-level={level}>
                    {count > 0 ? formatCount(count, locale) : ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
