import {
  CLIENT_TYPE_LABELS,
  CLIENT_TYPES,
  type ClientType,
  searchQueryOf,
} from "@portico/domain/clients";
import { formatDate } from "@portico/domain/format";
import { inviteStatusLabel } from "@portico/domain/invites";
import { canEditAgencyData } from "@portico/domain/roles";
import {
  type ColumnDef,
  getCoreRowModel,
  type SortingState,
  useReactTable,
} from "@tanstack/react-table";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { Badge } from "../../../components/badge";
import { ClientAvatar } from "../../../components/client-avatar";
import { EmptyState } from "../../../components/empty-state";
import { LoadingScreen } from "../../../components/spinner";
import { VirtualTable } from "../../../components/virtual-table";
import {
  CLIENT_PAGE_SIZE,
  type ClientListFilter,
  type ClientListRow,
  type ClientSort,
  clientListQuery,
  DEFAULT_CLIENT_FILTER,
  matchesRestOfSearch,
  useClientStats,
} from "../../../data/clients-repository";
import { useGeneralSettings } from "../../../data/settings-repository";
import { useLivePages } from "../../../lib/live-pages";
import { useAgencySession } from "../../../lib/session";
import { useDebouncedValue } from "../../../lib/use-debounced-value";
import { CreateClientButton } from "./create-client-dialog";
import { PortalStateBadge } from "./portal-state-badge";

const ROW_HEIGHT = 60;

function latestInviteText(client: ClientListRow): string {
  const invite = client.latestInvite;
  if (!invite) return "No invites yet";
  const when = formatDate(invite.createdAt);
  return `${inviteStatusLabel(invite.status)} · ${invite.services} service${invite.services === 1 ? "" : "s"} · ${when}`;
}

const columns: ColumnDef<ClientListRow, unknown>[] = [
  {
    id: "name",
    accessorFn: (row) => row.nameLower,
    header: "Name",
    enableSorting: true,
    cell: ({ row }) => (
      <Link to={`/clients/${row.original.id}`} className="client-cell">
        <ClientAvatar name={row.original.name} faviconUrl={row.original.faviconUrl} />
        <span>
          <span className="client-name">{row.original.name}</span>
          {row.original.type === "prospect" && <Badge tone="info">Prospect</Badge>}
          {row.original.onboarding && (
            <span className="muted small block">
              via the {row.original.onboarding.pageName} access page
            </span>
          )}
        </span>
      </Link>
    ),
  },
  {
    id: "contact",
    header: "Company or email",
    enableSorting: false,
    cell: ({ row }) => (
      <span className="muted">{row.original.company || row.original.email || "—"}</span>
    ),
  },
  {
    id: "latestInvite",
    header: "Latest invite",
    enableSorting: false,
    cell: ({ row }) => <span className="muted">{latestInviteText(row.original)}</span>,
  },
  {
    id: "portal",
    header: "Portal",
    enableSorting: false,
    cell: ({ row }) => <PortalStateBadge client={row.original} />,
  },
  {
    id: "createdAt",
    accessorFn: (row) => row.createdAt,
    header: "Added",
    enableSorting: true,
    sortDescFirst: true,
    cell: ({ row }) => <span className="muted">{formatDate(row.original.createdAt)}</span>,
  },
];

/** The list's sort as TanStack sorting state, and back (Firestore does the sorting). */
const SORT_STATE: Record<ClientSort, SortingState> = {
  "name-asc": [{ id: "name", desc: false }],
  "name-desc": [{ id: "name", desc: true }],
  newest: [{ id: "createdAt", desc: true }],
};
function sortFromState(state: SortingState): ClientSort {
  const [first] = state;
  if (first?.id === "createdAt") return "newest";
  return first?.desc ? "name-desc" : "name-asc";
}

/** The rows of one query; remounted (React key) whenever the query changes. */
function ClientRows({
  agencyId,
  filter,
  onCount,
  onSort,
}: {
  agencyId: string;
  filter: ClientListFilter;
  onCount: (loaded: { rows: number; more: boolean }) => void;
  onSort: (sort: ClientSort) => void;
}) {
  const base = useMemo(() => clientListQuery(agencyId, filter), [agencyId, filter]);
  const pages = useLivePages(base, CLIENT_PAGE_SIZE);
  const rows = useMemo(
    () =>
      filter.search
        ? pages.items.filter((client) => matchesRestOfSearch(client, filter.search))
        : pages.items,
    [pages.items, filter.search],
  );
  const sorting = filter.search ? SORT_STATE["name-asc"] : SORT_STATE[filter.sort];
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    // Firestore returns the rows already sorted; the table only shows and changes the order.
    manualSorting: true,
    enableSortingRemoval: false,
    enableSorting: !filter.search,
    state: { sorting },
    onSortingChange: (updater) =>
      onSort(sortFromState(typeof updater === "function" ? updater(sorting) : updater)),
  });
  const { hasMore, loadMore } = pages;
  const loadMoreIfAny = useCallback(() => {
    if (hasMore) loadMore();
  }, [hasMore, loadMore]);
  useEffect(() => onCount({ rows: rows.length, more: hasMore }), [rows.length, hasMore, onCount]);

  if (pages.status === "loading") return <LoadingScreen label="Loading clients" />;
  if (pages.status === "error")
    return <p role="alert">Couldn't load clients. Try again in a moment, or reload the page.</p>;
  if (rows.length === 0) {
    return filter.search || filter.type !== "all" ? (
      <EmptyState title="No clients match">
        Try another name, company, email or client ID.
      </EmptyState>
    ) : (
      <EmptyState title="No clients yet">
        Clients are the businesses you request account access from. Create your first one to send it
        an invite.
      </EmptyState>
    );
  }

  return (
    <VirtualTable
      table={table}
      label="Clients"
      rowHeight={ROW_HEIGHT}
      onNearEnd={loadMoreIfAny}
      testId="clients-scroll"
      documentsRead={pages.documentsRead}
      liveListeners={pages.liveListeners}
      onRowsShown={pages.showing}
      footer={pages.loadingMore && <p className="muted table-note">Loading more…</p>}
    />
  );
}

export function ClientsPage() {
  const { agency } = useAgencySession();
  const { settings } = useGeneralSettings(agency.agencyId);
  const [params, setParams] = useSearchParams();
  const [searchInput, setSearchInput] = useState(params.get("q") ?? "");
  // Waits for a pause in typing, so each keystroke does not start a query.
  const search = useDebouncedValue(searchInput.trim(), 250);
  const type = (params.get("type") as ClientType | null) ?? DEFAULT_CLIENT_FILTER.type;
  const sort = (params.get("sort") as ClientSort | null) ?? DEFAULT_CLIENT_FILTER.sort;
  const filter = useMemo<ClientListFilter>(() => ({ search, type, sort }), [search, type, sort]);
  const [loaded, setLoaded] = useState({ rows: 0, more: false });
  const stats = useClientStats(agency.agencyId);
  const total = stats ? (type === "all" ? stats.total : stats[type]) : null;
  const searching = searchQueryOf(search) !== null;

  const setParam = (name: string, value: string, fallback: string) => {
    const next = new URLSearchParams(params);
    if (value === fallback) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Clients</h1>
          <p className="muted" aria-live="polite">
            {searching
              ? `${loaded.rows}${loaded.more ? "+" : ""} match${loaded.rows === 1 && !loaded.more ? "" : "es"}`
              : total !== null
                ? `${total} client${total === 1 ? "" : "s"}`
                : ""}
          </p>
        </div>
        {canEditAgencyData(agency.role) && (
          <CreateClientButton
            defaultLanguage={settings?.defaultLocale ?? "en"}
            defaultTimeZone={settings?.defaultTimeZone}
          />
        )}
      </div>
      <div className="toolbar">
        <label className="visually-hidden" htmlFor="client-search">
          Search clients
        </label>
        <input
          id="client-search"
          type="search"
          className="input toolbar-search"
          placeholder="Search by name, company, email or ID"
          value={searchInput}
          onChange={(event) => {
            setSearchInput(event.target.value);
            setParam("q", event.target.value.trim(), "");
          }}
        />
        <label className="toolbar-label">
          Type
          <select
            className="input"
            value={type}
            onChange={(event) => setParam("type", event.target.value, "all")}
          >
            <option value="all">All</option>
            {CLIENT_TYPES.map((value) => (
              <option key={value} value={value}>
                {CLIENT_TYPE_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ClientRows
        key={JSON.stringify(filter)}
        agencyId={agency.agencyId}
        filter={filter}
        onCount={setLoaded}
        onSort={(next) => setParam("sort", next, "name-asc")}
      />
    </>
  );
}
