// One thing, just over 300 lines: the Create Invite service catalogue step (filter, groups, connect dialog).
import { textColorOn } from "@portico/domain/branding";
import { allowedAccessLevels, defaultAccessLevelFor } from "@portico/domain/catalogue/access";
import { PLATFORMS } from "@portico/domain/catalogue/platforms";
import {
  getService,
  isServiceId,
  SERVICES,
  type ServiceDefinition,
} from "@portico/domain/catalogue/services";
import type { ClientType } from "@portico/domain/clients";
import type { ConnectedAccountDoc } from "@portico/domain/connected-accounts";
import type { RequestedService } from "@portico/domain/invites";
import { canManageAgency } from "@portico/domain/roles";
import { type ReactNode, useId, useState } from "react";
import { Badge } from "../../../components/badge";
import { Button } from "../../../components/button";
import { ConnectAccountDialog } from "../../../components/connected-account-form";
import { TextField } from "../../../components/form-field";
import { useAgencySession } from "../../../lib/session";
import { ServiceChoiceRow } from "./service-choice-row";

/** One chosen service, as the form holds it. */
export interface ServiceChoice {
  serviceId: string;
  accessLevel: string;
  connectedAccountId: string;
  optional?: boolean | undefined;
}

export type ConnectedAccountRow = ConnectedAccountDoc & { id: string };

/** An account as an invite stored it, to name one removed from Connected accounts since. */
export interface AccountSnapshot {
  label?: string | undefined;
  value?: string | undefined;
}

/** Messages for one chosen service's fields. */
export interface ServiceChoiceFieldErrors {
  serviceId?: string | undefined;
  accessLevel?: string | undefined;
  connectedAccountId?: string | undefined;
}

interface ServiceChoicesProps {
  value: ServiceChoice[];
  onChange: (next: ServiceChoice[]) => void;
  clientType: ClientType;
  accounts: ConnectedAccountRow[];
  /** Per service id: react-hook-form's `services.N.*` errors mapped with `serviceChoiceErrors`. */
  errors: Record<string, ServiceChoiceFieldErrors>;
  /** A message about the whole list, e.g. "Choose at least one service." */
  listError?: string | undefined;
  /** Extra words beside a chosen service, e.g. its status on an existing invite. */
  note?: (serviceId: string) => ReactNode;
  /** The invite's stored accounts by id (Edit invite), to name one that was removed. */
  accountSnapshots?: Record<string, AccountSnapshot>;
}

/**
 * Maps react-hook-form's errors for `services` (an array indexed like the
 * form's value) to the chosen services' ids, so a server error on
 * `services.2.accessLevel` lands beside the right service.
 */
export function serviceChoiceErrors(
  services: ServiceChoice[],
  errors: unknown,
): Record<string, ServiceChoiceFieldErrors> {
  const result: Record<string, ServiceChoiceFieldErrors> = {};
  if (!errors || typeof errors !== "object") return result;
  services.forEach((service, index) => {
    const entry = (errors as Record<number, Record<string, { message?: string } | undefined>>)[
      index
    ];
    if (!entry) return;
    result[service.serviceId] = {
      serviceId: entry.serviceId?.message,
      accessLevel: entry.accessLevel?.message,
      connectedAccountId: entry.connectedAccountId?.message,
    };
  });
  return result;
}

/** The message for the whole list (a zod array issue), wherever react-hook-form put it. */
export function serviceListError(errors: unknown): string | undefined {
  if (!errors || typeof errors !== "object") return undefined;
  const list = errors as { message?: string; root?: { message?: string } };
  return list.message ?? list.root?.message;
}

/**
 * The form's choices as the domain checks take them. Unknown service ids pass
 * through: `inviteServiceProblems` skips them and the schema reports them.
 */
export function asRequested(choices: ServiceChoice[]): RequestedService[] {
  return choices.map((choice) => ({
    ...choice,
    serviceId: choice.serviceId as RequestedService["serviceId"],
    optional: choice.optional ?? false,
  }));
}

/** A new choice with the catalogue's default level for this client and the first account. */
function newServiceChoice(
  service: ServiceDefinition,
  clientType: ClientType,
  accounts: ConnectedAccountRow[],
): ServiceChoice {
  return {
    serviceId: service.id,
    accessLevel: defaultAccessLevelFor(service, clientType),
    connectedAccountId:
      accounts.find((account) => account.kind === service.receivingAccountKind)?.id ?? "",
    optional: false,
  };
}

/** Levels a client type may not be asked for move to the default for that type. */
export function fitChoicesToClient(
  choices: ServiceChoice[],
  clientType: ClientType,
): ServiceChoice[] {
  return choices.map((choice) => {
    if (!isServiceId(choice.serviceId)) return choice;
    const service = getService(choice.serviceId);
    const allowed = allowedAccessLevels(service, clientType);
    return allowed.some((level) => level.id === choice.accessLevel)
      ? choice
      : { ...choice, accessLevel: defaultAccessLevelFor(service, clientType) };
  });
}

/**
 * Choose accounts: the catalogue grouped by platform, each service saying
 * whether an account of the agency can receive it (with "Connected only" to
 * hide the rest, and Connect account in place for owners and admins); for
 * each chosen service the agency account that receives it, the access level
 * and whether it is optional. Used by Create Invite and by Edit invite.
 */
export function ServiceChoices({
  value,
  onChange,
  clientType,
  accounts,
  errors,
  listError,
  note,
  accountSnapshots = {},
}: ServiceChoicesProps) {
  const { agency } = useAgencySession();
  const canConnect = canManageAgency(agency.role);
  const [filter, setFilter] = useState("");
  const [connectedOnly, setConnectedOnly] = useState(false);
  const [connecting, setConnecting] = useState<ServiceDefinition | null>(null);
  const listErrorId = useId();
  const readyId = useId();
  const chosen = new Map(value.map((choice) => [choice.serviceId, choice]));
  const needle = filter.trim().toLowerCase();
  const connectedKinds = new Set(accounts.map((account) => account.kind));
  const ready = (service: ServiceDefinition) => connectedKinds.has(service.receivingAccountKind);
  const visible = (service: ServiceDefinition) =>
    chosen.has(service.id) ||
    ((needle === "" ||
      service.name.toLowerCase().includes(needle) ||
      service.platform.includes(needle)) &&
      (!connectedOnly || ready(service)));
  const readyCount = SERVICES.filter(ready).length;

  const toggle = (service: ServiceDefinition, on: boolean) => {
    onChange(
      on
        ? [...value, newServiceChoice(service, clientType, accounts)]
        : value.filter((choice) => choice.serviceId !== service.id),
    );
  };
  const update = (serviceId: string, patch: Partial<ServiceChoice>) => {
    onChange(
      value.map((choice) => (choice.serviceId === serviceId ? { ...choice, ...patch } : choice)),
    );
  };
  /** A chosen service waiting for an account gets the one just connected. */
  const connected = (service: ServiceDefinition, accountId: string) => {
    const choice = chosen.get(service.id);
    const hasAccount = accounts.some(
      (account) =>
        account.id === choice?.connectedAccountId && account.kind === service.receivingAccountKind,
    );
    if (choice && !hasAccount) update(service.id, { connectedAccountId: accountId });
  };

  return (
    <fieldset
      className="service-choices"
      aria-describedby={listError ? listErrorId : undefined}
      aria-invalid={listError ? true : undefined}
    >
      <legend className="field-label">Services</legend>
      {listError && (
        <p id={listErrorId} className="field-error" role="alert">
          {listError}
        </p>
      )}
      <div className="service-filters">
        <TextField
          label="Find a service"
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          className="service-filter"
        />
        <label className="choice">
          <input
            type="checkbox"
            checked={connectedOnly}
            onChange={(event) => setConnectedOnly(event.target.checked)}
          />
          Connected only
          <span className="field-hint">
            {" "}
            ({readyCount} of {SERVICES.length} services have a connected account)
          </span>
        </label>
      </div>
      {PLATFORMS.map((platform) => {
        const services = SERVICES.filter(
          (service) => service.platform === platform.id && visible(service),
        );
        if (services.length === 0) return null;
        return (
          <fieldset key={platform.id} className="service-platform">
            <legend>{platform.name}</legend>
            <ul className="service-list">
              {services.map((service) => {
                const choice = chosen.get(service.id);
                const isReady = ready(service);
                const onConnect = canConnect ? () => setConnecting(service) : null;
                return (
                  <li key={service.id} className={choice ? "service-item chosen" : "service-item"}>
                    <div className="service-item-line">
                      <label className="choice">
                        <input
                          type="checkbox"
                          checked={Boolean(choice)}
                          aria-describedby={`${readyId}-${service.id}`}
                          onChange={(event) => toggle(service, event.target.checked)}
                        />
                        <span
                          className="service-icon"
                          style={{
                            background: service.icon.color,
                            color: textColorOn(service.icon.color),
                          }}
                          aria-hidden="true"
                        >
                          {service.icon.monogram}
                        </span>
                        {service.name}
                      </label>
                      <span id={`${readyId}-${service.id}`} className="service-readiness">
                        <Badge tone={isReady ? "success" : "warning"}>
                          {isReady ? "Account connected" : "No account connected"}
                        </Badge>
                      </span>
                      {!isReady && !choice && onConnect && (
                        <Button
                          variant="ghost"
                          className="btn-small"
                          aria-label={`Connect an account for ${service.name}`}
                          onClick={onConnect}
                        >
                          Connect
                        </Button>
                      )}
                    </div>
                    {choice && (
                      <ServiceChoiceRow
                        service={service}
                        choice={choice}
                        clientType={clientType}
                        accounts={accounts}
                        accountSnapshots={accountSnapshots}
                        onConnect={onConnect}
                        errors={errors[service.id] ?? {}}
                        note={note?.(service.id)}
                        onChange={(patch) => update(service.id, patch)}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
      <ConnectAccountDialog
        open={connecting !== null}
        onOpenChange={(open) => !open && setConnecting(null)}
        kind={connecting?.receivingAccountKind}
        onConnected={(accountId) => connecting && connected(connecting, accountId)}
      />
    </fieldset>
  );
}
