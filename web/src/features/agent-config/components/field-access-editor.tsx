import {
  AGENT_FIELDS,
  type FieldAccessMap,
  normalizedAccess,
} from "@portico/domain/voice/agent-settings";
import { useState } from "react";
import { Button } from "../../../components/button";
import { FormError } from "../../../components/form-field";
import { useToast } from "../../../components/toast";
import { setAgentFieldAccess } from "../../../data/agent-config-repository";
import type { AgentStrings } from "../../../lib/portal-strings";

/**
 * Staff: per field, whether the client sees it and may edit it. For one
 * client (an override; "Use the agency default" removes it) or, without a
 * client, the agency's default.
 */
export function FieldAccessEditor({
  t,
  clientId,
  access,
  isOverride,
  disabled,
}: {
  t: AgentStrings;
  clientId?: string;
  access: FieldAccessMap;
  isOverride: boolean;
  disabled: boolean;
}) {
  const toast = useToast();
  const [draft, setDraft] = useState(access);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (next: FieldAccessMap | null) => {
    setBusy(true);
    setError(null);
    try {
      await setAgentFieldAccess({ ...(clientId ? { clientId } : {}), access: next });
      toast.show("Saved what the client sees.", { tone: "success" });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "Couldn't save. Try again.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card stack" aria-labelledby="field-access-heading">
      <h2 id="field-access-heading">
        {clientId ? "What this client sees" : "What clients see by default"}
      </h2>
      <p className="muted">
        {clientId
          ? isOverride
            ? "This client has its own choices, overriding the agency default."
            : "This client follows the agency default (Settings → Agent settings)."
          : "Each client follows these choices unless its profile overrides them."}
      </p>
      <FormError>{error}</FormError>
      <table className="field-access-table">
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">Visible to the client</th>
            <th scope="col">Editable by the client</th>
          </tr>
        </thead>
        <tbody>
          {AGENT_FIELDS.map((field) => (
            <tr key={field}>
              <th scope="row">{t.settings.fields[field]}</th>
              {(["visible", "editable"] as const).map((kind) => (
                <td key={kind}>
                  <input
                    type="checkbox"
                    aria-label={`${t.settings.fields[field]}: ${kind === "visible" ? "visible to the client" : "editable by the client"}`}
                    checked={draft[field][kind]}
                    disabled={disabled || (kind === "visible" && draft[field].editable)}
                    onChange={(event) =>
                      setDraft({
                        ...draft,
                        [field]: normalizedAccess({
                          ...draft[field],
                          [kind]: event.target.checked,
                        }),
                      })
                    }
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {!disabled && (
        <div className="form-actions">
          {clientId && isOverride && (
            <Button variant="secondary" busy={busy} onClick={() => void submit(null)}>
              Use the agency default
            </Button>
          )}
          <Button busy={busy} onClick={() => void submit(draft)}>
            Save access
          </Button>
        </div>
      )}
    </section>
  );
}
