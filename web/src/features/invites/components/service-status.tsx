import { servicesAwaitingAccount } from "@portico/domain/connected-accounts";
import type { ServiceStatus, StoredInviteService } from "@portico/domain/invites";
import { Popover } from "radix-ui";
import { Badge, type BadgeTone } from "../../../components/badge";
import { Button } from "../../../components/button";
import type { InviteRow } from "../../../data/invites-repository";
import { serviceName } from "./invite-status";
import { awaitsVerification, serviceStatusDetail, serviceStatusLabel } from "./service-status-text";
import { useMarkVerified } from "./use-mark-verified";

const SERVICE_TONES: Record<ServiceStatus, BadgeTone> = {
  pending: "neutral",
  granted: "success",
  skipped: "warning",
};

/**
 * Each requested service with its own status, e.g. "Google Ads · granted", and
 * why on demand. A service still waiting on a receiving account that was
 * removed from Connected accounts says so: the client cannot grant it until
 * the invite is edited.
 */
export function ServiceStatusList({
  invite,
  canEdit,
  connectedAccountIds,
}: {
  invite: InviteRow;
  canEdit: boolean;
  connectedAccountIds: ReadonlySet<string> | null;
}) {
  const awaiting = new Set(
    connectedAccountIds
      ? servicesAwaitingAccount(invite, connectedAccountIds).map((service) => service.serviceId)
      : [],
  );
  return (
    <ul className="service-status-list" aria-label="Requested services">
      {invite.services.map((service) => {
        const detail = serviceStatusDetail(service);
        const accountRemoved = awaiting.has(service.serviceId);
        return (
          <li
            key={service.serviceId}
            className={`service-status service-status-${service.status}`}
            data-service-id={service.serviceId}
            data-status={service.status}
            data-verified={
              service.status === "granted" ? String(service.verifiedAt !== null) : undefined
            }
            data-granted-via={service.grantedVia ?? undefined}
            data-account-removed={accountRemoved || undefined}
            title={
              accountRemoved
                ? `${service.connectedAccount.label ?? "Its receiving account"} was removed from Connected accounts. Edit the invite to choose another account.`
                : detail.join(" ")
            }
          >
            <span className="service-status-name">
              {serviceName(service.serviceId)}
              {service.optional && <span className="muted"> (optional)</span>}
            </span>{" "}
            {accountRemoved ? (
              <Badge tone="danger">Account removed</Badge>
            ) : service.status === "pending" ? (
              <Badge tone={SERVICE_TONES.pending}>{serviceStatusLabel(service)}</Badge>
            ) : (
              <ServiceStatusDetail
                invite={invite}
                service={service}
                detail={detail}
                canEdit={canEdit}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The badge as a button: its popover says why, and offers Mark verified to editors. */
function ServiceStatusDetail({
  invite,
  service,
  detail,
  canEdit,
}: {
  invite: InviteRow;
  service: StoredInviteService;
  detail: string[];
  canEdit: boolean;
}) {
  const { markVerified, busy } = useMarkVerified(invite);
  const name = serviceName(service.serviceId);
  const label = serviceStatusLabel(service);
  return (
    <Popover.Root>
      <Popover.Trigger
        className={`badge badge-${SERVICE_TONES[service.status]} badge-button`}
        aria-label={`${name}: ${label}. Details`}
      >
        {label}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="menu service-detail"
          align="start"
          sideOffset={4}
          aria-label={`${name} on ${invite.client.name}'s invite`}
        >
          <p className="service-detail-title">
            {name}: {label}
          </p>
          {detail.map((line) => (
            <p key={line} className="small">
              {line}
            </p>
          ))}
          {canEdit && awaitsVerification(service) && (
            <Button
              className="btn-small"
              busy={busy === service.serviceId}
              onClick={() => void markVerified(service.serviceId)}
            >
              Mark verified
            </Button>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
