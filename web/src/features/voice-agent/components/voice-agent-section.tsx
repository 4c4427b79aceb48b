import { useMemo, useState } from "react";
import { Button } from "../../../components/button";
import { clientConnectionsQuery } from "../../../data/agent-connections-repository";
import { useLiveQuery } from "../../../lib/live";
import { AddConnectionDialog } from "./add-connection-dialog";
import { ConnectionCard } from "./connection-card";

/**
 * Client profile → Voice agent: the client's connections to the platforms its
 * AI agent runs on and books with, live. Owners, admins and members add,
 * rotate and switch them; viewers read.
 */
export function VoiceAgentSection({
  agencyId,
  clientId,
  canEdit,
}: {
  agencyId: string;
  clientId: string;
  canEdit: boolean;
}) {
  const connections = useLiveQuery(
    useMemo(() => clientConnectionsQuery(agencyId, clientId), [agencyId, clientId]),
  );
  const [adding, setAdding] = useState(false);
  // A secret Portico just minted, for the one connection it belongs to; never stored here.
  const [revealed, setRevealed] = useState<{ connectionId: string; secret: string } | null>(null);
  const rows = connections.data ?? [];

  return (
    <section className="card card-wide voice-agent" aria-labelledby="voice-agent-heading">
      <div className="section-header">
        <h2 id="voice-agent-heading">Voice agent</h2>
        {canEdit && <Button onClick={() => setAdding(true)}>Add connection</Button>}
      </div>
      <p className="muted">
        The platforms the client's AI agent runs on (Retell AI, Vapi) and books with (Cal.com,
        Calendly) send their calls and bookings here, each through its own signed webhook URL.
      </p>
      {connections.status === "loading" && <p className="muted">Loading connections…</p>}
      {connections.status === "error" && <p role="alert">Couldn't load the connections.</p>}
      {connections.status === "ready" && rows.length === 0 && (
        <p className="muted">
          No connections yet.{" "}
          {canEdit ? "Add one to show the client their agent's calls and bookings." : ""}
        </p>
      )}
      <div className="connection-list">
        {rows.map((connection) => (
          <ConnectionCard
            key={connection.id}
            agencyId={agencyId}
            clientId={clientId}
            connection={connection}
            canEdit={canEdit}
            revealed={revealed?.connectionId === connection.id ? revealed.secret : null}
            onReveal={(secret) =>
              setRevealed(secret ? { connectionId: connection.id, secret } : null)
            }
          />
        ))}
      </div>
      {canEdit && (
        <AddConnectionDialog
          clientId={clientId}
          open={adding}
          onOpenChange={setAdding}
          onAdded={({ connectionId, secret }) => {
            setAdding(false);
            setRevealed(secret ? { connectionId, secret } : null);
          }}
        />
      )}
    </section>
  );
}
