import { allowedAccessLevels, hasReadOnlyLevel } from "@portico/domain/catalogue/access";
import type { ServiceDefinition } from "@portico/domain/catalogue/services";
import type { ClientType } from "@portico/domain/clients";
import { inviteServiceProblems } from "@portico/domain/invites";
import { type ReactNode, useId } from "react";
import { Button } from "../../../components/button";
import { SelectField } from "../../../components/form-field";
import type {
  AccountSnapshot,
  ConnectedAccountRow,
  ServiceChoice,
  ServiceChoiceFieldErrors,
} from "./service-choices";

function accountLabel(account: { label?: string | undefined; value?: string | undefined }) {
  if (!account.label) return account.value ?? "";
  return account.value ? `${account.label} (${account.value})` : account.label;
}

/**
 * One chosen service: the agency account that receives it, the access level
 * and whether it is optional. An account removed from Connected accounts
 * since stays shown by name, marked removed, until another is chosen.
 */
export function ServiceChoiceRow({
  service,
  choice,
  clientType,
  accounts,
  accountSnapshots,
  onConnect,
  errors,
  note,
  onChange,
}: {
  service: ServiceDefinition;
  choice: ServiceChoice;
  clientType: ClientType;
  accounts: ConnectedAccountRow[];
  accountSnapshots: Record<string, AccountSnapshot>;
  /** Opens Connect account for this service's kind; null when the user may not connect accounts. */
  onConnect: (() => void) | null;
  errors: ServiceChoiceFieldErrors;
  note: ReactNode;
  onChange: (patch: Partial<ServiceChoice>) => void;
}) {
  const levelId = useId();
  const levelHintId = `${levelId}-hint`;
  const ofKind = accounts.filter((account) => account.kind === service.receivingAccountKind);
  const current = ofKind.find((account) => account.id === choice.connectedAccountId);
  const removed =
    !current && choice.connectedAccountId ? accountSnapshots[choice.connectedAccountId] : undefined;
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
  const removedMessage = removed
    ? `${removed.label || removed.value || "Its account"} is no longer connected (removed in Settings → Connected accounts).`
    : null;

  return (
    <fieldset className="service-settings">
      <legend className="visually-hidden">{service.name}</legend>
      {note}
      {removedMessage && <p className="warning">{removedMessage}</p>}
      {ofKind.length === 0 ? (
        <div className="service-no-account">
          <p className={errors.connectedAccountId ? "field-error" : "warning"} role="alert">
            {errors.connectedAccountId ?? noAccountMessage}
          </p>
          {onConnect ? (
            <Button variant="secondary" className="btn-small" onClick={onConnect}>
              Connect account
            </Button>
          ) : (
            <p className="muted small">Ask an owner or admin to connect one.</p>
          )}
        </div>
      ) : (
        <SelectField
          label="Receiving account"
          value={choice.connectedAccountId}
          error={errors.connectedAccountId}
          onChange={(event) => onChange({ connectedAccountId: event.target.value })}
          options={[
            ...(current
              ? []
              : [
                  {
                    value: choice.connectedAccountId,
                    label: removed ? `${accountLabel(removed)} (removed)` : "Choose an account",
                  },
                ]),
            ...ofKind.map((account) => ({ value: account.id, label: accountLabel(account) })),
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
