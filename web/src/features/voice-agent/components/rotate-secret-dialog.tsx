import {
  rotateConnectionSecretCallable,
  subscribeCalendlyCallable,
} from "@portico/domain/callables/voice";
import { CONNECTION_PLATFORM_INFO, SECRET_OVERLAP_HOURS } from "@portico/domain/voice/connections";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Dialog, DialogFormActions } from "../../../components/dialog";
import { FormError, TextField } from "../../../components/form-field";
import type { AgentConnectionRow } from "../../../data/agent-connections-repository";
import { call } from "../../../lib/callable";
import { applyServerErrors } from "../../../lib/server-errors";

/** What the card shows after a rotation: the new secret (minted ones only), once. */
export interface Rotated {
  secret: string | null;
}

/**
 * Rotate the signing secret: Portico mints a new one, takes the platform's new
 * key (Retell), or subscribes to Calendly again with a new key. The replaced
 * secret keeps verifying for SECRET_OVERLAP_HOURS.
 */
export function RotateSecretDialog({
  clientId,
  connection,
  open,
  onOpenChange,
  onRotated,
}: {
  clientId: string;
  connection: AgentConnectionRow;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onRotated: (rotated: Rotated) => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<{ platformKey: string; personalAccessToken: string }>({
    defaultValues: { platformKey: "", personalAccessToken: "" },
  });
  const platform = connection.platform;
  const minted = CONNECTION_PLATFORM_INFO[platform].secretSource === "minted";

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const input = { clientId, connectionId: connection.id };
      if (platform === "calendly") {
        await call(subscribeCalendlyCallable, {
          ...input,
          personalAccessToken: values.personalAccessToken,
        });
        onRotated({ secret: null });
      } else {
        const rotated = await call(rotateConnectionSecretCallable, {
          ...input,
          ...(minted ? {} : { platformKey: values.platformKey }),
        });
        onRotated({ secret: rotated.secret });
      }
      reset();
    } catch (error) {
      setFormError(
        applyServerErrors(error, setError, ["platformKey", "personalAccessToken"] as const),
      );
    }
  });

  const description = minted
    ? `Portico makes a new signing secret for you to paste into ${CONNECTION_PLATFORM_INFO[platform].name}. The current one keeps working for ${SECRET_OVERLAP_HOURS} hours, so no webhook is lost while you update it.`
    : platform === "calendly"
      ? `Portico subscribes to Calendly again with a new signing key. The current key keeps working for ${SECRET_OVERLAP_HOURS} hours, for deliveries Calendly is still retrying.`
      : `Paste Retell's new webhook API key. The current key keeps working for ${SECRET_OVERLAP_HOURS} hours.`;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setFormError(null);
        onOpenChange(next);
      }}
      title={`Rotate the secret of ${connection.label}?`}
      description={description}
    >
      <form onSubmit={(event) => void submit(event)} noValidate className="stack">
        <FormError>{formError}</FormError>
        {platform === "retell" && (
          <TextField
            label="Retell API key (webhook badge)"
            type="password"
            autoComplete="off"
            error={errors.platformKey?.message}
            {...register("platformKey")}
          />
        )}
        {platform === "calendly" && (
          <TextField
            label="Calendly personal access token"
            type="password"
            autoComplete="off"
            error={errors.personalAccessToken?.message}
            {...register("personalAccessToken")}
          />
        )}
        <DialogFormActions
          submitLabel={platform === "calendly" ? "Subscribe again" : "Rotate secret"}
          busy={isSubmitting}
        />
      </form>
    </Dialog>
  );
}
