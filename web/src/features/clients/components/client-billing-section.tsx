import { addDays } from "@portico/domain/billing/periods";
import type { BillingPlanDoc } from "@portico/domain/billing/plan";
import { clientBillingUsageCallable } from "@portico/domain/callables/billing";
import type { CallableOutput } from "@portico/domain/callables/define";
import { formatCount, formatLocalDate, formatMoney } from "@portico/domain/format";
import { canManageAgency } from "@portico/domain/roles";
import type { ColumnDef } from "@tanstack/react-table";
import { useEffect, useMemo, useState } from "react";
import { Button } from "../../../components/button";
import { DataTable } from "../../../components/data-table";
import {
  type StatementRow,
  useBillingPlan,
  useStatementCosts,
  useStatements,
} from "../../../data/billing-repository";
import { call } from "../../../lib/callable";
import { useAgencySession } from "../../../lib/session";
import { BillingPlanForm } from "./billing-plan-form";

type Usage = CallableOutput<typeof clientBillingUsageCallable>;

/** The platform bills in US dollars; a margin is shown when the plan is in dollars too. */
const PLATFORM_CURRENCY = "USD";
const dollars = (cents: number) => formatMoney(Math.round(cents), PLATFORM_CURRENCY, "en");

function margin(revenueMinor: number, currency: string, costCents: number): string {
  if (currency !== PLATFORM_CURRENCY) return "—";
  return formatMoney(revenueMinor - Math.round(costCents), currency, "en");
}

function useUsage(clientId: string, plan: BillingPlanDoc | null | undefined) {
  const [usage, setUsage] = useState<Usage | null>(null);
  const key = plan ? `${plan.periodStart}:${plan.updatedAt.getTime()}` : "";
  useEffect(() => {
    if (!key) return;
    let current = true;
    call(clientBillingUsageCallable, { clientId })
      .then((answer) => current && setUsage(answer))
      .catch(() => current && setUsage(null));
    return () => {
      current = false;
    };
  }, [clientId, key]);
  return usage;
}

function PlanSummary({ plan }: { plan: BillingPlanDoc }) {
  const money = (minor: number) => formatMoney(minor, plan.currency, "en");
  return (
    <p data-testid="billing-plan-summary">
      {money(plan.monthlyFeeMinor)} a month with {formatCount(plan.includedMinutes, "en")} minutes,
      then {money(plan.perMinuteMinor)} a minute. Periods start on day {plan.billingDay}.
    </p>
  );
}

/**
 * Client profile -> Billing: the client's plan (owners and admins set it),
 * this period so far with the platform's cost and the margin, and the issued
 * statements with theirs. The client's portal never sees the cost.
 */
export function ClientBillingSection({ clientId }: { clientId: string }) {
  const { agency } = useAgencySession();
  const canEdit = canManageAgency(agency.role);
  const plan = useBillingPlan(agency.agencyId, clientId);
  const statements = useStatements(agency.agencyId, clientId);
  const costs = useStatementCosts(agency.agencyId, clientId);
  const usage = useUsage(clientId, plan.data);
  const [editing, setEditing] = useState(false);
  const costById = useMemo(
    () => new Map((costs.data ?? []).map((cost) => [cost.id, cost.platformCostCents])),
    [costs.data],
  );
  const columns = useMemo<ColumnDef<StatementRow, unknown>[]>(
    () => [
      { id: "number", header: "No.", accessorFn: (row) => row.number },
      {
        id: "period",
        header: "Period",
        accessorFn: (row) => row.periodStart,
        cell: ({ row }) =>
          `${formatLocalDate(row.original.periodStart, "en")} – ${formatLocalDate(addDays(row.original.periodEnd, -1), "en")}`,
      },
      { id: "minutes", header: "Minutes", accessorFn: (row) => row.minutes },
      {
        id: "total",
        header: "Charged",
        accessorFn: (row) => row.totalMinor,
        cell: ({ row }) => formatMoney(row.original.totalMinor, row.original.currency, "en"),
      },
      {
        id: "cost",
        header: "Platform cost",
        accessorFn: (row) => costById.get(row.id) ?? 0,
        cell: ({ row }) => dollars(costById.get(row.id) ?? 0),
      },
      {
        id: "margin",
        header: "Margin",
        accessorFn: (row) => row.totalMinor - (costById.get(row.id) ?? 0),
        cell: ({ row }) =>
          margin(row.original.totalMinor, row.original.currency, costById.get(row.id) ?? 0),
      },
    ],
    [costById],
  );

  return (
    <section className="card card-wide" aria-labelledby="billing-heading">
      <div className="section-header">
        <h2 id="billing-heading">Billing</h2>
        {canEdit && plan.status === "ready" && !editing && (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {plan.data ? "Change plan" : "Set a plan"}
          </Button>
        )}
      </div>
      {plan.status === "loading" && <p className="muted">Loading billing…</p>}
      {plan.status === "error" && <p role="alert">Couldn't load the plan.</p>}
      {plan.status === "ready" && !plan.data && !editing && (
        <p className="muted">
          No plan yet. {canEdit ? "Set one to bill the client and show Billing in its portal." : ""}
        </p>
      )}
      {editing && (
        <BillingPlanForm
          clientId={clientId}
          plan={plan.data ?? null}
          onDone={() => setEditing(false)}
        />
      )}
      {plan.data && !editing && <PlanSummary plan={plan.data} />}
      {plan.data && usage?.usage && (
        <dl className="billing-figures">
          <div>
            <dt>Minutes this period</dt>
            <dd>{formatCount(usage.usage.minutes, "en")}</dd>
          </div>
          <div>
            <dt>Projected charge</dt>
            <dd data-testid="agency-projected">
              {formatMoney(usage.usage.totalMinor, usage.usage.currency, "en")}
            </dd>
          </div>
          <div>
            <dt>Platform cost so far</dt>
            <dd>{dollars(usage.platformCostCents)}</dd>
          </div>
          <div>
            <dt>Margin</dt>
            <dd>{margin(usage.usage.totalMinor, usage.usage.currency, usage.platformCostCents)}</dd>
          </div>
        </dl>
      )}
      {plan.data && usage?.usage && usage.usage.currency !== PLATFORM_CURRENCY && (
        <p className="muted small">
          The platforms bill in US dollars; the margin shows for plans in dollars.
        </p>
      )}
      {(statements.data ?? []).length > 0 && (
        <DataTable
          label="Statements"
          columns={columns}
          data={statements.data ?? []}
          getRowId={(row) => row.id}
        />
      )}
    </section>
  );
}
