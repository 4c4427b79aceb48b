import {
  createAgentConnectionCallable,
  subscribeCalendlyCallable,
} from "@portico/domain/callables/voice";
import {
  CONNECTION_PLATFORM_INFO,
  CONNECTION_PLATFORMS,
  type ConnectionPlatform,
} from "@portico/domain/voice/connections";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Dialog, DialogFormActions } from "../../../components/dialog";
import { FormError, TextField } from "../../../components/form-field";
import { call } from "../../../lib/callable";
import { applyServerErrors } from "../../../lib/server-errors";
import { kindsText } from "./platform-text";

interface AddConnectionValues {
  platform: ConnectionPlatform;
  label: string;
  agentIds: string;
  platformKey: string;
  platformApiKey: string;
  personalAccessToken: string;
}

/** What the section shows once a connection is added: the secret Portico minted, once. */
export interface AddedConnection {
  connectionId: string;
  secret: string | null;
}

const FIELDS = [
  "platform",
  "label",
  "agentIds",
  "platformKey",
  "platformApiKey",
  "personalAccessToken",
] as const;

/** Agent IDs as typed: one per line or comma-separated. */
function agentIdList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}

/**
 * Add connection: the platform, a name, and what the platform signs with
 * where Portico does not mint it (Retell's API key; Calendly's token, with
 * which Portico creates the subscription itself).
 */
export function AddConnectionDialog({
  clientId,
  open,
  onOpenChange,
  onAdded,
}: {
  clientId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onAdded: (added: AddedConnection) => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddConnectionValues>({
    defaultValues: {
      platform: "vapi",
      label: "",
      agentIds: "",
      platformKey: "",
      platformApiKey: "",
      personalAccessToken: "",
    },
  });
  const platform = watch("platform");
  const info = CONNECTION_PLATFORM_INFO[platform];

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const added =
        values.platform === "calendly"
          ? {
              ...(await call(subscribeCalendlyCallable, {
                clientId,
                label: values.label,
                personalAccessToken: values.personalAccessToken,
              })),
              secret: null,
            }
          : await call(createAgentConnectionCallable, {
              clientId,
              platform: values.platform,
              label: values.label,
              agentIds: info.kinds.includes("calls") ? agentIdList(values.agentIds) : [],
              ...(values.platform === "retell" ? { platformKey: values.platformKey } : {}),
              ...(values.platform === "vapi" && values.platformApiKey.trim()
                ? { platformApiKey: values.platformApiKey }
                : {}),
            });
      reset();
      onAdded({ connectionId: added.connectionId, secret: added.secret });
    } catch (error) {
      setFormError(applyServerErrors(error, setError, FIELDS));
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setFormError(null);
        onOpenChange(next);
      }}
      title="Add connection"
      description="Each connection has its own webhook URL and signing secret."
    >
      <form onSubmit={(event) => void submit(event)} noValidate className="stack">
        <FormError>{formError}</FormError>
        <fieldset className="platform-choices">
          <legend className="field-label">Platform</legend>
          {CONNECTION_PLATFORMS.map((id) => (
            <label key={id} className="platform-choice">
              <input type="radio" value={id} {...register("platform")} />
              <span>
                <strong>{CONNECTION_PLATFORM_INFO[id].name}</strong>
                <span className="muted small"> · {kindsText(id)}</span>
              </span>
            </label>
          ))}
          {errors.platform?.message && (
            <p className="field-error" role="alert">
              {errors.platform.message}
            </p>
          )}
        </fieldset>
        <TextField
          label="Name (optional)"
          placeholder={`e.g. ${info.name} front desk`}
          autoComplete="off"
          error={errors.label?.message}
          {...register("label")}
        />
        {info.kinds.includes("calls") && (
          <TextField
            label="Agent IDs (optional)"
            hint="Only calls from these agents are accepted; leave empty to accept every agent of the account. Separate them with commas."
            autoComplete="off"
            error={errors.agentIds?.message}
            {...register("agentIds")}
          />
        )}
        {platform === "retell" && (
          <TextField
            label="Retell API key (webhook badge)"
            hint="Retell signs webhooks with the API key that has the webhook badge (Settings → API Keys)."
            type="password"
            autoComplete="off"
            error={errors.platformKey?.message}
            {...register("platformKey")}
          />
        )}
        {platform === "vapi" && (
          <TextField
            label="Vapi private API key (optional)"
            hint="Vapi → Organization → API Keys. With it Portico keeps the assistant's FAQs, greeting and hours up to date and refreshes expired recordings. Kept encrypted; nobody can read it back."
            type="password"
            autoComplete="off"
            error={errors.platformApiKey?.message}
            {...register("platformApiKey")}
          />
        )}
        {platform === "calendly" && (
          <TextField
            label="Calendly personal access token"
            hint="Calendly → Integrations & apps → API & webhooks. Portico creates the webhook subscription with it and keeps it encrypted; nobody can read it back."
            type="password"
            autoComplete="off"
            error={errors.personalAccessToken?.message}
            {...register("personalAccessToken")}
          />
        )}
        <DialogFormActions
          submitLabel={platform === "calendly" ? "Connect Calendly" : "Add connection"}
          busy={isSubmitting}
        />
      </form>
    </Dialog>
  );
}
