// One thing, just over 300 lines: Settings → Team (members, invitations and their actions).
import { zodResolver } from "@hookform/resolvers/zod";
import type { MemberDoc } from "@portico/domain/agency";
import type { AnyCallableContract, CallableInput } from "@portico/domain/callables/define";
import {
  cancelTeamInvitationCallable,
  changeMemberRoleCallable,
  inviteTeammateCallable,
  removeMemberCallable,
  resendTeamInvitationCallable,
} from "@portico/domain/callables/team";
import { formatDate } from "@portico/domain/format";
import { AGENCY_ROLES, type AgencyRole, canManageAgency, ROLE_LABELS } from "@portico/domain/roles";
import {
  canAssignRole,
  type InvitationDoc,
  type InviteTeammateInput,
  inviteTeammateInputSchema,
} from "@portico/domain/team";
import type { ColumnDef } from "@tanstack/react-table";
import { useCallback, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Badge } from "../../../components/badge";
import { Button } from "../../../components/button";
import { DataTable } from "../../../components/data-table";
import { Dialog, DialogClose } from "../../../components/dialog";
import { FormError, SelectField, TextField } from "../../../components/form-field";
import { LoadingScreen } from "../../../components/spinner";
import { useToast } from "../../../components/toast";
import { useMembers } from "../../../data/agency-repository";
import { usePendingInvitations } from "../../../data/settings-repository";
import { call } from "../../../lib/callable";
import { applyServerErrors } from "../../../lib/server-errors";
import { useAgencySession } from "../../../lib/session";

type MemberRow = MemberDoc & { id: string };
type InvitationRow = InvitationDoc & { id: string };

const roleOptions = (actor: AgencyRole, from: AgencyRole | null) =>
  AGENCY_ROLES.filter((role) => role === from || canAssignRole(actor, from, role)).map((role) => ({
    value: role,
    label: ROLE_LABELS[role],
  }));

function InviteForm({ actorRole }: { actorRole: AgencyRole }) {
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InviteTeammateInput>({
    resolver: zodResolver(inviteTeammateInputSchema),
    defaultValues: { email: "", role: "member" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await call(inviteTeammateCallable, values);
      toast.show("Invitation sent", { description: values.email, tone: "success" });
      reset({ email: "", role: values.role });
    } catch (error) {
      setFormError(applyServerErrors(error, setError));
    }
  });

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a teammate</h2>
      <form onSubmit={onSubmit} noValidate className="stack">
        <FormError>{formError}</FormError>
        <div className="inline-form">
          <TextField
            label="Email address"
            type="email"
            autoComplete="off"
            error={errors.email?.message}
            {...register("email")}
          />
          <SelectField
            label="Role"
            options={roleOptions(actorRole, null)}
            error={errors.role?.message}
            {...register("role")}
          />
          <Button type="submit" busy={isSubmitting}>
            Send invitation
          </Button>
        </div>
      </form>
    </section>
  );
}

function deliveryBadge(invitation: InvitationDoc) {
  const delivery = invitation.emailDelivery;
  if (!delivery || delivery.state === "PENDING" || delivery.state === "PROCESSING") {
    return <Badge tone="neutral">Sending email…</Badge>;
  }
  if (delivery.state === "SUCCESS") return <Badge tone="success">Email sent</Badge>;
  return (
    <span title={delivery.error ?? undefined}>
      <Badge tone="danger">Email failed, retrying</Badge>
      {delivery.error && <span className="visually-hidden">: {delivery.error}</span>}
    </span>
  );
}

export function TeamPage() {
  const { user, agency } = useAgencySession();
  const members = useMembers(agency.agencyId);
  const invitations = usePendingInvitations(agency.agencyId);
  const canManage = canManageAgency(agency.role);
  const toast = useToast();
  const [removing, setRemoving] = useState<MemberRow | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const act = useCallback(
    async <Contract extends AnyCallableContract>(
      key: string,
      contract: Contract,
      input: CallableInput<Contract>,
      success: string,
    ) => {
      setBusy(key);
      try {
        await call(contract, input);
        toast.show(success, { tone: "success" });
      } catch (error) {
        toast.show(error instanceof Error ? error.message : "That didn't work.", { tone: "error" });
      } finally {
        setBusy(null);
      }
    },
    [toast],
  );

  const memberColumns = useMemo<ColumnDef<MemberRow, unknown>[]>(
    () => [
      {
        accessorKey: "displayName",
        header: "Name",
        cell: ({ row }) => (
          <>
            {row.original.displayName}
            {row.original.uid === user.uid && <span className="muted"> (you)</span>}
          </>
        ),
      },
      { accessorKey: "email", header: "Email" },
      {
        accessorKey: "role",
        header: "Role",
        cell: ({ row }) => {
          const member = row.original;
          const editable = canManage && (agency.role === "owner" || member.role !== "owner");
          if (!editable)
            return (
              <Badge tone={member.role === "owner" ? "info" : "neutral"}>
                {ROLE_LABELS[member.role]}
              </Badge>
            );
          return (
            <select
              className="input input-compact"
              aria-label={`Role of ${member.displayName}`}
              value={member.role}
              disabled={busy === `role-${member.uid}`}
              onChange={(event) =>
                void act(
                  `role-${member.uid}`,
                  changeMemberRoleCallable,
                  { uid: member.uid, role: event.target.value as AgencyRole },
                  `${member.displayName} is now ${ROLE_LABELS[event.target.value as AgencyRole]}`,
                )
              }
            >
              {roleOptions(agency.role, member.role).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          );
        },
      },
      { id: "status", header: "Status", cell: () => <Badge tone="success">Active</Badge> },
      {
        id: "actions",
        header: () => <span className="visually-hidden">Actions</span>,
        cell: ({ row }) =>
          canManage && (agency.role === "owner" || row.original.role !== "owner") ? (
            <Button variant="ghost" onClick={() => setRemoving(row.original)}>
              Remove
            </Button>
          ) : null,
      },
    ],
    [agency.role, busy, canManage, user.uid, act],
  );

  const invitationColumns = useMemo<ColumnDef<InvitationRow, unknown>[]>(
    () => [
      { accessorKey: "email", header: "Email" },
      { accessorKey: "role", header: "Role", cell: ({ row }) => ROLE_LABELS[row.original.role] },
      {
        id: "status",
        header: "Status",
        cell: ({ row }) => (
          <span className="badge-row">
            <Badge tone="warning">Invited</Badge>
            {deliveryBadge(row.original)}
          </span>
        ),
      },
      {
        accessorKey: "expiresAt",
        header: "Link expires",
        cell: ({ row }) => formatDate(row.original.expiresAt),
      },
      {
        id: "actions",
        header: () => <span className="visually-hidden">Actions</span>,
        cell: ({ row }) =>
          canManage ? (
            <span className="row-actions">
              <Button
                variant="secondary"
                busy={busy === `resend-${row.original.id}`}
                onClick={() =>
                  void act(
                    `resend-${row.original.id}`,
                    resendTeamInvitationCallable,
                    { invitationId: row.original.id },
                    `Invitation resent to ${row.original.email}`,
                  )
                }
              >
                Resend
              </Button>
              <Button
                variant="ghost"
                busy={busy === `cancel-${row.original.id}`}
                onClick={() =>
                  void act(
                    `cancel-${row.original.id}`,
                    cancelTeamInvitationCallable,
                    { invitationId: row.original.id },
                    `Invitation to ${row.original.email} cancelled`,
                  )
                }
              >
                Cancel invitation
              </Button>
            </span>
          ) : null,
      },
    ],
    [busy, canManage, act],
  );

  return (
    <div className="stack-lg">
      {canManage && <InviteForm actorRole={agency.role} />}
      <section className="card" aria-labelledby="team-heading">
        <h2 id="team-heading">Team</h2>
        {members.status === "loading" && <LoadingScreen label="Loading team" />}
        {members.status === "error" && <p role="alert">Couldn't load the team.</p>}
        {members.status === "ready" && (
          <DataTable
            label="Team members"
            columns={memberColumns}
            data={members.data}
            getRowId={(row) => row.id}
          />
        )}
      </section>
      {invitations.status === "ready" && invitations.data.length > 0 && (
        <section className="card" aria-labelledby="invitations-heading">
          <h2 id="invitations-heading">Invitations</h2>
          <DataTable
            label="Pending invitations"
            columns={invitationColumns}
            data={invitations.data}
            getRowId={(row) => row.id}
          />
        </section>
      )}
      <Dialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={`Remove ${removing?.displayName ?? ""}?`}
        description={`${removing?.email ?? ""} will lose access to this workspace immediately, including any open sessions.`}
        footer={
          <>
            <DialogClose asChild>
              <Button variant="secondary">Keep</Button>
            </DialogClose>
            <Button
              variant="danger"
              busy={busy === "remove"}
              onClick={async () => {
                if (!removing) return;
                await act(
                  "remove",
                  removeMemberCallable,
                  { uid: removing.uid },
                  `${removing.displayName} was removed`,
                );
                setRemoving(null);
              }}
            >
              Remove from team
            </Button>
          </>
        }
      />
    </div>
  );
}
