import { getService, isServiceId } from "@portico/domain/catalogue/services";
import {
  INVITE_STATUS_LABELS,
  type IntakeStatus,
  type InviteStatus,
  type ServiceStatus,
  type StoredInviteService,
} from "@portico/domain/invites";
import { Badge, type BadgeTone } from "../../../components/badge";

const INVITE_TONES: Record<InviteStatus, BadgeTone> = {
  pending: "neutral",
  in_progress: "info",
  complete: "success",
};

export function InviteStatusBadge({ status }: { status: InviteStatus }) {
  return (
    <span data-invite-status={status}>
      <Badge tone={INVITE_TONES[status]}>{INVITE_STATUS_LABELS[status]}</Badge>
    </span>
  );
}

const SERVICE_TONES: Record<ServiceStatus, BadgeTone> = {
  pending: "neutral",
  granted: "success",
  skipped: "warning",
};
const SERVICE_LABELS: Record<ServiceStatus, string> = {
  pending: "pending",
  granted: "granted",
  skipped: "skipped",
};

export function serviceName(serviceId: string): string {
  return isServiceId(serviceId) ? getService(serviceId).name : serviceId;
}

/** Each requested service with its own status, e.g. "Google Ads · granted". */
export function ServiceStatusList({ services }: { services: StoredInviteService[] }) {
  return (
    <ul className="service-status-list" aria-label="Requested services">
      {services.map((service) => (
        <li
          key={service.serviceId}
          className={`service-status service-status-${service.status}`}
          data-service-id={service.serviceId}
          data-status={service.status}
          title={service.skipReason ? `Skipped: ${service.skipReason}` : undefined}
        >
          <span className="service-status-name">
            {serviceName(service.serviceId)}
            {service.optional && <span className="muted"> (optional)</span>}
          </span>{" "}
          <Badge tone={SERVICE_TONES[service.status]}>{SERVICE_LABELS[service.status]}</Badge>
        </li>
      ))}
    </ul>
  );
}

const INTAKE_LABELS: Record<IntakeStatus, string> = {
  not_requested: "Not requested",
  pending: "Pending",
  done: "Done",
};

export function IntakeStatusBadge({ status }: { status: IntakeStatus }) {
  if (status === "not_requested") return <span className="muted">{INTAKE_LABELS[status]}</span>;
  return <Badge tone={status === "done" ? "success" : "neutral"}>{INTAKE_LABELS[status]}</Badge>;
}
