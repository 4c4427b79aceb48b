import { type ReactNode, useId, useState } from "react";
import { useAnalyticsView } from "../analytics-view";

/**
 * One chart with its accessible alternative: the chart is a labelled image to
 * assistive technology, and "Show as table" swaps in the same numbers as a
 * table (for screen readers, keyboard users and anyone who wants the figures).
 */
export function ChartCard({
  id,
  title,
  chart,
  table,
}: {
  id: string;
  title: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  const { t } = useAnalyticsView();
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <section className="card stack-sm chart-card" aria-labelledby={headingId} data-chart={id}>
      <div className="card-header">
        <h2 id={headingId}>{title}</h2>
        <button
          type="button"
          className="btn btn-secondary btn-small"
          aria-pressed={asTable}
          onClick={() => setAsTable((shown) => !shown)}
        >
          {t.charts.showTable}
        </button>
      </div>
      {asTable ? (
        <div className="figure-table-frame">{table}</div>
      ) : (
        <div className="chart-frame" role="img" aria-label={title}>
          {chart}
        </div>
      )}
    </section>
  );
}

/** A plain table of rows under named columns (each chart's alternative). */
export function FigureTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}) {
  return (
    <table className="data-table figure-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={column} scope="col" className={index > 0 ? "numeric" : undefined}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row[0])}>
            {row.map((cell, index) =>
              index === 0 ? (
                <th key={`${row[0]}-head`} scope="row">
                  {cell}
                </th>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells keep their column's place.
                <td key={index} className="numeric">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
