import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { CallableError } from "./callable";

/**
 * Puts a callable's field messages beside the fields of a react-hook-form
 * form. Returns the message for the whole form when no field was named.
 */
export function applyServerErrors<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
): string | null {
  if (error instanceof CallableError) {
    const entries = Object.entries(error.fields).filter(([field]) => field !== "_form");
    for (const [field, message] of entries) setError(field as Path<Values>, { message });
    return entries.length > 0 ? null : error.message;
  }
  return error instanceof Error ? error.message : "Something went wrong. Please try again.";
}
