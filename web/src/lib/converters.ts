import type {
  FirestoreDataConverter,
  QueryDocumentSnapshot,
  SnapshotOptions,
} from "firebase/firestore";
import { Timestamp } from "firebase/firestore";
import type { z } from "zod";

/** Firestore Timestamps become Dates, then the shared zod schema checks the shape. */
function withDates(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(withDates);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withDates(v)]));
  }
  return value;
}

/** A read-only converter: writes go through functions or explicit update calls. */
export function schemaConverter<Schema extends z.ZodType>(
  schema: Schema,
): FirestoreDataConverter<z.output<Schema> & { id: string }> {
  return {
    toFirestore: () => {
      throw new Error("Write plain data with updateDoc; this converter only reads.");
    },
    fromFirestore(snapshot: QueryDocumentSnapshot, options?: SnapshotOptions) {
      const data = schema.parse(withDates(snapshot.data(options)));
      return { ...(data as object), id: snapshot.id } as z.output<Schema> & { id: string };
    },
  };
}
