import { zodResolver } from "@hookform/resolvers/zod";
import { agencyNameSchema } from "@portico/domain/account";
import type { MemberDoc } from "@portico/domain/agency";
import { canManageAgency, ROLE_LABELS } from "@portico/domain/roles";
import type { ColumnDef } from "@tanstack/react-table";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Badge } from "../../../components/badge";
import { Button } from "../../../components/button";
import { DataTable } from "../../../components/data-table";
import { TextField } from "../../../components/form-field";
import { LoadingScreen } from "../../../components/spinner";
import { useToast } from "../../../components/toast";
import { renameAgency, useAgency, useMembers } from "../../agency/api/agency-repository";
import { useAgencySession } from "../../auth/api/session";

const workspaceFormSchema = z.object({ name: agencyNameSchema });
type WorkspaceForm = z.input<typeof workspaceFormSchema>;

type MemberRow = MemberDoc & { id: string };

const memberColumns: ColumnDef<MemberRow, unknown>[] = [
  { accessorKey: "displayName", header: "Name" },
  { accessorKey: "email", header: "Email" },
  {
    accessorKey: "role",
    header: "Role",
    cell: ({ row }) => (
      <Badge tone={row.original.role === "owner" ? "info" : "neutral"}>
        {ROLE_LABELS[row.original.role]}
      </Badge>
    ),
  },
  {
    accessorKey: "status",
    header: "Status",
    cell: ({ row }) => (
      <Badge tone="success">
        {row.original.status === "active" ? "Active" : row.original.status}
      </Badge>
    ),
  },
];

function WorkspaceSection() {
  const { agency } = useAgencySession();
  const agencyDoc = useAgency(agency.agencyId);
  const toast = useToast();
  const canEdit = canManageAgency(agency.role);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<WorkspaceForm>({ resolver: zodResolver(workspaceFormSchema) });

  const currentName = agencyDoc.data?.name;
  useEffect(() => {
    if (currentName !== undefined) reset({ name: currentName });
  }, [currentName, reset]);

  const onSubmit = handleSubmit(async ({ name }) => {
    try {
      await renameAgency(agency.agencyId, name);
      toast.show("Workspace name saved", { tone: "success" });
    } catch {
      toast.show("Couldn't save the workspace name", { tone: "error" });
    }
  });

  return (
    <section className="card" aria-labelledby="workspace-heading">
      <h2 id="workspace-heading">Workspace</h2>
      <form onSubmit={onSubmit} noValidate className="inline-form">
        <TextField
          label="Agency name"
          disabled={!canEdit}
          hint={canEdit ? undefined : "Only owners and admins can rename the workspace."}
          error={errors.name?.message}
          {...register("name")}
        />
        {canEdit && (
          <Button type="submit" busy={isSubmitting} disabled={!isDirty}>
            Save
          </Button>
        )}
      </form>
    </section>
  );
}

function TeamSection() {
  const { agency } = useAgencySession();
  const members = useMembers(agency.agencyId);
  return (
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
  );
}

export function SettingsPage() {
  return (
    <>
      <div className="page-header">
        <h1>Settings</h1>
      </div>
      <div className="stack-lg">
        <WorkspaceSection />
        <TeamSection />
      </div>
    </>
  );
}
