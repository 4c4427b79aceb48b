import { formatDate, formatDateTime } from "@portico/domain/format";
import type { ColumnDef } from "@tanstack/react-table";
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
 * The invite columns shared by the board and the client profile's invite
 * history, so both show an invite the same way. `withClient` adds the client column.
 */
export function inviteColumns(
  context: InviteColumnContext,
  withClient: boolean,
): ColumnDef<InviteRow, unknown>[] {
  const columns: ColumnDef<InviteRow, unknown>[] = [
    {
      id: "services",
      header: "Services",
      cell: ({ row }) => (
        <ServiceStatusList
          invite={row.original}
          canEdit={context.canEdit}
          connectedAccountIds={context.connectedAccountIds}
        />
      ),
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
      cell: ({ row }) => (
        <InviteRowActions
          invite={row.original}
          agencyId={context.agencyId}
          canEdit={context.canEdit}
          cooldownHours={context.cooldownHours}
        />
      ),
    },
  ];
  if (!withClient) return columns;
  return [
    {
      id: "client",
      header: "Client",
      cell: ({ row }) => (
        <Link to={`/clients/${row.original.clientId}`} className="client-cell">
          <ClientAvatar
            name={row.original.client.name}
            faviconUrl={row.original.client.faviconUrl}
          />
          <span>
            <span className="client-name">{row.original.client.name}</span>
            {row.original.client.company && (
              <span className="muted small block">{row.original.client.company}</span>
            )}
          </span>
        </Link>
      ),
    },
    ...columns,
  ];
}
