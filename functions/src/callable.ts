import { fieldErrorsOf, type InvalidArgumentDetails } from "@portico/domain/validation";
import { HttpsError } from "firebase-functions/v2/https";
import type { z } from "zod";

/**
 * Validates callable input with a shared schema. Bad input is answered with
 * `invalid-argument` and a message per field, before anything is written.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
): z.output<Schema> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const details: InvalidArgumentDetails = { fields: fieldErrorsOf(result.error) };
    throw new HttpsError("invalid-argument", "Some fields need attention.", details);
  }
  return result.data;
}

export function invalidField(field: string, message: string): HttpsError {
  const details: InvalidArgumentDetails = { fields: { [field]: message } };
  return new HttpsError("invalid-argument", message, details);
}
