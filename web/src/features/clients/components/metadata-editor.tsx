import { zodResolver } from "@hookform/resolvers/zod";
import { MAX_METADATA_ENTRIES, metadataSchema } from "@portico/domain/clients";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "../../../components/button";
import { FormError } from "../../../components/form-field";
import { applyServerErrors } from "../../../lib/server-errors";

const formSchema = z.object({ metadata: metadataSchema });
type MetadataForm = z.input<typeof formSchema>;

/** Free-form key/value pairs about a client (CRM id, plan, account manager…). */
export function MetadataEditor({
  entries,
  readOnly,
  onSave,
}: {
  entries: { key: string; value: string }[];
  readOnly: boolean;
  onSave: (entries: { key: string; value: string }[]) => Promise<void>;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<MetadataForm>({ resolver: zodResolver(formSchema), values: { metadata: entries } });
  const { fields, append, remove } = useFieldArray({ control, name: "metadata" });

  const submit = handleSubmit(async ({ metadata }) => {
    setFormError(null);
    try {
      await onSave(metadata);
      reset({ metadata });
    } catch (error) {
      setFormError(applyServerErrors(error, setError));
    }
  });

  if (readOnly && fields.length === 0) return <p className="muted">No metadata.</p>;
  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormError>{formError}</FormError>
      {fields.length === 0 && (
        <p className="muted">No metadata yet. Add a key such as "CRM ID" or "Plan".</p>
      )}
      {fields.map((field, index) => {
        const rowErrors = errors.metadata?.[index];
        return (
          <div key={field.id} className="metadata-row">
            <div className="field">
              <label
                className="visually-hidden"
                htmlFor={`meta-key-${index}`}
              >{`Key ${index + 1}`}</label>
              <input
                id={`meta-key-${index}`}
                className="input"
                placeholder="Key"
                readOnly={readOnly}
                aria-invalid={rowErrors?.key ? true : undefined}
                aria-describedby={rowErrors?.key ? `meta-key-${index}-error` : undefined}
                {...register(`metadata.${index}.key`)}
              />
              {rowErrors?.key && (
                <p id={`meta-key-${index}-error`} className="field-error" role="alert">
                  {rowErrors.key.message}
                </p>
              )}
            </div>
            <div className="field">
              <label
                className="visually-hidden"
                htmlFor={`meta-value-${index}`}
              >{`Value ${index + 1}`}</label>
              <input
                id={`meta-value-${index}`}
                className="input"
                placeholder="Value"
                readOnly={readOnly}
                aria-invalid={rowErrors?.value ? true : undefined}
                {...register(`metadata.${index}.value`)}
              />
              {rowErrors?.value && (
                <p className="field-error" role="alert">
                  {rowErrors.value.message}
                </p>
              )}
            </div>
            {!readOnly && (
              <Button
                variant="ghost"
                aria-label={`Remove key ${index + 1}`}
                onClick={() => remove(index)}
              >
                Remove
              </Button>
            )}
          </div>
        );
      })}
      {!readOnly && (
        <div className="form-actions form-actions-start">
          <Button
            variant="secondary"
            disabled={fields.length >= MAX_METADATA_ENTRIES}
            onClick={() => append({ key: "", value: "" })}
          >
            Add key
          </Button>
          <Button type="submit" busy={isSubmitting} disabled={!isDirty}>
            Save metadata
          </Button>
        </div>
      )}
    </form>
  );
}
