import { API_KEY_PREFIX, API_SCOPE_LABELS, type ApiKeyDoc } from "@portico/domain/api/keys";
import { revokeApiKeyCallable } from "@portico/domain/callables/api-keys";
import { formatDate, formatDateTime } from "@portico/domain/format";
import { canManageAgency } from "@portico/domain/roles";
import type { ColumnDef } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { Badge } from "../../../components/badge";
import { Button } from "../../../components/button";
import { DataTable } from "../../../components/data-table";
import { Dialog, DialogClose } from "../../../components/dialog";
import { EmptyState } from "../../../components/empty-state";
import { LoadingScreen } from "../../../components/spinner";
import { useToast } from "../../../components/toast";
import { useApiKeys } from "../../../data/api-keys-repository";
import { call } from "../../../lib/callable";
import { useAgencySession } from "../../../lib/session";
import { CreateApiKeyDialog } from "./create-api-key-dialog";

type KeyRow = ApiKeyDoc & { id: string };

function RevokeKeyDialog({ apiKey, onClose }: { apiKey: KeyRow | null; onClose: () => void }) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const revoke = async () => {
    if (!apiKey) return;
    setBusy(true);
    try {
      await call(revokeApiKeyCallable, { keyId: apiKey.id });
      toast.show("API key revoked", { description: apiKey.name, tone: "success" });
      onClose();
    } catch (error) {
      toast.show(error instanceof Error ? error.message : "Couldn't revoke the key.", {
        tone: "error",
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={apiKey !== null}
      onOpenChange={(open) => !open && onClose()}
      title={`Revoke ${apiKey?.name ?? "key"}?`}
      description="Requests with this key are refused from now on. This can't be undone."
      footer={
        <>
          <DialogClose asChild>
            <Button variant="secondary">Keep key</Button>
          </DialogClose>
          <Button variant="danger" busy={busy} onClick={() => void revoke()}>
            Revoke key
          </Button>
        </>
      }
    />
  );
}

function KeysTable({ agencyId }: { agencyId: string }) {
  const keys = useApiKeys(agencyId);
  const [revoking, setRevoking] = useState<KeyRow | null>(null);
  const columns = useMemo<ColumnDef<KeyRow, unknown>[]>(
    () => [
      { accessorKey: "name", header: "Name" },
      {
        id: "key",
        header: "Key",
        cell: ({ row }) => (
          <code>
            {API_KEY_PREFIX}…{row.original.hint}
          </code>
        ),
      },
      {
        id: "scopes",
        header: "Scopes",
        cell: ({ row }) =>
          row.original.scopes.map((scope) => API_SCOPE_LABELS[scope].label).join(", "),
      },
      {
        id: "created",
        header: "Created",
        cell: ({ row }) =>
          `${formatDate(row.original.createdAt)} by ${row.original.createdBy.name}`,
      },
      {
        id: "lastUsed",
        header: "Last used",
        cell: ({ row }) =>
          row.original.lastUsedAt ? formatDateTime(row.original.lastUsedAt) : "Never",
      },
      {
        id: "status",
        header: "Status",
        cell: ({ row }) =>
          row.original.status === "active" ? (
            <Badge tone="success">Active</Badge>
          ) : (
            <Badge tone="neutral">Revoked</Badge>
          ),
      },
      {
        id: "actions",
        header: () => <span className="visually-hidden">Actions</span>,
        cell: ({ row }) =>
          row.original.status === "active" ? (
            <Button
              variant="ghost"
              aria-label={`Revoke ${row.original.name}`}
              onClick={() => setRevoking(row.original)}
            >
              Revoke
            </Button>
          ) : null,
      },
    ],
    [],
  );

  if (keys.status === "loading") return <LoadingScreen label="Loading API keys" />;
  if (keys.status === "error") return <p role="alert">Couldn't load the API keys.</p>;
  return (
    <>
      {keys.data.length === 0 ? (
        <EmptyState title="No API keys yet">
          Make one for each tool that connects to Portico, so you can revoke it alone.
        </EmptyState>
      ) : (
        <DataTable
          label="API keys"
          columns={columns}
          data={keys.data}
          getRowId={(row) => row.id}
          stackOnPhone
        />
      )}
      <RevokeKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}

/** The keys of one agency; only owners and admins may see and manage them. */
export function ApiKeys({ agencyId, canManage }: { agencyId: string; canManage: boolean }) {
  const [creating, setCreating] = useState(false);
  return (
    <div className="stack-lg">
      <section className="card stack" aria-labelledby="api-keys-heading">
        <div className="card-header">
          <h2 id="api-keys-heading">API keys</h2>
          {canManage && <Button onClick={() => setCreating(true)}>Create API key</Button>}
        </div>
        <p className="muted">
          Connect your CRM or automation tools (Zapier, Make, n8n) to Portico's REST API. Each key
          belongs to the agency and can do only what its scopes allow.{" "}
          <Link to="/settings/api/reference">Read the API reference</Link>.
        </p>
        {canManage ? (
          <KeysTable agencyId={agencyId} />
        ) : (
          <p>Only owners and admins can see and manage API keys.</p>
        )}
      </section>
      {canManage && <CreateApiKeyDialog open={creating} onOpenChange={setCreating} />}
    </div>
  );
}

/** Settings -> API: the agency's API keys and the way to the reference. */
export function ApiKeysPage() {
  const { agency } = useAgencySession();
  return <ApiKeys agencyId={agency.agencyId} canManage={canManageAgency(agency.role)} />;
}
