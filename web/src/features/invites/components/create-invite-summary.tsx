import { getService, isServiceId } from "@portico/domain/catalogue/services";
import { CLIENT_TYPE_LABELS } from "@portico/domain/clients";
import { LOCALE_LABELS } from "@portico/domain/i18n/locales";
import { useId } from "react";
import type { ClientRow } from "../../../data/clients-repository";
import type { CreateInviteForm } from "./create-invite-form";
import type { ConnectedAccountRow } from "./service-choices";

/** What happens to the link on Send, as the checkbox now stands. */
function sendEmailHint(client: ClientRow, sendEmail: boolean): string {
  if (!sendEmail)
    return "No email is sent: copy the link on the next screen and share it yourself.";
  return client.email
    ? `Portico emails the invite link to ${client.email}.`
    : `${client.name} has no email address: turn this off and copy the link instead.`;
}

/** Review the summary, then choose whether Portico emails the invite and keeps sign-in tokens. */
export function CreateInviteSummary({
  form,
  client,
  accounts,
  intakeQuestions,
}: {
  form: CreateInviteForm;
  client: ClientRow;
  accounts: ConnectedAccountRow[];
  intakeQuestions: number;
}) {
  const {
    watch,
    register,
    formState: { errors },
  } = form;
  const values = watch();
  const sendEmailId = useId();
  const retainTokensId = useId();
  const afterText = values.redirectUrl
    ? `Redirect to ${values.redirectUrl}`
    : values.thankYouMessage
      ? `Thank you message: “${values.thankYouMessage}”`
      : "The standard thank you page";

  return (
    <div className="stack">
      <dl className="details invite-summary">
        <dt>Client</dt>
        <dd>
          {client.name}
          {client.company && ` (${client.company})`} · {CLIENT_TYPE_LABELS[client.type]} ·{" "}
          {LOCALE_LABELS[client.language]}
          <br />
          <span className="muted">{client.email || "No email address"}</span>
        </dd>
        <dt>Services</dt>
        <dd>
          <ul className="summary-services">
            {values.services.map((choice) => {
              if (!isServiceId(choice.serviceId)) return null;
              const service = getService(choice.serviceId);
              const level = service.accessLevels.find((item) => item.id === choice.accessLevel);
              const account = accounts.find((item) => item.id === choice.connectedAccountId);
              return (
                <li key={service.id}>
                  <strong>{service.name}</strong>: {level?.label ?? choice.accessLevel}
                  {account &&
                    ` → ${account.label ? `${account.label} (${account.value})` : account.value}`}
                  {choice.optional ? " · Optional" : " · Required"}
                </li>
              );
            })}
          </ul>
        </dd>
        <dt>Intake Form</dt>
        <dd>
          {values.intakeForm
            ? `On: ${intakeQuestions} question${intakeQuestions === 1 ? "" : "s"}`
            : "Off"}
        </dd>
        <dt>After granting access</dt>
        <dd>{afterText}</dd>
        <dt>Access tokens</dt>
        <dd>
          {values.retainTokens
            ? "Kept, encrypted: owners and admins can reveal them"
            : "Not kept: used once to grant access, then dropped"}
        </dd>
      </dl>
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            aria-invalid={errors.sendEmail ? true : undefined}
            aria-describedby={errors.sendEmail ? `${sendEmailId}-error` : `${sendEmailId}-hint`}
            {...register("sendEmail")}
          />
          Send email notification
        </label>
        <p id={`${sendEmailId}-hint`} className="field-hint">
          {sendEmailHint(client, values.sendEmail ?? true)}
        </p>
        {errors.sendEmail && (
          <p id={`${sendEmailId}-error`} className="field-error" role="alert">
            {errors.sendEmail.message}
          </p>
        )}
      </div>
      <div className="field">
        <label className="choice toggle">
          <input
            type="checkbox"
            role="switch"
            aria-checked={values.retainTokens ?? false}
            aria-describedby={`${retainTokensId}-hint`}
            {...register("retainTokens")}
          />
          Keep access tokens
        </label>
        <p id={`${retainTokensId}-hint`} className="field-hint">
          Store the sign-in tokens, encrypted, so owners and admins can reveal them later.
        </p>
      </div>
    </div>
  );
}
