import { canManageAgency } from "@portico/domain/roles";
import { useMemo, useState } from "react";
import { Button } from "../../../components/button";
import { EmptyState } from "../../../components/empty-state";
import { LoadingScreen } from "../../../components/spinner";
import { type WebhookEndpointRow, webhookEndpointsQuery } from "../../../data/webhooks-repository";
import { useLiveQuery } from "../../../lib/live";
import { useAgencySession } from "../../../lib/session";
import { EndpointCard } from "./endpoint-card";
import { EndpointFormDialog } from "./endpoint-form-dialog";

function Intro() {
  return (
    <p className="muted">
      Portico posts what happens in your workspace (a client created, a service granted, a call
      completed…) to your own endpoints: your CRM, Zapier, Make or n8n. Each request is signed the
      Standard Webhooks way (<code>webhook-id</code>, <code>webhook-timestamp</code>,{" "}
      <code>webhook-signature</code>) and retried for about a day until your endpoint answers 2xx.
    </p>
  );
}

/** The endpoints, live; owners and admins only (the rules let nobody else read them). */
export function WebhookEndpoints({ agencyId }: { agencyId: string }) {
  const endpoints = useLiveQuery(useMemo(() => webhookEndpointsQuery(agencyId), [agencyId]));
  const [editing, setEditing] = useState<WebhookEndpointRow | "new" | null>(null);
  const [minted, setMinted] = useState<{ endpointId: string; secret: string } | null>(null);

  if (endpoints.status === "loading") return <LoadingScreen label="Loading webhooks" />;
  if (endpoints.status === "error") return <p role="alert">Couldn't load the webhooks.</p>;

  return (
    <>
      <div className="card-header">
        <h2 id="webhooks-heading">Webhooks</h2>
        <Button onClick={() => setEditing("new")}>Add endpoint</Button>
      </div>
      <Intro />
      {endpoints.data.length === 0 ? (
        <EmptyState title="No endpoints yet">
          Add an endpoint to receive events as they happen.
        </EmptyState>
      ) : (
        endpoints.data.map((endpoint) => (
          <EndpointCard
            key={endpoint.id}
            agencyId={agencyId}
            endpoint={endpoint}
            newSecret={minted?.endpointId === endpoint.id ? minted.secret : null}
            onEdit={() => setEditing(endpoint)}
          />
        ))
      )}
      <EndpointFormDialog
        endpoint={editing === "new" ? null : editing}
        open={editing !== null}
        onOpenChange={(open) => {
          if (!open) setEditing(null);
        }}
        onCreated={(created) => {
          setMinted(created);
          setEditing(null);
        }}
      />
    </>
  );
}

/** Settings -> Webhooks. */
export function WebhooksPage() {
  const { agency } = useAgencySession();
  if (!canManageAgency(agency.role)) {
    return (
      <section className="card" aria-labelledby="webhooks-heading">
        <h2 id="webhooks-heading">Webhooks</h2>
        <Intro />
        <p>Only owners and admins manage webhooks.</p>
      </section>
    );
  }
  return (
    <section className="stack-lg webhooks" aria-labelledby="webhooks-heading">
      <WebhookEndpoints agencyId={agency.agencyId} />
    </section>
  );
}
