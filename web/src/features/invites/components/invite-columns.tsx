import { formatDate, formatDateTime } from "@portico/domain/format";
import type { ColumnDef } from "@tanstack/react-table";
import { createContext, useContext } from "react";
import { Link } from "react-router";
import { ClientAvatar } from "../../../components/client-avatar";
import type { InviteRow } from "../../../data/invites-repository";
import { InviteRowActions } from "./invite-row-actions";
import { IntakeStatusBadge, InviteStatusBadge } from "./invite-status";
import { ServiceStatusList } from "./service-status";

export interface InviteColumnContext {
  agencyId: string;
  canEdit: boolean;
  cooldownHours: number;
  /** The live connected accounts (null while loading), to flag services whose account was removed. */
  connectedAccountIds: ReadonlySet<string> | null;
}

function remindersText(invite: InviteRow): string {
  const { count, lastSentAt } = invite.reminders;
  if (count === 0 || !lastSentAt) return "None sent";
  return `${count} sent · last ${formatDateTime(lastSentAt)}`;
}

/**
 * What the columns' cells need beside the row, given by the table's owner. A
 * React context rather than arguments of the column definitions: TanStack
 * renders each cell function as a component, so columns rebuilt when the
 * settings or the connected accounts arrive were new component types, and
 * every cell remounted, closing an open row menu under the user's pointer.
 */
const ColumnContext = createContext<InviteColumnContext | null>(null);
export const InviteColumnContextProvider = ColumnContext.Provider;

function useColumnContext(): InviteColumnContext {
  const context = useContext(ColumnContext);
  if (!context)
    throw new Error("The invite columns are rendered inside InviteColumnContextProvider.");
  return context;
}

function ServicesCell({ invite }: { invite: InviteRow }) {
  const { canEdit, connectedAccountIds } = useColumnContext();
  return (
    <ServiceStatusList
      invite={invite}
      canEdit={canEdit}
      connectedAccountIds={connectedAccountIds}
    />
  );
}

function ActionsCell({ invite }: { invite: InviteRow }) {
  const { agencyId, canEdit, cooldownHours } = useColumnContext();
  return (
    <InviteRowActions
      invite={invite}
      agencyId={agencyId}
      canEdit={canEdit}
      cooldownHours={cooldownHours}
    />
  );
}

const COLUMNS: ColumnDef<InviteRow, unknown>[] = [
  {
    id: "services",
    header: "Services",
    cell: ({ row }) => <ServicesCell invite={row.original} />,
  },
  {
    id: "intake",
    header: "Intake form",
    cell: ({ row }) => <IntakeStatusBadge status={row.original.intake.status} />,
  },
  {
    id: "status",
    header: "Status",
    cell: ({ row }) => <InviteStatusBadge status={row.original.status} />,
  },
  {
    id: "reminders",
    header: "Reminders",
    cell: ({ row }) => <span className="muted small">{remindersText(row.original)}</span>,
  },
  {
    id: "createdAt",
    header: "Created",
    cell: ({ row }) => (
      <span className="muted small">
        {formatDate(row.original.createdAt)}
        <br />
        {row.original.onboardingPage ? (
          <span data-onboarding-page={row.original.onboardingPage.pageId}>
            from the {row.original.onboardingPage.name} access page
          </span>
        ) : (
          <>by {row.original.createdBy.name}</>
        )}
      </span>
    ),
  },
  {
    id: "actions",
    header: () => <span className="visually-hidden">Actions</span>,
    cell: ({ row }) => <ActionsCell invite={row.original} />,
  },
];

const WITH_CLIENT: ColumnDef<InviteRow, unknown>[] = [
  {
    id: "client",
    header: "Client",
    cell: ({ row }) => (
      <Link to={`/clients/${row.original.clientId}`} className="client-cell">
        <ClientAvatar name={row.original.client.name} faviconUrl={row.original.client.faviconUrl} />
        <span>
          <span className="client-name">{row.original.client.name}</span>
          {row.original.client.company && (
            <span className="muted small block">{row.original.client.company}</span>
          )}
        </span>
      </Link>
    ),
  },
  ...COLUMNS,
];

/**
 * The invite columns shared by the board and the client profile's invite
 * history, so both show an invite the same way; `withClient` adds the client
 * column. The same arrays every time (render them inside InviteColumnContextProvider).
 */
export function inviteColumns(withClient: boolean): ColumnDef<InviteRow, unknown>[] {
  return withClient ? WITH_CLIENT : COLUMNS;
}
