import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { CallableError } from "./callable";

/**
 * Puts a callable's field messages beside the fields of a react-hook-form
 * form. Returns the message for the whole form when no field of the form was
 * named; with `fieldNames`, messages for other fields join that message, so
 * none is lost.
 */
export function applyServerErrors<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  fieldNames?: readonly string[],
): string | null {
  if (error instanceof CallableError) {
    const entries = Object.entries(error.fields).filter(([field]) => field !== "_form");
    const known = fieldNames ? entries.filter(([field]) => fieldNames.includes(field)) : entries;
    const unknown = entries.filter((entry) => !known.includes(entry));
    for (const [field, message] of known) setError(field as Path<Values>, { message });
    if (known.length > 0 && unknown.length === 0) return null;
    return [error.message, ...unknown.map(([, message]) => message)].join(" ");
  }
  return error instanceof Error ? error.message : "Something went wrong. Please try again.";
}
