import { setPortalSectionsCallable } from "@portico/domain/callables/billing";
import { PORTAL_SECTIONS, type PortalSection } from "@portico/domain/portal-sections";
import { canManageAgency } from "@portico/domain/roles";
import { useState } from "react";
import { Button } from "../../../components/button";
import { FormError } from "../../../components/form-field";
import { useToast } from "../../../components/toast";
import type { ClientRow } from "../../../data/clients-repository";
import { usePortalClient } from "../../../data/portal-repository";
import { call } from "../../../lib/callable";
import { useAgencySession } from "../../../lib/session";

const SECTION_LABELS: Record<PortalSection, string> = {
  calls: "Calls",
  bookings: "Bookings",
  analytics: "Analytics",
  faqs: "FAQs",
  agentSettings: "Agent settings",
  billing: "Billing",
};

/** Why a section the agency leaves on is still not in the portal. */
const UNAVAILABLE: Record<PortalSection, string> = {
  calls: "needs an agent connection",
  bookings: "needs an agent connection",
  analytics: "needs an agent connection",
  faqs: "needs an agent connection",
  agentSettings: "needs an agent connection",
  billing: "needs a billing plan",
};

/**
 * Client profile -> Portal sections: which sections the client's portal
 * shows. Everything with something behind it is shown unless unticked here;
 * the portal's own view (what its users read) says what it shows now.
 */
export function PortalSectionsCard({ client }: { client: ClientRow }) {
  const { agency } = useAgencySession();
  const canEdit = canManageAgency(agency.role);
  const view = usePortalClient(agency.agencyId, client.id);
  const toast = useToast();
  const stored = client.hiddenPortalSections ?? [];
  const [hidden, setHidden] = useState<PortalSection[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = hidden ?? stored;
  const dirty = hidden !== null && hidden.join() !== stored.join();
  const shown = view.data?.sections;

  const toggle = (section: PortalSection, show: boolean) =>
    setHidden(PORTAL_SECTIONS.filter((s) => (s === section ? !show : current.includes(s))));
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await call(setPortalSectionsCallable, { clientId: client.id, hidden: current });
      setHidden(null);
      toast.show("Portal sections saved", { tone: "success" });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "Couldn't save the sections.");
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="portal-sections-heading">
      <h2 id="portal-sections-heading">Portal sections</h2>
      <p className="muted">
        What the client's portal shows. Sections appear once there is something behind them: the
        agent's once it has a connection, Billing once it has a plan.
      </p>
      <FormError>{error}</FormError>
      <fieldset className="stack-sm" disabled={!canEdit || saving}>
        <legend className="visually-hidden">Sections shown in the portal</legend>
        {PORTAL_SECTIONS.map((section) => {
          const on = !current.includes(section);
          const waiting = on && shown && !shown[section] && !dirty;
          return (
            <label key={section} className="choice">
              <input
                type="checkbox"
                checked={on}
                onChange={(event) => toggle(section, event.target.checked)}
              />{" "}
              {SECTION_LABELS[section]}
              {waiting && <span className="muted small"> ({UNAVAILABLE[section]})</span>}
            </label>
          );
        })}
      </fieldset>
      {canEdit ? (
        <div>
          <Button busy={saving} disabled={!dirty} onClick={() => void save()}>
            Save sections
          </Button>
        </div>
      ) : (
        <p className="muted">Only owners and admins can change what the portal shows.</p>
      )}
    </section>
  );
}
