import { getService, isServiceId } from "@portico/domain/catalogue/services";
import {
  INVITE_STATUS_LABELS,
  type IntakeStatus,
  type InviteStatus,
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

export function serviceName(serviceId: string): string {
  return isServiceId(serviceId) ? getService(serviceId).name : serviceId;
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
