import { searchQueryOf } from "@portico/domain/clients";
import { limit, query } from "firebase/firestore";
import { useId, useMemo, useState } from "react";
import { Button } from "../../../components/button";
import { clientListQuery, useClient } from "../../../data/clients-repository";
import { useLiveQuery } from "../../../lib/live";
import { useDebouncedValue } from "../../../lib/use-debounced-value";

const SUGGESTIONS = 6;

/**
 * Filter the board by one client: type to search clients (the same token
 * search as the clients list, a few results), pick one; the chosen client
 * shows as a removable chip.
 */
export function ClientFilter({
  agencyId,
  clientId,
  onChange,
}: {
  agencyId: string;
  clientId: string;
  onChange: (clientId: string) => void;
}) {
  const inputId = useId();
  const [text, setText] = useState("");
  const search = useDebouncedValue(text.trim(), 250);
  const searching = searchQueryOf(search) !== null;
  const suggestions = useLiveQuery(
    useMemo(
      () =>
        searching
          ? query(
              clientListQuery(agencyId, { search, type: "all", sort: "name-asc" }),
              limit(SUGGESTIONS),
            )
          : null,
      [agencyId, search, searching],
    ),
  );
  const chosen = useClient(agencyId, clientId || null);

  if (clientId) {
    const name = chosen.data?.name ?? "…";
    return (
      <div className="filter-chip">
        <span>
          Client: <strong>{name}</strong>
        </span>
        <Button
          variant="ghost"
          className="btn-small"
          aria-label={`Clear the client filter (${name})`}
          onClick={() => onChange("")}
        >
          ×
        </Button>
      </div>
    );
  }

  return (
    <div className="client-filter">
      <label className="toolbar-label" htmlFor={inputId}>
        Client
      </label>
      <input
        id={inputId}
        type="search"
        className="input"
        placeholder="Search a client"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {searching && suggestions.status === "ready" && (
        <ul className="client-filter-results" aria-label="Matching clients">
          {suggestions.data.length === 0 && <li className="muted small">No client matches.</li>}
          {suggestions.data.map((client) => (
            <li key={client.id}>
              <button
                type="button"
                className="menu-item"
                onClick={() => {
                  setText("");
                  onChange(client.id);
                }}
              >
                {client.name}
                {client.company && <span className="muted"> · {client.company}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
