import { formatClock, formatCount, formatPercent } from "@portico/domain/format";
import type { Locale } from "@portico/domain/i18n/locales";
import type { FigureName, OverviewFigures } from "@portico/domain/voice/rollup-figures";
import { fill } from "../../../lib/portal-strings";
import type { AnalyticsView } from "../analytics-view";

const RATES: readonly FigureName[] = ["answeredRate", "bookingRate"];

/** A figure's value as the page shows it. */
export function figureValue(name: FigureName, figures: OverviewFigures, view: AnalyticsView) {
  const value = figures[name];
  if (value === null) return "–";
  if (RATES.includes(name)) return formatPercent(value, view.locale);
  if (name === "averageDurationSeconds") return formatClock(value);
  if (name === "minutes" && view.includedMinutes !== null) {
    return fill(view.t.minutesOf, {
      used: formatCount(value, view.locale),
      included: formatCount(view.includedMinutes, view.locale),
    });
  }
  return formatCount(value, view.locale);
}

/** "Up 12%", "Down 3 pts", "No change"; null when there is nothing to compare with. */
export function changeText(
  name: FigureName,
  change: number | null,
  t: AnalyticsView["t"],
  locale: Locale,
): string | null {
  if (change === null) return null;
  const rate = RATES.includes(name);
  const magnitude = rate
    ? fill(t.points, { value: formatCount(Math.round(Math.abs(change) * 100), locale) })
    : formatPercent(Math.abs(change), locale);
  if (Math.round(Math.abs(change) * 100) === 0) return t.same;
  return fill(change > 0 ? t.up : t.down, { change: magnitude });
}
