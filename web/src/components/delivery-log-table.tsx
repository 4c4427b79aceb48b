import type { ReactNode } from "react";
import type { LivePages } from "../lib/live-pages";
import { Button } from "./button";

export interface DeliveryLogColumn<Row> {
  /** The column's heading; also each cell's label when the table stacks on a phone. */
  title: string;
  /** A heading only screen readers hear (an actions column). */
  hiddenTitle?: boolean;
  cell: (row: Row) => ReactNode;
}

/**
 * A live delivery log, newest first, in pages: what was sent or received and
 * what came of it. One frame for every log (webhooks Portico receives from the
 * voice platforms, webhooks it sends to the agency's endpoints): loading,
 * failure and empty states, the table, how long entries are kept, older pages.
 */
export function DeliveryLogTable<Row extends { id: string }>({
  deliveries,
  columns,
  label,
  empty,
  keptDays,
  className,
  rowAttributes,
}: {
  deliveries: LivePages<Row>;
  columns: DeliveryLogColumn<Row>[];
  /** What the log is of, for its caption ("Delivery log of …"). */
  label: string;
  empty: string;
  keptDays: number;
  className: string;
  rowAttributes?: (row: Row) => Record<`data-${string}`, string>;
}) {
  if (deliveries.status === "loading") return <p className="muted">Loading deliveries…</p>;
  if (deliveries.status === "error") return <p role="alert">Couldn't load the delivery log.</p>;
  if (deliveries.items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <div className="table-wrap">
        <table className={`table table-stack ${className}`}>
          <caption className="visually-hidden">Delivery log of {label}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.title} scope="col">
                  {column.hiddenTitle ? (
                    <span className="visually-hidden">{column.title}</span>
                  ) : (
                    column.title
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {deliveries.items.map((row) => (
              <tr key={row.id} {...rowAttributes?.(row)}>
                {columns.map((column) => (
                  <td key={column.title} data-label={column.title}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">Deliveries are kept for {keptDays} days.</p>
      {deliveries.hasMore && (
        <Button variant="secondary" busy={deliveries.loadingMore} onClick={deliveries.loadMore}>
          Show older deliveries
        </Button>
      )}
    </>
  );
}
