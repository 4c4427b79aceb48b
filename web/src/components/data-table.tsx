import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
  type Table,
  useReactTable,
} from "@tanstack/react-table";
import { useState } from "react";

interface DataTableProps<Row> {
  /** Accessible name of the table. */
  label: string;
  columns: ColumnDef<Row, unknown>[];
  data: Row[];
  getRowId: (row: Row) => string;
  /**
   * On a phone, each row becomes a card of labelled lines instead of a table
   * wider than the screen (for tables with an actions column).
   */
  stackOnPhone?: boolean;
}

/** Sortable table on TanStack Table; headers are buttons that announce the sort order. */
export function DataTable<Row>({
  label,
  columns,
  data,
  getRowId,
  stackOnPhone = false,
}: DataTableProps<Row>) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  return (
    <div className="table-wrap">
      <table className={stackOnPhone ? "table table-stack" : "table"} aria-label={label}>
        <TableHead table={table} />
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => {
                const { header } = cell.column.columnDef;
                return (
                  <td key={cell.id} data-label={typeof header === "string" ? header : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Column headers; sortable ones are buttons that announce the order. Shared by
 * every table (client-side sorted here, Firestore-sorted on the clients list).
 */
export function TableHead<Row>({ table, rowIndex }: { table: Table<Row>; rowIndex?: number }) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} aria-rowindex={rowIndex}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const content = flexRender(header.column.columnDef.header, header.getContext());
            return (
              <th
                key={header.id}
                scope="col"
                aria-sort={
                  sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined
                }
              >
                {header.column.getCanSort() ? (
                  <button
                    type="button"
                    className="th-sort"
                    onClick={header.column.getToggleSortingHandler()}
                  >
                    {content}
                    <span aria-hidden="true">
                      {sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}
                    </span>
                  </button>
                ) : (
                  content
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
