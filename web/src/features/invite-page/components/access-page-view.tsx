import {
  type AccessPageModel,
  progressText,
  servicesStillNeeded,
} from "@portico/domain/access-page-model";
import type { ReactNode } from "react";
import { Heading, type HeadingLevel } from "./heading";
import { primaryStyle, type ServiceActions, ServiceCard } from "./service-card";

/** Id of the intake section's heading, where focus goes once every service is done. */
export const INTAKE_HEADING_ID = "access-page-intake";

/**
 * The client's access page from its model: a greeting in the client's
 * language, progress, each requested service with its sign-in button or
 * guided steps and a skip option, then the intake form. Plain React with no
 * Firebase: the client's page and the agency's Create Invite preview both
 * render it (the preview with inert actions).
 */
export function AccessPageView({
  page,
  actions,
  headingLevel,
  intake,
}: {
  page: AccessPageModel;
  actions: ServiceActions;
  /** Level of the greeting; services and the intake heading sit one below. */
  headingLevel: 1 | 3;
  /** The intake form, when the invite asks for one. */
  intake?: ReactNode;
}) {
  const { texts, services } = page;
  const below = (headingLevel + 1) as HeadingLevel;
  const done = services.filter((service) => service.status !== "pending").length;
  // Required services the client skipped: nothing else waits, yet the request is not complete.
  const skippedNeeded =
    done === services.length && servicesStillNeeded(page).length > 0 && page.status !== "complete";
  return (
    <>
      <Heading level={headingLevel} className="access-page-greeting">
        {texts.greeting}
      </Heading>
      <p>{texts.intro}</p>
      <p className="access-page-status" data-testid="request-status">
        {texts.requestStatus}: <strong>{texts.statusLabel}</strong>
      </p>
      <p className="access-page-progress">{progressText(page)}</p>
      {skippedNeeded && <p className="notice access-page-still-needed">{texts.stillNeeded}</p>}
      <ol className="access-page-services">
        {services.map((service) => (
          <ServiceCard
            key={service.serviceId}
            service={service}
            page={page}
            actions={actions}
            headingLevel={below}
          />
        ))}
      </ol>
      {page.intake && intake && (
        <section className="access-page-intake" aria-labelledby={INTAKE_HEADING_ID}>
          <Heading level={below} id={INTAKE_HEADING_ID} tabIndex={-1}>
            {texts.questions}
          </Heading>
          <p className="muted">{texts.intakeIntro}</p>
          {intake}
        </section>
      )}
    </>
  );
}

/**
 * The agency's header over the page: its logo (or name) on its primary colour,
 * with room for the language switcher.
 */
export function AgencyHeader({
  agency,
  children,
}: {
  agency: AccessPageModel["agency"];
  children?: ReactNode;
}) {
  return (
    <header className="access-page-header" style={primaryStyle(agency)}>
      {agency.logoUrl ? (
        <img src={agency.logoUrl} alt={agency.name} className="access-page-logo" />
      ) : (
        <strong className="access-page-name">{agency.name}</strong>
      )}
      {children}
    </header>
  );
}

/** The page as the agency's preview shows it: every action visible and inert. */
export function AccessPagePreview({ page, intake }: { page: AccessPageModel; intake?: ReactNode }) {
  return (
    <article
      className="access-page"
      lang={page.locale}
      aria-label={`${page.agency.name} access page`}
    >
      <AgencyHeader agency={page.agency} />
      <div className="access-page-body">
        <AccessPageView
          page={page}
          actions={{ kind: "preview" }}
          headingLevel={3}
          intake={intake}
        />
      </div>
    </article>
  );
}
