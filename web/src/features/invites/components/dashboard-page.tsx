import { PLATFORMS } from "@portico/domain/catalogue/platforms";
import { INVITE_STATUS_LABELS, INVITE_STATUSES, type InviteStatus } from "@portico/domain/invites";
import { canEditAgencyData } from "@portico/domain/roles";
import { DEFAULT_GENERAL_SETTINGS } from "@portico/domain/settings";
import { getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useCallback, useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { EmptyState } from "../../../components/empty-state";
import { LoadingScreen } from "../../../components/spinner";
import { VirtualTable } from "../../../components/virtual-table";
import {
  BOARD_PAGE_SIZE,
  type InviteBoardFilter,
  inviteBoardQuery,
  useInviteStats,
} from "../../../data/invites-repository";
import { useConnectedAccountIds, useGeneralSettings } from "../../../data/settings-repository";
import { useLivePages } from "../../../lib/live-pages";
import { useAgencySession } from "../../../lib/session";
import { ActivityFeed } from "./activity-feed";
import { ClientFilter } from "./client-filter";
import {
  type InviteColumnContext,
  InviteColumnContextProvider,
  inviteColumns,
} from "./invite-columns";

const ROW_HEIGHT = 96;

/** The invites of one filter, live, in cursor pages; remounted (React key) when the filter changes. */
function InviteBoardRows({
  filter,
  context,
  filtered,
}: {
  filter: InviteBoardFilter;
  context: InviteColumnContext;
  filtered: boolean;
}) {
  const base = useMemo(
    () => inviteBoardQuery(context.agencyId, filter),
    [context.agencyId, filter],
  );
  const pages = useLivePages(base, BOARD_PAGE_SIZE);
  const table = useReactTable({
    data: pages.items,
    columns: inviteColumns(true),
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
  });
  const { hasMore, loadMore } = pages;
  const loadMoreIfAny = useCallback(() => {
    if (hasMore) loadMore();
  }, [hasMore, loadMore]);

  if (pages.status === "loading") return <LoadingScreen label="Loading invites" />;
  if (pages.status === "error") {
    return <p role="alert">Couldn't load invites. {pages.error?.message}</p>;
  }
  if (pages.items.length === 0) {
    return filtered ? (
      <EmptyState title="No invites match">Try another status, platform or client.</EmptyState>
    ) : (
      <EmptyState
        title="No access requests yet"
        action={
          context.canEdit && (
            <Link to="/invites/new" className="btn btn-primary">
              Create Invite
            </Link>
          )
        }
      >
        Every invite you send to a client appears here and updates live as the client grants access.
      </EmptyState>
    );
  }
  return (
    <InviteColumnContextProvider value={context}>
      <VirtualTable
        table={table}
        label="Invites"
        rowHeight={ROW_HEIGHT}
        onNearEnd={loadMoreIfAny}
        testId="invite-board"
        documentsRead={pages.documentsRead}
        liveListeners={pages.liveListeners}
        onRowsShown={pages.showing}
        footer={pages.loadingMore && <p className="muted table-note">Loading more…</p>}
      />
    </InviteColumnContextProvider>
  );
}

/** Counters per status from the counter document; each is also the status filter. */
function StatusCounters({
  agencyId,
  status,
  onChange,
}: {
  agencyId: string;
  status: InviteStatus | "all";
  onChange: (status: InviteStatus | "all") => void;
}) {
  const stats = useInviteStats(agencyId);
  const options: { value: InviteStatus | "all"; label: string; count: number | undefined }[] = [
    { value: "all", label: "All invites", count: stats?.total },
    ...INVITE_STATUSES.map((value) => ({
      value,
      label: INVITE_STATUS_LABELS[value],
      count: stats?.[value],
    })),
  ];
  return (
    <fieldset className="status-counters">
      <legend className="visually-hidden">Filter by status</legend>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="status-counter"
          aria-pressed={status === option.value}
          data-status={option.value}
          onClick={() => onChange(option.value)}
        >
          <span className="status-counter-count">{option.count ?? "–"}</span>
          <span className="status-counter-label">{option.label}</span>
        </button>
      ))}
    </fieldset>
  );
}

export function DashboardPage() {
  const { agency } = useAgencySession();
  const { settings } = useGeneralSettings(agency.agencyId);
  const canEdit = canEditAgencyData(agency.role);
  const [params, setParams] = useSearchParams();
  const status = (params.get("status") as InviteStatus | null) ?? "all";
  const platform = params.get("platform") ?? "all";
  const clientId = params.get("client") ?? "";
  const filter = useMemo<InviteBoardFilter>(
    () => ({ status, platform, clientId }),
    [status, platform, clientId],
  );
  const cooldownHours =
    settings?.reminderCooldownHours ?? DEFAULT_GENERAL_SETTINGS.reminderCooldownHours;
  const connectedAccountIds = useConnectedAccountIds(agency.agencyId);
  const context = useMemo<InviteColumnContext>(
    () => ({ agencyId: agency.agencyId, canEdit, cooldownHours, connectedAccountIds }),
    [agency.agencyId, canEdit, cooldownHours, connectedAccountIds],
  );

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
          <h1>Dashboard</h1>
          <p className="muted">Every access request, live as your clients grant access.</p>
        </div>
        {canEdit && (
          <Link to="/invites/new" className="btn btn-primary">
            Create Invite
          </Link>
        )}
      </div>
      <StatusCounters
        agencyId={agency.agencyId}
        status={status}
        onChange={(value) => setParam("status", value, "all")}
      />
      <div className="board-layout">
        <div className="board-main">
          <div className="toolbar">
            <label className="toolbar-label">
              Platform
              <select
                className="input"
                value={platform}
                onChange={(event) => setParam("platform", event.target.value, "all")}
              >
                <option value="all">All platforms</option>
                {PLATFORMS.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name}
                  </option>
                ))}
              </select>
            </label>
            <ClientFilter
              agencyId={agency.agencyId}
              clientId={clientId}
              onChange={(value) => setParam("client", value, "")}
            />
          </div>
          <InviteBoardRows
            key={JSON.stringify(filter)}
            filter={filter}
            context={context}
            filtered={status !== "all" || platform !== "all" || clientId !== ""}
          />
        </div>
        <ActivityFeed agencyId={agency.agencyId} />
      </div>
    </>
  );
}
