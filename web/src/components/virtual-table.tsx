import { flexRender, type Table } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { type ReactNode, useEffect, useRef } from "react";
import { TableHead } from "./data-table";

interface VirtualTableProps<Row> {
  table: Table<Row>;
  /** Accessible name of the table. */
  label: string;
  /** Height of a row (its minimum; taller rows are measured). */
  rowHeight: number;
  /** Called when the last rendered row is near the end of the loaded rows (load the next page). */
  onNearEnd?: () => void;
  testId?: string;
  /** Documents this view has read so far; the benchmarks report it. */
  documentsRead?: number;
  /** Listeners the view keeps open now; the benchmarks report it. */
  liveListeners?: number;
  /** Told which rows are rendered (on screen, plus a few): live pages follow them (useLivePages' showing). */
  onRowsShown?: (firstRow: number, lastRow: number) => void;
  footer?: ReactNode;
  /** Extra data-* attributes of a row (e.g. data-call-id), for tests and benchmarks. */
  rowAttributes?: (row: Row) => Record<`data-${string}`, string>;
}

/**
 * A table whose body renders only the rows in view (plus a few), with spacer
 * rows keeping the scroll height: the DOM stays small however many rows are
 * loaded. Row and column counts stay announced through aria-rowcount/index.
 */
export function VirtualTable<Row>({
  table,
  label,
  rowHeight,
  onNearEnd,
  testId,
  documentsRead,
  liveListeners,
  onRowsShown,
  footer,
  rowAttributes,
}: VirtualTableProps<Row>) {
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const firstVisible = virtualRows[0]?.index ?? 0;
  const lastVisible = virtualRows[virtualRows.length - 1]?.index ?? 0;

  useEffect(() => {
    onRowsShown?.(firstVisible, lastVisible);
  }, [onRowsShown, firstVisible, lastVisible]);

  useEffect(() => {
    if (onNearEnd && lastVisible >= rows.length - 10) onNearEnd();
  }, [onNearEnd, lastVisible, rows.length]);

  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom =
    virtualizer.getTotalSize() - (virtualRows[virtualRows.length - 1]?.end ?? 0);
  const columnCount = table.getVisibleLeafColumns().length;
  return (
    <div
      ref={scrollRef}
      className="table-scroll"
      data-testid={testId}
      data-documents-read={documentsRead}
      data-live-listeners={liveListeners}
    >
      <table className="table" aria-label={label} aria-rowcount={rows.length + 1}>
        <TableHead table={table} rowIndex={1} />
        <tbody>
          {paddingTop > 0 && (
            <tr className="spacer-row">
              <td colSpan={columnCount} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {virtualRows.map((virtualRow) => {
            const row = rows[virtualRow.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                // Rows taller than rowHeight (e.g. many services) are measured, so scrolling stays true.
                ref={virtualizer.measureElement}
                data-index={virtualRow.index}
                data-row-id={row.id}
                {...rowAttributes?.(row.original)}
                aria-rowindex={virtualRow.index + 2}
                style={{ height: rowHeight }}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr className="spacer-row">
              <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
      {footer}
    </div>
  );
}
