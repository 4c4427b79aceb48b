import { billingPlanDocSchema } from "@portico/domain/billing/plan";
import { statementCostDocSchema, statementDocSchema } from "@portico/domain/billing/statements";
import { paths } from "@portico/domain/paths";
import { collection, doc, limit, orderBy, type Query, query } from "firebase/firestore";
import { useMemo } from "react";
import { schemaConverter } from "../lib/converters";
import { db } from "../lib/firestore";
import { useLiveDocument, useLiveQuery } from "../lib/live";

/*
 * A client's billing: its plan and statements (staff, and portal users while
 * Billing is shown) and the platform's cost per statement (staff only).
 * Functions write all of it: the plan through setBillingPlan, statements at
 * each period's close.
 */

const planConverter = schemaConverter(billingPlanDocSchema);
const statementConverter = schemaConverter(statementDocSchema);
const statementCostConverter = schemaConverter(statementCostDocSchema);

/** Two years of monthly statements: the page shows the latest. */
const STATEMENTS_SHOWN = 24;

export type StatementRow = ReturnType<typeof statementConverter.fromFirestore>;

/** The client's plan, live; nothing is read while `enabled` is false (a portal user may not read it then). */
export function useBillingPlan(agencyId: string, clientId: string, enabled = true) {
  const path = paths.billingPlan(agencyId, clientId);
  return useLiveDocument(
    useMemo(() => (enabled ? doc(db, path).withConverter(planConverter) : null), [path, enabled]),
  );
}

/** The client's statements, newest first. */
function statementsQuery(agencyId: string, clientId: string): Query<StatementRow> {
  return query(
    collection(db, paths.statements(agencyId, clientId)).withConverter(statementConverter),
    orderBy("periodStart", "desc"),
    limit(STATEMENTS_SHOWN),
  );
}

export function useStatements(agencyId: string, clientId: string) {
  return useLiveQuery(useMemo(() => statementsQuery(agencyId, clientId), [agencyId, clientId]));
}

export function useStatement(agencyId: string, clientId: string, periodStart: string) {
  const path = useMemo(() => {
    try {
      return paths.statement(agencyId, clientId, periodStart);
    } catch {
      return null;
    }
  }, [agencyId, clientId, periodStart]);
  return useLiveDocument(
    useMemo(() => (path ? doc(db, path).withConverter(statementConverter) : null), [path]),
  );
}

/** The platform's cost of each issued statement (staff only), newest first. */
export function useStatementCosts(agencyId: string, clientId: string) {
  const path = paths.statementCosts(agencyId, clientId);
  return useLiveQuery(
    useMemo(
      () =>
        query(
          collection(db, path).withConverter(statementCostConverter),
          orderBy("issuedAt", "desc"),
          limit(STATEMENTS_SHOWN),
        ),
      [path],
    ),
  );
}
