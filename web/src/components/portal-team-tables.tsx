import { formatDate } from "@portico/domain/format";
import type { Locale } from "@portico/domain/i18n/locales";
import type { ColumnDef } from "@tanstack/react-table";
import { type ReactNode, useMemo } from "react";
import type { PortalInvitationRow, PortalMemberRow } from "../data/portal-repository";
import { fill, type PortalStrings } from "../lib/portal-strings";
import { Badge } from "./badge";
import { DataTable } from "./data-table";

const MEMBER_TONES = { active: "success", removed: "neutral", revoked: "danger" } as const;

/**
 * A client's portal team: who is active (or was revoked or removed) and who is
 * invited. The portal's Settings -> Team and the agency's client profile both
 * show it, each with its own actions per user and per invitation.
 */
export function PortalTeamTables({
  t,
  locale,
  members,
  invitations,
  currentUid,
  now,
  memberAction,
  invitationAction,
  actionsLabel = "Actions",
  contactLabel,
}: {
  t: PortalStrings["teamPage"];
  locale: Locale;
  members: PortalMemberRow[];
  invitations: PortalInvitationRow[];
  currentUid?: string;
  now: Date;
  memberAction?: (member: PortalMemberRow) => ReactNode;
  invitationAction?: (invitation: PortalInvitationRow) => ReactNode;
  /** The actions column's (hidden) header, in the reader's language. */
  actionsLabel?: string;
  /** Marks the client's contacts (invited by the agency), e.g. "(contact)". */
  contactLabel?: string;
}) {
  const memberColumns = useMemo<ColumnDef<PortalMemberRow, unknown>[]>(
    () => [
      {
        accessorKey: "displayName",
        header: t.name,
        cell: ({ row }) => (
          <>
            {row.original.displayName}
            {row.original.uid === currentUid && <span className="muted"> {t.you}</span>}
            {contactLabel && row.original.invitedBy.kind === "agency" && (
              <span className="muted"> {contactLabel}</span>
            )}
          </>
        ),
      },
      {
        accessorKey: "email",
        header: t.emailColumn,
        cell: ({ row }) => (
          <>
            {row.original.email}
            {row.original.pendingEmail && (
              <span className="field-hint">
                {" "}
                {fill(t.pendingEmail, { email: row.original.pendingEmail })}
              </span>
            )}
          </>
        ),
      },
      {
        accessorKey: "status",
        header: t.status,
        cell: ({ row }) => (
          <Badge tone={MEMBER_TONES[row.original.status]}>
            {t.memberStatus[row.original.status]}
          </Badge>
        ),
      },
      ...(memberAction
        ? [
            {
              id: "actions",
              header: () => <span className="visually-hidden">{actionsLabel}</span>,
              cell: ({ row }) => memberAction(row.original),
            } satisfies ColumnDef<PortalMemberRow, unknown>,
          ]
        : []),
    ],
    [t, currentUid, memberAction, actionsLabel, contactLabel],
  );

  const invitationColumns = useMemo<ColumnDef<PortalInvitationRow, unknown>[]>(
    () => [
      { accessorKey: "email", header: t.emailColumn },
      {
        id: "status",
        header: t.status,
        cell: ({ row }) =>
          row.original.expiresAt.getTime() <= now.getTime() ? (
            <Badge tone="danger">{t.expired}</Badge>
          ) : (
            <Badge tone="warning">{t.invited}</Badge>
          ),
      },
      {
        accessorKey: "expiresAt",
        header: t.expires,
        cell: ({ row }) => formatDate(row.original.expiresAt, locale),
      },
      ...(invitationAction
        ? [
            {
              id: "actions",
              header: () => <span className="visually-hidden">{actionsLabel}</span>,
              cell: ({ row }) => invitationAction(row.original),
            } satisfies ColumnDef<PortalInvitationRow, unknown>,
          ]
        : []),
    ],
    [t, locale, now, invitationAction, actionsLabel],
  );

  return (
    <>
      {members.length > 0 && (
        <DataTable
          label={t.peopleTable}
          columns={memberColumns}
          data={members}
          getRowId={(row) => row.id}
          stackOnPhone
        />
      )}
      {invitations.length > 0 && (
        <DataTable
          label={t.invitationsTable}
          columns={invitationColumns}
          data={invitations}
          getRowId={(row) => row.id}
          stackOnPhone
        />
      )}
    </>
  );
}
