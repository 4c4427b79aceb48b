import { Timestamp } from "firebase-admin/firestore";
import type { z } from "zod";

/** Firestore Timestamps (at any depth) as Dates, so the domain's document schemas read them. */
function withDates(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(withDates);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withDates(item)]));
  }
  return value;
}

/** A stored document read through its schema: a document that drifted from it fails loudly. */
export function storedData<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
): z.output<Schema> {
  return schema.parse(withDates(data));
}
