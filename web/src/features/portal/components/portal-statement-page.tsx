import { addDays } from "@portico/domain/billing/periods";
import {
  formatCount,
  formatDateTimeInZone,
  formatLocalDate,
  formatMoney,
} from "@portico/domain/format";
import { Link, useParams } from "react-router";
import { Button } from "../../../components/button";
import { LoadingScreen } from "../../../components/spinner";
import { type StatementRow, useStatement } from "../../../data/billing-repository";
import { billingStrings, fill } from "../../../lib/portal-strings";
import { usePortalSession } from "../../../lib/session";
import { usePortalTitle } from "../portal-address";
import { usePortalLook } from "../portal-look";

const STATEMENT_ID = /^\d{4}-\d{2}-\d{2}$/;

function StatementSheet({ statement }: { statement: StatementRow }) {
  const { locale } = usePortalLook();
  const b = billingStrings(locale);
  const money = (minor: number) => formatMoney(minor, statement.currency, locale);
  const title = fill(b.statementNumber, { number: String(statement.number) });
  return (
    <article className="card statement-sheet" aria-labelledby="statement-heading">
      <header className="statement-header">
        <h1 id="statement-heading">{title}</h1>
        <dl className="statement-meta">
          <div>
            <dt>{b.from}</dt>
            <dd>{statement.agencyName}</dd>
          </div>
          <div>
            <dt>{b.billedTo}</dt>
            <dd>{statement.clientName}</dd>
          </div>
          <div>
            <dt>{b.period}</dt>
            <dd>
              {fill(b.periodRange, {
                start: formatLocalDate(statement.periodStart, locale, "long"),
                end: formatLocalDate(addDays(statement.periodEnd, -1), locale, "long"),
              })}
            </dd>
          </div>
          <div>
            <dt>{b.issued}</dt>
            <dd>{formatDateTimeInZone(statement.issuedAt, locale, statement.timeZone)}</dd>
          </div>
        </dl>
      </header>
      <table className="table statement-lines">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{b.description}</th>
            <th scope="col" className="amount">
              {b.amount}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              {fill(b.feeLine, { minutes: formatCount(statement.includedMinutes, locale) })}
              <div className="muted small">
                {fill(b.minutesLine, { minutes: formatCount(statement.minutes, locale) })}
              </div>
            </td>
            <td className="amount">{money(statement.monthlyFeeMinor)}</td>
          </tr>
          {statement.overageMinutes > 0 && (
            <tr>
              <td>
                {fill(b.overageLine, {
                  minutes: formatCount(statement.overageMinutes, locale),
                  price: money(statement.perMinuteMinor),
                })}
              </td>
              <td className="amount">{money(statement.overageMinor)}</td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{b.total}</th>
            <td className="amount" data-testid="statement-total">
              <strong>{money(statement.totalMinor)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </article>
  );
}

/** /portal/billing/statements/:statementId: one statement, printable as a clean page. */
export function PortalStatementPage() {
  const { statementId = "" } = useParams();
  const { portal } = usePortalSession();
  const look = usePortalLook();
  const b = billingStrings(look.locale);
  usePortalTitle(b.title, look);
  const statement = useStatement(portal.agencyId, portal.clientId, statementId);
  // A statement's id is its period's first day; anything else is not one.
  const missing =
    !STATEMENT_ID.test(statementId) || (statement.status === "ready" && !statement.data);
  return (
    <div className="stack-lg portal-page statement-page">
      <div className="statement-actions no-print">
        <Link to="/portal/billing">{b.back}</Link>
        {statement.data && (
          <Button variant="secondary" onClick={() => window.print()}>
            {b.print}
          </Button>
        )}
      </div>
      {!missing && statement.status === "loading" && <LoadingScreen label={look.t.loading} />}
      {statement.status === "error" && <p role="alert">{b.loadFailed}</p>}
      {missing && (
        <>
          <h1>{b.title}</h1>
          <p role="alert">{b.notFound}</p>
        </>
      )}
      {statement.data && <StatementSheet statement={statement.data} />}
    </div>
  );
}
