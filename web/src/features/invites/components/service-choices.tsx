import { textColorOn } from "@portico/domain/branding";
import {
  allowedAccessLevels,
  defaultAccessLevelFor,
  hasReadOnlyLevel,
} from "@portico/domain/catalogue/access";
import { PLATFORMS } from "@portico/domain/catalogue/platforms";
import {
  getService,
  isServiceId,
  SERVICES,
  type ServiceDefinition,
} from "@portico/domain/catalogue/services";
import type { ClientType } from "@portico/domain/clients";
import type { ConnectedAccountDoc } from "@portico/domain/connected-accounts";
import { inviteServiceProblems, type RequestedService } from "@portico/domain/invites";
import { type ReactNode, useId, useState } from "react";
import { Link } from "react-router";
import { SelectField, TextField } from "../../../components/form-field";

/** One chosen service, as the form holds it. */
export interface ServiceChoice {
  serviceId: string;
  accessLevel: string;
  connectedAccountId: string;
  optional?: boolean | undefined;
}

export type ConnectedAccountRow = ConnectedAccountDoc & { id: string };

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
export function newServiceChoice(
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
 * Choose accounts: the catalogue grouped by platform; for each chosen service
 * the agency account that receives it, the access level and whether it is
 * optional. Used by Create Invite and by the Edit invite dialog.
 */
export function ServiceChoices({
  value,
  onChange,
  clientType,
  accounts,
  errors,
  listError,
  note,
}: ServiceChoicesProps) {
  const [filter, setFilter] = useState("");
  const listErrorId = useId();
  const chosen = new Map(value.map((choice) => [choice.serviceId, choice]));
  const needle = filter.trim().toLowerCase();
  const visible = (service: ServiceDefinition) =>
    chosen.has(service.id) ||
    needle === "" ||
    service.name.toLowerCase().includes(needle) ||
    service.platform.includes(needle);

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
      <TextField
        label="Find a service"
        type="search"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        className="service-filter"
      />
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
                return (
                  <li key={service.id} className={choice ? "service-item chosen" : "service-item"}>
                    <label className="choice">
                      <input
                        type="checkbox"
                        checked={Boolean(choice)}
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
                    {choice && (
                      <ServiceChoiceRow
                        service={service}
                        choice={choice}
                        clientType={clientType}
                        accounts={accounts}
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
    </fieldset>
  );
}

function ServiceChoiceRow({
  service,
  choice,
  clientType,
  accounts,
  errors,
  note,
  onChange,
}: {
  service: ServiceDefinition;
  choice: ServiceChoice;
  clientType: ClientType;
  accounts: ConnectedAccountRow[];
  errors: ServiceChoiceFieldErrors;
  note: ReactNode;
  onChange: (patch: Partial<ServiceChoice>) => void;
}) {
  const levelId = useId();
  const levelHintId = `${levelId}-hint`;
  const ofKind = accounts.filter((account) => account.kind === service.receivingAccountKind);
  const levels = allowedAccessLevels(service, clientType);
  const level = service.accessLevels.find((candidate) => candidate.id === choice.accessLevel);
  // The domain's own words for a missing account (the seed's troubleshooting).
  const noAccountMessage =
    ofKind.length === 0
      ? inviteServiceProblems(
          [{ ...choice, serviceId: service.id, optional: false }],
          clientType,
          accounts,
        )["services.0.connectedAccountId"]
      : undefined;

  return (
    <fieldset className="service-settings">
      <legend className="visually-hidden">{service.name}</legend>
      {note}
      {ofKind.length === 0 ? (
        <div className="service-no-account">
          <p className={errors.connectedAccountId ? "field-error" : "warning"} role="alert">
            {errors.connectedAccountId ?? noAccountMessage}
          </p>
          <Link to="/settings/connected-accounts">Open Settings → Connected accounts</Link>
        </div>
      ) : (
        <SelectField
          label="Receiving account"
          value={choice.connectedAccountId}
          error={errors.connectedAccountId}
          onChange={(event) => onChange({ connectedAccountId: event.target.value })}
          options={[
            ...(choice.connectedAccountId ? [] : [{ value: "", label: "Choose an account" }]),
            ...ofKind.map((account) => ({
              value: account.id,
              label: account.label ? `${account.label} (${account.value})` : account.value,
            })),
          ]}
        />
      )}
      <SelectField
        label="Access level"
        id={levelId}
        aria-describedby={[levelHintId, errors.accessLevel && `${levelId}-error`]
          .filter(Boolean)
          .join(" ")}
        value={choice.accessLevel}
        error={errors.accessLevel}
        onChange={(event) => onChange({ accessLevel: event.target.value })}
        options={levels.map((candidate) => ({
          value: candidate.id,
          label: candidate.readOnly ? `${candidate.label} (read-only)` : candidate.label,
        }))}
      />
      <p id={levelHintId} className="field-hint">
        {level?.description}
        {clientType === "prospect" &&
          (hasReadOnlyLevel(service)
            ? ` This client is a Prospect, so only read-only levels are offered.`
            : ` ${service.name} has no read-only level, so every level is offered to this Prospect.`)}
      </p>
      <label className="choice">
        <input
          type="checkbox"
          checked={choice.optional ?? false}
          onChange={(event) => onChange({ optional: event.target.checked })}
        />
        Optional
        <span className="field-hint">
          {" "}
          (the client may skip it and the invite can still be complete)
        </span>
      </label>
      {errors.serviceId && (
        <p className="field-error" role="alert">
          {errors.serviceId}
        </p>
      )}
    </fieldset>
  );
}
