import { addDays } from "@portico/domain/billing/periods";
import type { BillingPlanDoc } from "@portico/domain/billing/plan";
import { portalBillingUsageCallable } from "@portico/domain/callables/billing";
import type { CallableOutput } from "@portico/domain/callables/define";
import { formatCount, formatLocalDate, formatMoney } from "@portico/domain/format";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { LoadingScreen } from "../../../components/spinner";
import { type StatementRow, useBillingPlan, useStatements } from "../../../data/billing-repository";
import { call } from "../../../lib/callable";
import { billingStrings, fill } from "../../../lib/portal-strings";
import { usePortalSession } from "../../../lib/session";
import { usePortalTitle } from "../portal-address";
import { usePortalLook } from "../portal-look";

type Usage = NonNullable<CallableOutput<typeof portalBillingUsageCallable>["usage"]>;

/**
 * The current period's minutes and projected charge: summed from the
 * rollups by a callable (at most 31 reads), asked again when the plan changes.
 */
function usePeriodUsage(plan: BillingPlanDoc | null) {
  const [state, setState] = useState<{ usage: Usage | null; failed: boolean; key: string }>({
    usage: null,
    failed: false,
    key: "",
  });
  const key = plan ? `${plan.periodStart}:${plan.updatedAt.getTime()}` : "";
  useEffect(() => {
    if (!key) return;
    let current = true;
    call(portalBillingUsageCallable, {})
      .then(({ usage }) => current && setState({ usage, failed: false, key }))
      .catch(() => current && setState({ usage: null, failed: true, key }));
    return () => {
      current = false;
    };
  }, [key]);
  return state.key === key ? state : { usage: null, failed: false, key };
}

function CurrentPeriod({ plan }: { plan: BillingPlanDoc }) {
  const { locale } = usePortalLook();
  const b = billingStrings(locale);
  const { usage, failed } = usePeriodUsage(plan);
  const money = (minor: number) => formatMoney(minor, plan.currency, locale);
  if (failed) return <p role="alert">{b.loadFailed}</p>;
  if (!usage) return <LoadingScreen label={b.title} />;
  const lastDay = addDays(usage.periodEnd, -1);
  return (
    <section className="card billing-period" aria-labelledby="period-heading">
      <h2 id="period-heading">{b.currentPeriod}</h2>
      <p className="muted">
        {fill(b.periodRange, {
          start: formatLocalDate(usage.periodStart, locale),
          end: formatLocalDate(lastDay, locale),
        })}
      </p>
      <dl className="billing-figures">
        <div>
          <dt>{b.minutesUsed}</dt>
          <dd data-testid="billing-minutes">{formatCount(usage.minutes, locale)}</dd>
          <dd className="muted small">
            {fill(b.minutesOf, {
              used: formatCount(Math.min(usage.minutes, usage.includedMinutes), locale),
              included: formatCount(usage.includedMinutes, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{b.extraMinutes}</dt>
          <dd>{formatCount(usage.overageMinutes, locale)}</dd>
          <dd className="muted small">
            {fill(b.perMinute, { price: money(plan.perMinuteMinor) })}
          </dd>
        </div>
        <div>
          <dt>{b.monthlyFee}</dt>
          <dd>{money(usage.monthlyFeeMinor)}</dd>
        </div>
        <div>
          <dt>{b.projected}</dt>
          <dd className="billing-total" data-testid="billing-projected">
            {money(usage.totalMinor)}
          </dd>
        </div>
      </dl>
      <p className="muted small">
        {fill(b.projectedHint, { date: formatLocalDate(usage.periodEnd, locale) })}
      </p>
    </section>
  );
}

function StatementList({ statements }: { statements: StatementRow[] }) {
  const { locale } = usePortalLook();
  const b = billingStrings(locale);
  if (statements.length === 0) return <p className="muted">{b.noStatements}</p>;
  return (
    <ul className="plain-list billing-statements">
      {statements.map((statement) => (
        <li key={statement.id} className="billing-statement-row">
          <Link to={`/portal/billing/statements/${statement.id}`}>
            {fill(b.statementNumber, { number: String(statement.number) })}
          </Link>
          <span className="muted">
            {fill(b.periodRange, {
              start: formatLocalDate(statement.periodStart, locale),
              end: formatLocalDate(addDays(statement.periodEnd, -1), locale),
            })}
          </span>
          <strong>{formatMoney(statement.totalMinor, statement.currency, locale)}</strong>
        </li>
      ))}
    </ul>
  );
}

/** Portal -> Billing: this period's minutes and projected charge, and the monthly statements. */
export function PortalBillingPage() {
  const { portal } = usePortalSession();
  const look = usePortalLook();
  const b = billingStrings(look.locale);
  usePortalTitle(b.title, look);
  const plan = useBillingPlan(portal.agencyId, portal.clientId);
  const statements = useStatements(portal.agencyId, portal.clientId);
  return (
    <div className="stack-lg portal-page">
      <h1>{b.title}</h1>
      {plan.status === "loading" && <LoadingScreen label={look.t.loading} />}
      {plan.status === "error" && <p role="alert">{b.loadFailed}</p>}
      {plan.status === "ready" && plan.data && <CurrentPeriod plan={plan.data} />}
      <section className="card" aria-labelledby="statements-heading">
        <h2 id="statements-heading">{b.statements}</h2>
        {statements.status === "loading" && <LoadingScreen label={look.t.loading} />}
        {statements.status === "error" && <p role="alert">{b.loadFailed}</p>}
        {statements.status === "ready" && <StatementList statements={statements.data} />}
      </section>
    </div>
  );
}
