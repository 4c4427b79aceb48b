import { deleteClientCallable, updateClientCallable } from "@portico/domain/callables/clients";
import { CLIENT_TYPE_LABELS, type ClientInput, metadataToEntries } from "@portico/domain/clients";
import { formatDateTime, formatTimeZoneChoice } from "@portico/domain/format";
import { LOCALE_LABELS } from "@portico/domain/i18n/locales";
import { type PortalState, portalState } from "@portico/domain/portal";
import { canEditAgencyData } from "@portico/domain/roles";
import { type ComponentType, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { Button } from "../../../components/button";
import { ClientAvatar } from "../../../components/client-avatar";
import { ClientForm } from "../../../components/client-form";
import { Dialog, DialogClose } from "../../../components/dialog";
import { EmptyState } from "../../../components/empty-state";
import { LoadingScreen } from "../../../components/spinner";
import { useToast } from "../../../components/toast";
import { type ClientRow, useClient } from "../../../data/clients-repository";
import { call } from "../../../lib/callable";
import { useAgencySession } from "../../../lib/session";
import { useRerenderAt } from "../../../lib/use-now";
import { ClientBillingSection } from "./client-billing-section";
import { ClientPortalTeam } from "./client-portal-team";
import { IntakeResponsesSection } from "./intake-responses";
import { MetadataEditor } from "./metadata-editor";
import { NO_PORTAL_EMAIL_REASON, PortalActionBar } from "./portal-actions";
import { PortalSectionsCard } from "./portal-sections-card";
import { PortalStateBadge } from "./portal-state-badge";

function Details({ client, canEdit }: { client: ClientRow; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const toast = useToast();
  const save = async (values: ClientInput) => {
    await call(updateClientCallable, {
      ...values,
      clientId: client.id,
      metadata: metadataToEntries(client.metadata),
    });
    setEditing(false);
    toast.show("Client saved", { tone: "success" });
  };
  const copyId = async () => {
    try {
      await navigator.clipboard.writeText(client.id);
      toast.show("Client ID copied", { description: client.id, tone: "success" });
    } catch {
      toast.show("Couldn't copy the client ID", {
        description: "Select it and copy it yourself.",
        tone: "error",
      });
    }
  };
  if (editing) {
    return (
      <ClientForm
        defaultValues={{
          name: client.name,
          company: client.company,
          email: client.email,
          website: client.website,
          type: client.type,
          language: client.language,
          timeZone: client.timeZone,
        }}
        submitLabel="Save details"
        onSubmit={save}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <>
      <dl className="details">
        <dt>Company</dt>
        <dd>{client.company || "—"}</dd>
        <dt>Email</dt>
        <dd>{client.email ? <a href={`mailto:${client.email}`}>{client.email}</a> : "—"}</dd>
        <dt>Website</dt>
        <dd>
          {client.website ? (
            <a href={client.website} target="_blank" rel="noreferrer noopener">
              {client.website}
            </a>
          ) : (
            "—"
          )}
        </dd>
        <dt>Type</dt>
        <dd>{CLIENT_TYPE_LABELS[client.type]}</dd>
        <dt>Language</dt>
        <dd>{LOCALE_LABELS[client.language]}</dd>
        <dt>Time zone</dt>
        <dd>{formatTimeZoneChoice(client.timeZone, new Date())}</dd>
        <dt>Client ID</dt>
        <dd>
          <code>{client.id}</code>{" "}
          <Button
            variant="ghost"
            className="btn-small"
            aria-label="Copy client ID"
            onClick={() => void copyId()}
          >
            Copy
          </Button>
        </dd>
      </dl>
      {canEdit && (
        <div>
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit details
          </Button>
        </div>
      )}
    </>
  );
}

/** What the portal state means for this client, under the badge. */
function portalStateText(client: ClientRow, state: PortalState): string {
  const expiresAt = client.portal?.expiresAt;
  const until = expiresAt ? formatDateTime(expiresAt) : undefined;
  switch (state) {
    case "No Email":
      return NO_PORTAL_EMAIL_REASON;
    case "Email Set":
      return client.portal?.status === "cancelled" && client.portal.cancelledEmail
        ? `The invitation sent to ${client.portal.cancelledEmail} was cancelled when the email changed: its link no longer works. Resend it to ${client.email}.`
        : `The portal invitation will go to ${client.email}.`;
    case "Invite Sent":
      return `Invitation sent to ${client.portal?.invitedEmail ?? client.email}. The link works until ${until}.`;
    case "Expired":
      return `The invitation to ${client.portal?.invitedEmail ?? client.email} expired on ${until}. Resend it for a fresh link.`;
    case "Active":
      return "The client has a portal account and can sign in.";
    case "Revoked":
      return "Portal access was revoked. Send a new invitation to give it back.";
  }
}

/** The client's invites on its profile; the app passes the invites feature's sections in. */
export type InviteHistoryComponent = ComponentType<{
  agencyId: string;
  clientId: string;
  canEdit: boolean;
}>;

/** The client's latest calls and bookings on its profile; the app passes the calls feature's section in. */
export type CallsSummaryComponent = ComponentType<{ agencyId: string; clientId: string }>;

/** The client's AI agent connections; the app passes the voice-agent feature's section in. */
export type VoiceAgentComponent = InviteHistoryComponent;

export function ClientProfilePage({
  InviteHistory,
  VoiceAgent,
  CallsSummary,
}: {
  InviteHistory: InviteHistoryComponent;
  VoiceAgent: VoiceAgentComponent;
  CallsSummary?: CallsSummaryComponent;
}) {
  const { clientId = "" } = useParams();
  const { agency } = useAgencySession();
  const client = useClient(agency.agencyId, clientId);
  const canEdit = canEditAgencyData(agency.role);
  const toast = useToast();
  const navigate = useNavigate();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const now = new Date();
  // The actions turn to Resend Invitation by themselves when the link's time is up.
  useRerenderAt(client.data?.portal?.status === "invited" ? client.data.portal.expiresAt : null);

  if (client.status === "loading") return <LoadingScreen label="Loading client" />;
  if (client.status === "error" || !client.data) {
    return (
      <EmptyState title="Client not found" action={<Link to="/clients">Back to clients</Link>}>
        This client doesn't exist or was deleted.
      </EmptyState>
    );
  }
  const data = client.data;
  const state = portalState(data, now);

  const remove = async () => {
    setDeleting(true);
    try {
      await call(deleteClientCallable, { clientId: data.id });
      toast.show("Client deleted", { description: data.name, tone: "success" });
      navigate("/clients", { replace: true });
    } catch (error) {
      toast.show(error instanceof Error ? error.message : "Couldn't delete the client.", {
        tone: "error",
      });
      setDeleting(false);
    }
  };

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/clients">Clients</Link> <span aria-hidden="true">/</span>{" "}
        <span>{data.name}</span>
      </nav>
      <div className="page-header">
        <div className="profile-title">
          <ClientAvatar name={data.name} faviconUrl={data.faviconUrl} size={48} />
          <div>
            <h1>{data.name}</h1>
            <p className="muted">
              {CLIENT_TYPE_LABELS[data.type]} · Portal: <PortalStateBadge client={data} />
            </p>
          </div>
        </div>
        <PortalActionBar
          client={data}
          state={state}
          agencyId={agency.agencyId}
          canEdit={canEdit}
          lead={
            <Link to={`/invites/new?client=${data.id}`} className="btn btn-primary">
              Create Invite
            </Link>
          }
        >
          <Button variant="danger" onClick={() => setConfirmDelete(true)}>
            Delete client
          </Button>
        </PortalActionBar>
      </div>

      <div className="profile-grid">
        <section className="card" aria-labelledby="details-heading">
          <h2 id="details-heading">Details</h2>
          <Details client={data} canEdit={canEdit} />
        </section>
        <section className="card" aria-labelledby="portal-heading">
          <h2 id="portal-heading">Portal access</h2>
          <p>
            <PortalStateBadge client={data} />
          </p>
          <p className="muted">{portalStateText(data, state)}</p>
        </section>
        <ClientPortalTeam
          agencyId={agency.agencyId}
          clientId={data.id}
          canEdit={canEdit}
          portalActive={data.portal?.status === "active"}
        />
        <InviteHistory agencyId={agency.agencyId} clientId={data.id} canEdit={canEdit} />
        <VoiceAgent agencyId={agency.agencyId} clientId={data.id} canEdit={canEdit} />
        {CallsSummary && <CallsSummary agencyId={agency.agencyId} clientId={data.id} />}
        <PortalSectionsCard client={data} />
        <ClientBillingSection clientId={data.id} />
        <IntakeResponsesSection agencyId={agency.agencyId} clientId={data.id} />
        <section className="card" aria-labelledby="metadata-heading">
          <h2 id="metadata-heading">Metadata</h2>
          <MetadataEditor
            entries={metadataToEntries(data.metadata)}
            readOnly={!canEdit}
            onSave={async (entries) => {
              await call(updateClientCallable, {
                clientId: data.id,
                name: data.name,
                company: data.company,
                email: data.email,
                website: data.website,
                type: data.type,
                language: data.language,
                timeZone: data.timeZone,
                metadata: entries,
              });
              toast.show("Metadata saved", { tone: "success" });
            }}
          />
        </section>
      </div>

      <Dialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={`Delete ${data.name}?`}
        description="This removes the client with its invite history, intake responses, portal accounts and retained tokens. It cannot be undone."
        footer={
          <>
            <DialogClose asChild>
              <Button variant="secondary">Keep client</Button>
            </DialogClose>
            <Button variant="danger" busy={deleting} onClick={() => void remove()}>
              Delete {data.name}
            </Button>
          </>
        }
      />
    </>
  );
}
