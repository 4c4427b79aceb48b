import { getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useCallback, useMemo } from "react";
import { Link } from "react-router";
import { EmptyState } from "../../../components/empty-state";
import { LoadingScreen } from "../../../components/spinner";
import { VirtualTable } from "../../../components/virtual-table";
import { type CallListFilter, callListQuery } from "../../../data/calls-repository";
import { useLivePages } from "../../../lib/live-pages";
import { fill } from "../../../lib/portal-strings";
import { bookingsPath, type CallsView, useCallsView } from "../calls-view";
import { useCallFilter } from "../hooks/use-call-filter";
import { callColumns } from "./call-columns";
import { CallFilters } from "./call-filters";

const PAGE_SIZE = 50;
const ROW_HEIGHT = 56;

/** The rows of one query, live and in cursor pages; remounted (React key) when the query changes. */
function CallRows({
  view,
  filter,
  filtered,
}: {
  view: CallsView;
  filter: CallListFilter;
  filtered: boolean;
}) {
  const { t } = view;
  const base = useMemo(
    () => callListQuery(view.agencyId, view.clientId, filter),
    [view.agencyId, view.clientId, filter],
  );
  const pages = useLivePages(base, PAGE_SIZE);
  const columns = useMemo(() => callColumns(view), [view]);
  const table = useReactTable({
    data: pages.items,
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
  });
  const { hasMore, loadMore } = pages;
  const loadMoreIfAny = useCallback(() => {
    if (hasMore) loadMore();
  }, [hasMore, loadMore]);

  if (pages.status === "loading") return <LoadingScreen label={t.calls} />;
  if (pages.status === "error") return <p role="alert">{t.loadFailed}</p>;
  if (pages.items.length === 0) {
    return filtered ? (
      <EmptyState title={t.noMatch}>{t.noMatchText}</EmptyState>
    ) : (
      <EmptyState title={t.empty}>{t.emptyText}</EmptyState>
    );
  }
  return (
    <>
      <p className="muted small" aria-live="polite">
        {fill(hasMore ? t.countMore : t.count, { count: String(pages.items.length) })}
      </p>
      <VirtualTable
        table={table}
        label={t.calls}
        rowHeight={ROW_HEIGHT}
        onNearEnd={loadMoreIfAny}
        testId="calls-scroll"
        documentsRead={pages.documentsRead}
        liveListeners={pages.liveListeners}
        onRowsShown={pages.showing}
        rowAttributes={(row) => ({ "data-call-id": row.id })}
        footer={pages.loadingMore && <p className="muted table-note">{t.loadingMore}</p>}
      />
    </>
  );
}

/** A client's calls, newest first and live: portal Calls, and the agency's view of them. */
export function CallsPage() {
  const view = useCallsView();
  const { t } = view;
  const { filter, isFiltered, searchInput, setSearch, setFilter } = useCallFilter();
  return (
    <div className="stack calls-page">
      <div className="page-header">
        <h1>{t.calls}</h1>
        <Link to={bookingsPath(view)}>{t.bookings}</Link>
      </div>
      <CallFilters
        t={t}
        search={searchInput}
        onSearch={setSearch}
        filter={filter}
        onChange={setFilter}
      />
      <CallRows key={JSON.stringify(filter)} view={view} filter={filter} filtered={isFiltered} />
    </div>
  );
}
