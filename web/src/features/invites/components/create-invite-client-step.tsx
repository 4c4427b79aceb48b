import { createClientCallable } from "@portico/domain/callables/clients";
import { CLIENT_TYPE_LABELS, type ClientInput } from "@portico/domain/clients";
import type { Locale } from "@portico/domain/i18n/locales";
import { limit, query } from "firebase/firestore";
import { useId, useState } from "react";
import { Badge } from "../../../components/badge";
import { Button } from "../../../components/button";
import { ClientAvatar } from "../../../components/client-avatar";
import { ClientForm } from "../../../components/client-form";
import { TextField } from "../../../components/form-field";
import {
  type ClientRow,
  clientListQuery,
  matchesRestOfSearch,
} from "../../../data/clients-repository";
import { call } from "../../../lib/callable";
import { useLiveQuery } from "../../../lib/live";
import { useDebouncedValue } from "../../../lib/use-debounced-value";

const RESULTS = 8;

interface ClientStepProps {
  agencyId: string;
  defaultLanguage: Locale;
  /** The chosen client, once loaded. */
  selected: ClientRow | null;
  onSelect: (clientId: string) => void;
  error?: string | undefined;
}

/** Step 1: select an existing client (searchable) or create a new one here. */
export function CreateInviteClientStep({
  agencyId,
  defaultLanguage,
  selected,
  onSelect,
  error,
}: ClientStepProps) {
  const [search, setSearch] = useState("");
  const [creating, setCreating] = useState(false);
  const settled = useDebouncedValue(search, 250);
  const errorId = useId();
  const results = useLiveQuery(
    query(
      clientListQuery(agencyId, { search: settled, type: "all", sort: "newest" }),
      limit(RESULTS),
    ),
  );
  const clients = (results.data ?? []).filter((client) => matchesRestOfSearch(client, settled));
  const shown =
    selected && !clients.some((client) => client.id === selected.id)
      ? [selected, ...clients]
      : clients;

  const create = async (values: ClientInput) => {
    const { clientId } = await call(createClientCallable, values);
    setCreating(false);
    onSelect(clientId);
  };

  return (
    <div className="stack">
      <TextField
        label="Search clients"
        type="search"
        hint="By name, company, email or ID."
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <fieldset
        className="client-choices"
        aria-describedby={error ? errorId : undefined}
        aria-invalid={error ? true : undefined}
      >
        <legend className="field-label">Client</legend>
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
        {results.status === "loading" && shown.length === 0 && (
          <p className="muted">Loading clients…</p>
        )}
        {results.status === "error" && (
          <p className="field-error">Clients could not be loaded. Reload the page to try again.</p>
        )}
        {results.status === "ready" && shown.length === 0 && (
          <p className="muted">
            {settled
              ? "No clients match. Create a new one below."
              : "No clients yet. Create one below."}
          </p>
        )}
        <ul className="client-choice-list">
          {shown.map((client) => (
            <li key={client.id}>
              <label className="client-choice">
                <input
                  type="radio"
                  name="invite-client"
                  value={client.id}
                  checked={selected?.id === client.id}
                  onChange={() => onSelect(client.id)}
                />
                <ClientAvatar name={client.name} faviconUrl={client.faviconUrl} size={28} />
                <span className="client-choice-text">
                  <span className="client-name">{client.name}</span>
                  <span className="muted small">
                    {client.company || client.email || "No company or email"}
                  </span>
                </span>
                {client.type === "prospect" && (
                  <Badge tone="info">{CLIENT_TYPE_LABELS.prospect}</Badge>
                )}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {creating ? (
        <section className="card inline-client" aria-labelledby="inline-client-heading">
          <h3 id="inline-client-heading">New client</h3>
          <ClientForm
            defaultValues={{
              name: "",
              company: "",
              email: "",
              website: "",
              type: "client",
              language: defaultLanguage,
            }}
            submitLabel="Create"
            onSubmit={create}
            onCancel={() => setCreating(false)}
          />
        </section>
      ) : (
        <div>
          <Button variant="secondary" onClick={() => setCreating(true)}>
            Create a new client
          </Button>
        </div>
      )}
    </div>
  );
}
