import { zodResolver } from "@hookform/resolvers/zod";
import {
  CLIENT_TYPE_LABELS,
  CLIENT_TYPES,
  type ClientInput,
  clientInputSchema,
} from "@portico/domain/clients";
import { LOCALE_LABELS, LOCALES } from "@portico/domain/i18n/locales";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import { CallableError } from "../lib/callable";
import { applyServerErrors } from "../lib/server-errors";
import { Button } from "./button";
import { FormError, SelectField, TextField } from "./form-field";
import { TimeZoneField } from "./time-zone-field";

interface ClientFormProps {
  defaultValues: ClientInput;
  submitLabel: string;
  onSubmit: (values: ClientInput) => Promise<void>;
  onCancel?: () => void;
}

/** Create Client and the profile's edit form: the same fields, the same rules. */
export function ClientForm({ defaultValues, submitLabel, onSubmit, onCancel }: ClientFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  /** The client that already has the email the server refused, and that email. */
  const [duplicate, setDuplicate] = useState<{ clientId: string; email: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<ClientInput>({ resolver: zodResolver(clientInputSchema), defaultValues });
  // The link belongs to the refused address only: once the email changes, it goes.
  const email = (watch("email") ?? "").trim().toLowerCase();
  const existingClientId = duplicate?.email === email ? duplicate.clientId : null;

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    setDuplicate(null);
    try {
      await onSubmit(values);
    } catch (error) {
      const existing =
        (error instanceof CallableError &&
          (error.details as { existingClientId?: string } | null)?.existingClientId) ||
        null;
      setDuplicate(existing ? { clientId: existing, email: values.email ?? "" } : null);
      setFormError(applyServerErrors(error, setError));
    }
  });

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormError>{formError}</FormError>
      <TextField
        label="Name"
        autoComplete="off"
        error={errors.name?.message}
        {...register("name")}
      />
      <TextField
        label="Company"
        autoComplete="off"
        error={errors.company?.message}
        {...register("company")}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="off"
        error={errors.email?.message}
        errorAction={
          existingClientId ? (
            <Link to={`/clients/${existingClientId}`}>Open the existing client</Link>
          ) : undefined
        }
        {...register("email")}
      />
      <TextField
        label="Website"
        inputMode="url"
        placeholder="acme.com"
        hint="The site's icon becomes the profile image when it can be fetched."
        error={errors.website?.message}
        {...register("website")}
      />
      <div className="form-row">
        <SelectField
          label="Type"
          options={CLIENT_TYPES.map((type) => ({ value: type, label: CLIENT_TYPE_LABELS[type] }))}
          error={errors.type?.message}
          {...register("type")}
        />
        <SelectField
          label="Language"
          options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_LABELS[locale] }))}
          error={errors.language?.message}
          {...register("language")}
        />
      </div>
      <TimeZoneField
        label="Time zone"
        hint="Calls and bookings are shown in it. Type a city, like Amsterdam; leave empty for the agency's default."
        error={errors.timeZone?.message}
        {...register("timeZone")}
      />
      <div className="form-actions">
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" busy={isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
