import {
  type AccessPageModel,
  type AccessPageServiceModel,
  fillTemplate,
} from "@portico/domain/access-page-model";
import { serviceStillNeeded } from "@portico/domain/invite-status";
import type { CSSProperties } from "react";
import { Heading, type HeadingLevel } from "./heading";

/** What the buttons of a service do: handlers on the client's page, nothing in the preview. */
export type ServiceActions =
  | {
      kind: "live";
      onConnect: (serviceId: string) => void;
      onConfirm: (serviceId: string) => void;
      onSkip: (serviceId: string) => void;
      /** The service whose action is under way: its buttons wait. */
      busyServiceId: string | null;
    }
  /** Every action shown, none does anything (the agency's preview). */
  | { kind: "preview" }
  /** Statuses only (the completed request). */
  | { kind: "none" };

/** Id of a service's heading, where focus goes after an action. */
export const serviceHeadingId = (serviceId: string) => `service-${serviceId}`;

/** The agency's fill, its text and hover fill, for `.access-page-header` and `.access-page-primary`. */
export function primaryStyle(agency: AccessPageModel["agency"]): CSSProperties {
  return {
    "--brand-fill": agency.primaryColor,
    "--brand-on-fill": agency.onPrimaryColor,
    "--brand-fill-hover": agency.primaryHoverColor,
  } as CSSProperties;
}

/** One requested service: its name, access level, status and what the client can do. */
export function ServiceCard({
  service,
  page,
  actions,
  headingLevel,
}: {
  service: AccessPageServiceModel;
  page: Pick<AccessPageModel, "agency" | "texts" | "templates">;
  actions: ServiceActions;
  headingLevel: HeadingLevel;
}) {
  const { texts, templates } = page;
  // A required service the client skipped stays open: the request needs it. A
  // service whose agency account was removed offers nothing until the agency picks another.
  const open = serviceStillNeeded(service) && actions.kind !== "none" && !service.awaitingAgency;
  const skippable = service.status === "pending";
  const busy = actions.kind === "live" && actions.busyServiceId !== null;
  const busyHere = actions.kind === "live" && actions.busyServiceId === service.serviceId;
  /** Props of an action button: a handler when live, inert in the preview. */
  const act = (handler: "onConnect" | "onConfirm" | "onSkip") =>
    actions.kind === "live"
      ? busy
        ? { "aria-disabled": true as const }
        : { onClick: () => actions[handler](service.serviceId) }
      : { "aria-disabled": true as const };
  const done = (
    <button
      type="button"
      className="btn access-page-primary"
      style={primaryStyle(page.agency)}
      {...act("onConfirm")}
    >
      {texts.done}
    </button>
  );
  const skip = skippable && (
    <button type="button" className="btn btn-secondary" {...act("onSkip")}>
      {texts.skip}
    </button>
  );

  return (
    <li
      className="access-page-service"
      data-service-id={service.serviceId}
      data-status={service.status}
      aria-busy={busyHere || undefined}
    >
      <div className="access-page-service-title">
        <span
          className="service-icon"
          style={{ background: service.icon.color, color: service.icon.textColor }}
          aria-hidden="true"
        >
          {service.icon.monogram}
        </span>
        <Heading
          level={headingLevel}
          id={actions.kind === "live" ? serviceHeadingId(service.serviceId) : undefined}
          tabIndex={actions.kind === "live" ? -1 : undefined}
        >
          {service.name}
        </Heading>
        {service.optional && <span className="badge">{texts.optional}</span>}
        <StatusBadge service={service} texts={texts} />
      </div>
      <p className="access-page-level">
        {texts.accessLevel}: <strong>{service.levelLabel}</strong>
      </p>
      {service.status === "granted" && service.grantedAccount && (
        <p className="access-page-granted-to">
          {fillTemplate(templates.grantedTo, { account: service.grantedAccount })}
        </p>
      )}
      {service.status === "pending" && service.awaitingAgency && (
        <p className="access-page-awaiting" role="status">
          {texts.awaitingAgency}
        </p>
      )}
      {open && service.method === "oauth" && (
        <>
          <div className="access-page-actions">
            <button
              type="button"
              className="btn access-page-primary"
              style={primaryStyle(page.agency)}
              {...act("onConnect")}
            >
              {busyHere ? texts.connecting : service.connectLabel}
            </button>
            {skip}
          </div>
          <details className="access-page-steps">
            <summary>{texts.stepsInstead}</summary>
            <StepList steps={service.steps} />
            <div className="access-page-actions">{done}</div>
          </details>
        </>
      )}
      {open && service.method === "guided" && (
        <>
          <p className="access-page-steps-title">{texts.stepsTitle}</p>
          <StepList steps={service.steps} />
          <div className="access-page-actions">
            {done}
            {skip}
          </div>
        </>
      )}
    </li>
  );
}

function StatusBadge({
  service,
  texts,
}: {
  service: AccessPageServiceModel;
  texts: AccessPageModel["texts"];
}) {
  if (service.status === "granted") {
    return (
      <span className="badge badge-success">
        {service.grantedVia === "client_confirmed" ? texts.grantedConfirmed : texts.granted}
      </span>
    );
  }
  if (service.status === "skipped")
    return <span className="badge badge-warning">{texts.skipped}</span>;
  return null;
}

function StepList({ steps }: { steps: string[] }) {
  return (
    <ol className="access-page-step-list">
      {steps.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ol>
  );
}
