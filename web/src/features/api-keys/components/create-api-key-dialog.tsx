import { zodResolver } from "@hookform/resolvers/zod";
import {
  API_SCOPE_LABELS,
  API_SCOPES,
  type CreateApiKeyInput,
  createApiKeyInputSchema,
} from "@portico/domain/api/keys";
import { createApiKeyCallable } from "@portico/domain/callables/api-keys";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "../../../components/button";
import { Dialog, DialogFormActions } from "../../../components/dialog";
import { FormError, TextField } from "../../../components/form-field";
import { useToast } from "../../../components/toast";
import { call } from "../../../lib/callable";
import { applyServerErrors } from "../../../lib/server-errors";

/** The new key, in full, once: Portico keeps only its hash. */
function NewKey({ name, apiKey }: { name: string; apiKey: string }) {
  const id = useId();
  const toast = useToast();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(apiKey);
      toast.show("API key copied", { tone: "success" });
    } catch {
      toast.show("Couldn't copy the API key", {
        description: "Select it and copy it yourself.",
        tone: "error",
      });
    }
  };
  return (
    <div className="stack">
      <p>
        Copy the key for <strong>{name}</strong> now and keep it somewhere safe. Portico keeps only
        a hash of it and can't show it again; if it is lost, make a new key and revoke this one.
      </p>
      <div className="field copy-value">
        <label htmlFor={id} className="field-label">
          API key
        </label>
        <div className="copy-value-row">
          <input
            id={id}
            className="input input-mono"
            readOnly
            value={apiKey}
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button variant="secondary" aria-label="Copy API key" onClick={() => void copy()}>
            Copy
          </Button>
        </div>
      </div>
    </div>
  );
}

/** Create an API key: a name and its scopes; then the key, shown once. */
export function CreateApiKeyDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateApiKeyInput>({
    resolver: zodResolver(createApiKeyInputSchema),
    defaultValues: { name: "", scopes: [] },
  });

  const close = (next: boolean) => {
    if (!next) {
      // Closed, the key is gone for good.
      setCreated(null);
      setFormError(null);
      reset();
    }
    onOpenChange(next);
  };

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const answer = await call(createApiKeyCallable, values);
      setCreated({ name: values.name.trim(), key: answer.key });
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ["name", "scopes"] as const));
    }
  });

  if (created) {
    return (
      <Dialog
        open={open}
        onOpenChange={close}
        title="Your new API key"
        footer={<Button onClick={() => close(false)}>I've copied it</Button>}
      >
        <NewKey name={created.name} apiKey={created.key} />
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Create API key"
      description="A key acts for the whole agency, with only the scopes you give it."
    >
      <form onSubmit={(event) => void submit(event)} noValidate className="stack">
        <FormError>{formError}</FormError>
        <TextField
          label="Name"
          hint="What uses it, e.g. Zapier or our CRM."
          autoComplete="off"
          error={errors.name?.message}
          {...register("name")}
        />
        <fieldset
          className="stack-sm"
          aria-describedby={errors.scopes ? "scopes-error" : undefined}
        >
          <legend className="field-label">Scopes</legend>
          {API_SCOPES.map((scope) => (
            <label key={scope} className="choice">
              <input type="checkbox" value={scope} {...register("scopes")} />{" "}
              {API_SCOPE_LABELS[scope].label}
              <span className="muted small"> ({API_SCOPE_LABELS[scope].description})</span>
            </label>
          ))}
          {errors.scopes && (
            <p id="scopes-error" className="field-error" role="alert">
              {errors.scopes.message}
            </p>
          )}
        </fieldset>
        <DialogFormActions submitLabel="Create key" busy={isSubmitting} />
      </form>
    </Dialog>
  );
}
