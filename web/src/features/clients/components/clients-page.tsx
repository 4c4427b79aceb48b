import { CLIENT_TYPE_LABELS, CLIENT_TYPES, type ClientType } from "@portico/domain/clients";
import { PORTAL_STATE_TONES, portalState } from "@portico/domain/portal";
import { canEditAgencyData } from "@portico/domain/roles";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { Badge } from "../../../components/badge";
import { EmptyState } from "../../../components/empty-state";
import { LoadingScreen } from "../../../components/spinner";
import { useLivePages } from "../../../lib/live-pages";
import { useAgencySession } from "../../auth/api/session";
import { useGeneralSettings } from "../../settings/api/settings-repository";
import {
  CLIENT_SORTS,
  type ClientListFilter,
  type ClientRow,
  type ClientSort,
  clientListQuery,
  matchesRestOfSearch,
  useClientCount,
} from "../api/clients-repository";
import { ClientAvatar } from "./client-avatar";
import { CreateClientButton } from "./create-client-dialog";

const PAGE_SIZE = 50;
const ROW_HEIGHT = 60;

function latestInviteText(client: ClientRow): string {
  const invite = client.latestInvite;
  if (!invite) return "No invites yet";
  const when = invite.createdAt.toLocaleDateString(undefined, { dateStyle: "medium" });
  return `${invite.status[0]?.toUpperCase()}${invite.status.slice(1)} · ${invite.services} service${invite.services === 1 ? "" : "s"} · ${when}`;
}

/** The rows of one query; remounted (React key) whenever the query changes. */
function ClientRows({
  agencyId,
  filter,
  onCount,
}: {
  agencyId: string;
  filter: ClientListFilter;
  onCount: (n: number) => void;
}) {
  const base = useMemo(() => clientListQuery(agencyId, filter), [agencyId, filter]);
  const pages = useLivePages(base, PAGE_SIZE);
  const rows = useMemo(
    () =>
      filter.search
        ? pages.items.filter((client) => matchesRestOfSearch(client, filter.search))
        : pages.items,
    [pages.items, filter.search],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastVisible = virtualRows[virtualRows.length - 1]?.index ?? 0;
  const { hasMore, loadMore } = pages;

  useEffect(() => {
    if (hasMore && lastVisible >= rows.length - 10) loadMore();
  }, [hasMore, lastVisible, rows.length, loadMore]);
  useEffect(() => onCount(rows.length), [rows.length, onCount]);

  if (pages.status === "loading") return <LoadingScreen label="Loading clients" />;
  if (pages.status === "error")
    return <p role="alert">Couldn't load clients. {pages.error?.message}</p>;
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

  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom =
    virtualizer.getTotalSize() - (virtualRows[virtualRows.length - 1]?.end ?? 0);
  const now = new Date();
  return (
    <div
      ref={scrollRef}
      className="table-scroll"
      data-testid="clients-scroll"
      // Documents this view has read so far; the benchmark reports it.
      data-documents-read={pages.documentsRead}
    >
      <table className="table" aria-label="Clients" aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Name</th>
            <th scope="col">Company or email</th>
            <th scope="col">Latest invite</th>
            <th scope="col">Portal</th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr className="spacer-row">
              <td colSpan={4} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {virtualRows.map((virtualRow) => {
            const client = rows[virtualRow.index];
            if (!client) return null;
            const state = portalState(client, now);
            return (
              <tr
                key={client.id}
                aria-rowindex={virtualRow.index + 2}
                style={{ height: ROW_HEIGHT }}
              >
                <td>
                  <Link to={`/clients/${client.id}`} className="client-cell">
                    <ClientAvatar name={client.name} faviconUrl={client.faviconUrl} />
                    <span>
                      <span className="client-name">{client.name}</span>
                      {client.type === "prospect" && <Badge tone="info">Prospect</Badge>}
                    </span>
                  </Link>
                </td>
                <td className="muted">{client.company || client.email || "—"}</td>
                <td className="muted">{latestInviteText(client)}</td>
                <td>
                  <Badge tone={PORTAL_STATE_TONES[state]}>{state}</Badge>
                </td>
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr className="spacer-row">
              <td colSpan={4} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
      {pages.loadingMore && <p className="muted table-note">Loading more…</p>}
    </div>
  );
}

export function ClientsPage() {
  const { agency } = useAgencySession();
  const { settings } = useGeneralSettings(agency.agencyId);
  const [params, setParams] = useSearchParams();
  const [searchInput, setSearchInput] = useState(params.get("q") ?? "");
  const search = useDeferredValue(searchInput.trim());
  const type = (params.get("type") as ClientType | null) ?? "all";
  const sort = (params.get("sort") as ClientSort | null) ?? "name-asc";
  const filter = useMemo<ClientListFilter>(() => ({ search, type, sort }), [search, type, sort]);
  const [loaded, setLoaded] = useState(0);
  const total = useClientCount(agency.agencyId, { search: "", type, sort }, loaded);

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
            {search
              ? `${loaded} match${loaded === 1 ? "" : "es"}`
              : total !== null
                ? `${total} client${total === 1 ? "" : "s"}`
                : ""}
          </p>
        </div>
        {canEditAgencyData(agency.role) && (
          <CreateClientButton defaultLanguage={settings?.defaultLocale ?? "en"} />
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
        <label className="toolbar-label">
          Sort
          <select
            className="input"
            value={search ? "name-asc" : sort}
            disabled={Boolean(search)}
            onChange={(event) => setParam("sort", event.target.value, "name-asc")}
          >
            {Object.entries(CLIENT_SORTS).map(([value, option]) => (
              <option key={value} value={value}>
                {option.label}
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
      />
    </>
  );
}
