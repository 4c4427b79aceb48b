import { recountCallDaysCallable } from "@portico/domain/callables/voice";
import { canManageAgency } from "@portico/domain/roles";
import { useState } from "react";
import { Link } from "react-router";
import { call } from "../../../lib/callable";
import { useAgencySession } from "../../../lib/session";

/**
 * On the agency's client profile: a way to the client's Analytics, and for
 * owners and admins a recount of its figures from the stored calls (calls
 * stored before the counters existed, or after a change of time zone).
 */
export function ClientFiguresCard({ clientId }: { clientId: string }) {
  const { agency } = useAgencySession();
  const [state, setState] = useState<"idle" | "busy" | "done" | "failed">("idle");
  const [counted, setCounted] = useState(0);
  const recount = async () => {
    setState("busy");
    try {
      const result = await call(recountCallDaysCallable, { clientId });
      setCounted(result.calls);
      setState("done");
    } catch {
      setState("failed");
    }
  };
  return (
    <section className="card stack-sm" aria-labelledby="client-figures-heading">
      <div className="card-header">
        <h2 id="client-figures-heading">Analytics</h2>
        <Link to={`/clients/${clientId}/analytics`}>Open analytics</Link>
      </div>
      <p className="muted">
        Calls, answered and booking rates, sentiment and busy hours, as the client sees them in
        their portal.
      </p>
      {canManageAgency(agency.role) && (
        <div className="stack-sm">
          <button
            type="button"
            className="btn btn-secondary btn-small"
            disabled={state === "busy"}
            onClick={() => void recount()}
          >
            {state === "busy" ? "Recounting…" : "Recount figures"}
          </button>
          <p role="status" className="muted small">
            {state === "done" ? `Recounted from ${counted} calls.` : ""}
          </p>
          {state === "failed" && <p role="alert">The recount failed. Try again in a moment.</p>}
        </div>
      )}
    </section>
  );
}
