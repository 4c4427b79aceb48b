import type { z } from "zod";

/** Field path -> first message, the shape callables return in `details.fields` and forms display. */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Details attached to an `invalid-argument` error from a callable. */
export interface InvalidArgumentDetails {
  fields: FieldErrors;
}

export function isInvalidArgumentDetails(value: unknown): value is InvalidArgumentDetails {
  return (
    typeof value === "object" &&
    value !== null &&
    "fields" in value &&
    typeof (value as { fields: unknown }).fields === "object"
  );
}
