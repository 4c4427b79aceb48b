import {
  createWebhookEndpointCallable,
  updateWebhookEndpointCallable,
} from "@portico/domain/callables/webhooks";
import {
  WEBHOOK_EVENT_INFO,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
} from "@portico/domain/webhooks/events";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { Dialog, DialogFormActions } from "../../../components/dialog";
import { FormError, TextField } from "../../../components/form-field";
import type { WebhookEndpointRow } from "../../../data/webhooks-repository";
import { call } from "../../../lib/callable";
import { applyServerErrors } from "../../../lib/server-errors";

interface EndpointValues {
  url: string;
  description: string;
  events: WebhookEventType[];
}

const FIELDS = ["url", "description", "events"] as const;

/**
 * Add endpoint / Edit endpoint: the URL (checked by the server: public https
 * only), a description and the events it wants. A new endpoint's secret is
 * handed to `onCreated`, to be shown at once.
 */
export function EndpointFormDialog({
  endpoint,
  open,
  onOpenChange,
  onCreated,
}: {
  /** Null: a new endpoint. */
  endpoint: WebhookEndpointRow | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (created: { endpointId: string; secret: string }) => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<EndpointValues>();

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    reset({
      url: endpoint?.url ?? "",
      description: endpoint?.description ?? "",
      events: endpoint?.events ?? [],
    });
  }, [open, endpoint, reset]);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const input = { url: values.url, description: values.description, events: values.events };
    try {
      if (endpoint) {
        await call(updateWebhookEndpointCallable, {
          ...input,
          endpointId: endpoint.id,
          enabled: endpoint.status === "enabled",
        });
        onOpenChange(false);
      } else {
        onCreated(await call(createWebhookEndpointCallable, input));
      }
    } catch (error) {
      setFormError(applyServerErrors(error, setError, FIELDS));
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={endpoint ? "Edit endpoint" : "Add endpoint"}
      description="Portico posts each event you choose to this URL, signed the Standard Webhooks way."
    >
      <form onSubmit={(event) => void submit(event)} noValidate className="stack">
        <FormError>{formError}</FormError>
        <TextField
          label="Endpoint URL"
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://example.com/hooks/portico"
          hint="A public https:// address. Redirects are not followed."
          error={errors.url?.message}
          {...register("url")}
        />
        <TextField
          label="Description (optional)"
          autoComplete="off"
          placeholder="e.g. CRM sync"
          error={errors.description?.message}
          {...register("description")}
        />
        <fieldset
          className="webhook-events"
          aria-describedby={errors.events?.message ? "webhook-events-error" : undefined}
        >
          <legend className="field-label">Events</legend>
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type} className="webhook-event-choice">
              <input type="checkbox" value={type} {...register("events")} />
              <span>
                <strong>{WEBHOOK_EVENT_INFO[type].label}</strong> <code>{type}</code>
                <span className="muted small"> {WEBHOOK_EVENT_INFO[type].description}</span>
              </span>
            </label>
          ))}
          {errors.events?.message && (
            <p id="webhook-events-error" className="field-error" role="alert">
              {errors.events.message}
            </p>
          )}
        </fieldset>
        <DialogFormActions
          submitLabel={endpoint ? "Save endpoint" : "Add endpoint"}
          busy={isSubmitting}
        />
      </form>
    </Dialog>
  );
}
