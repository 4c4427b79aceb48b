import { funnelRates, onboardingPagePath } from "@portico/domain/onboarding-pages/page";
import { canEditAgencyData } from "@portico/domain/roles";
import type { ColumnDef } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { Badge } from "../../../components/badge";
import { DataTable } from "../../../components/data-table";
import { EmptyState } from "../../../components/empty-state";
import { LoadingScreen } from "../../../components/spinner";
import {
  type OnboardingPageRow,
  type OnboardingStatsRow,
  useOnboardingFunnels,
  useOnboardingPages,
} from "../../../data/onboarding-pages-repository";
import { useAgencySession } from "../../../lib/session";
import { PageActions } from "./page-actions";

interface Row extends OnboardingPageRow {
  funnel: Pick<OnboardingStatsRow, "views" | "started" | "completed">;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function columns(agencyId: string, canEdit: boolean): ColumnDef<Row, unknown>[] {
  return [
    {
      id: "name",
      header: "Page",
      accessorFn: (row) => row.name,
      cell: ({ row }) => (
        <span className="stack-xs">
          <Link to={`/access-pages/${row.original.id}`}>{row.original.name}</Link>
          <span className="muted small">{onboardingPagePath(agencyId, row.original.slug)}</span>
        </span>
      ),
    },
    {
      id: "state",
      header: "State",
      accessorFn: (row) => (row.paused ? 1 : 0),
      cell: ({ row }) =>
        row.original.paused ? (
          <Badge tone="warning">Paused</Badge>
        ) : (
          <Badge tone="success">Live</Badge>
        ),
    },
    { id: "views", header: "Views", accessorFn: (row) => row.funnel.views },
    { id: "started", header: "Started", accessorFn: (row) => row.funnel.started },
    { id: "completed", header: "Completed", accessorFn: (row) => row.funnel.completed },
    {
      id: "conversion",
      header: "Conversion",
      accessorFn: (row) => funnelRates(row.funnel).conversionRate,
      cell: ({ row }) => percent(funnelRates(row.original.funnel).conversionRate),
    },
    {
      id: "actions",
      header: () => <span className="visually-hidden">Actions</span>,
      cell: ({ row }) => (
        <PageActions agencyId={agencyId} page={row.original} canEdit={canEdit} compact />
      ),
    },
  ];
}

/**
 * Agency -> Access pages: the agency's reusable onboarding pages with their
 * funnels (views, started, completed; counters kept by functions). Owners,
 * admins and members create, edit, pause and delete; viewers watch.
 */
export function AccessPagesPage() {
  const { agency } = useAgencySession();
  const pages = useOnboardingPages(agency.agencyId);
  const funnels = useOnboardingFunnels(agency.agencyId);
  const canEdit = canEditAgencyData(agency.role);

  const create = canEdit ? (
    <Link className="btn btn-primary" to="/access-pages/new">
      Create access page
    </Link>
  ) : null;

  let body: ReactNode;
  if (pages.status === "loading" || funnels.status === "loading") {
    body = <LoadingScreen label="Loading access pages" />;
  } else if (pages.status === "error" || funnels.status === "error") {
    body = <p role="alert">Couldn't load the access pages. Reload the page to try again.</p>;
  } else if (pages.data.length === 0) {
    body = (
      <EmptyState title="No access pages yet" action={create}>
        Access pages are reusable onboarding pages. They create a client when someone uses the page,
        so they are better for website CTAs, sales emails, and repeatable onboarding flows.
      </EmptyState>
    );
  } else {
    const byPage = new Map(funnels.data.map((funnel) => [funnel.id, funnel]));
    const rows: Row[] = pages.data.map((page) => ({
      ...page,
      funnel: byPage.get(page.id) ?? { views: 0, started: 0, completed: 0 },
    }));
    body = (
      <DataTable
        label="Access pages"
        columns={columns(agency.agencyId, canEdit)}
        data={rows}
        getRowId={(row) => row.id}
        stackOnPhone
      />
    );
  }

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Access pages</h1>
          <p className="muted">
            Use access pages when you want one reusable page that can create clients for you.
          </p>
        </div>
        {pages.status === "ready" && pages.data.length > 0 && create}
      </div>
      {body}
    </>
  );
}
