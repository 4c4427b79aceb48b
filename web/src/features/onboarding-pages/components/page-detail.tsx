import { brandPalette } from "@portico/domain/branding";
import { formatDate } from "@portico/domain/format";
import { funnelRates, onboardingPagePath } from "@portico/domain/onboarding-pages/page";
import { canEditAgencyData } from "@portico/domain/roles";
import { Link, useParams } from "react-router";
import { Badge } from "../../../components/badge";
import { EmptyState } from "../../../components/empty-state";
import { LoadingScreen } from "../../../components/spinner";
import { useAgency } from "../../../data/agency-repository";
import {
  useOnboardingFunnel,
  useOnboardingPage,
  usePageClients,
} from "../../../data/onboarding-pages-repository";
import { useBranding } from "../../../data/settings-repository";
import { useAgencySession } from "../../../lib/session";
import { PageActions } from "./page-actions";
import { SharePanel } from "./share-panel";

const percent = (share: number) => `${Math.round(share * 100)}%`;

function Funnel({ agencyId, pageId }: { agencyId: string; pageId: string }) {
  const funnel = useOnboardingFunnel(agencyId, pageId);
  const counts = funnel.data ?? { views: 0, started: 0, completed: 0, clientsCreated: 0 };
  const rates = funnelRates(counts);
  const figures = [
    { label: "Views", value: counts.views, note: "people who opened the page" },
    { label: "Started", value: counts.started, note: `${percent(rates.startRate)} of views` },
    {
      label: "Completed",
      value: counts.completed,
      note: `${percent(rates.completionRate)} of starts`,
    },
    { label: "Conversion", value: percent(rates.conversionRate), note: "completed per view" },
  ];
  return (
    <section className="card stack" aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">Funnel</h2>
      {funnel.status === "error" && <p role="alert">Couldn't load the funnel.</p>}
      <dl className="funnel-figures" aria-busy={funnel.status === "loading"}>
        {figures.map((figure) => (
          <div key={figure.label} className="funnel-figure" data-figure={figure.label}>
            <dt>{figure.label}</dt>
            <dd>
              <strong>{figure.value}</strong>
              <span className="muted small"> {figure.note}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function PageClients({ agencyId, pageId }: { agencyId: string; pageId: string }) {
  const clients = usePageClients(agencyId, pageId);
  return (
    <section className="card stack" aria-labelledby="page-clients-heading">
      <h2 id="page-clients-heading">Clients this page created</h2>
      {clients.status === "loading" && <p className="muted">Loading…</p>}
      {clients.status === "error" && <p role="alert">Couldn't load the clients.</p>}
      {clients.status === "ready" && clients.data.length === 0 && (
        <p className="muted">None yet. Share the link and they appear here live.</p>
      )}
      {clients.status === "ready" && clients.data.length > 0 && (
        <ul className="page-clients">
          {clients.data.map((client) => (
            <li key={client.id}>
              <Link to={`/clients/${client.id}`}>{client.name}</Link>{" "}
              <span className="muted small">
                {[client.company, client.email].filter(Boolean).join(" · ")} ·{" "}
                {formatDate(client.createdAt)}
                {client.onboarding?.ref ? ` · ref ${client.onboarding.ref}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One access page (`/access-pages/:pageId`): its state, funnel, distribution and clients. */
export function PageDetailPage() {
  const { agency } = useAgencySession();
  const { pageId = "" } = useParams();
  const page = useOnboardingPage(agency.agencyId, pageId);
  const agencyDoc = useAgency(agency.agencyId);
  const { branding } = useBranding(agency.agencyId, agencyDoc.data?.name ?? "");
  if (page.status === "loading" || branding === null) {
    return <LoadingScreen label="Loading the access page" />;
  }
  if (page.status === "error" || !page.data) {
    return (
      <EmptyState title="This access page doesn't exist">
        It may have been deleted. <Link to="/access-pages">Back to Access pages</Link>
      </EmptyState>
    );
  }
  const data = page.data;
  const palette = brandPalette(branding);
  return (
    <>
      <div className="page-header">
        <div>
          <p className="muted small">
            <Link to="/access-pages">Access pages</Link>
          </p>
          <h1>
            {data.name}{" "}
            {data.paused ? (
              <Badge tone="warning">Paused</Badge>
            ) : (
              <Badge tone="success">Live</Badge>
            )}
          </h1>
          <p className="muted">{onboardingPagePath(agency.agencyId, data.slug)}</p>
        </div>
        <PageActions
          agencyId={agency.agencyId}
          page={data}
          canEdit={canEditAgencyData(agency.role)}
        />
      </div>
      <div className="stack">
        <Funnel agencyId={agency.agencyId} pageId={pageId} />
        <SharePanel
          agencyId={agency.agencyId}
          slug={data.slug}
          name={data.name}
          colors={{ fill: palette.primary, text: palette.onPrimary }}
        />
        <PageClients agencyId={agency.agencyId} pageId={pageId} />
      </div>
    </>
  );
}
