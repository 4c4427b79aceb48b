/**
 * A Firestore query's shape (filters and orders, no values) and the composite
 * index it needs in production, by Firestore's rules:
 *  - equality (`==`, `in`) and `array-contains` filters alone are served by
 *    merging single-field indexes: no composite index;
 *  - one order (or one inequality) with no other filter: a single-field index;
 *  - otherwise a composite index: the equality and array-contains fields first
 *    (in any order), then the orders, inequality fields included, with their
 *    directions.
 * The emulator enforces none of this; production answers "The query requires
 * an index" (checked by firestore-indexes.test.ts).
 */
export type FilterOp =
  | "=="
  | "in"
  | "array-contains"
  | "array-contains-any"
  | "<"
  | "<="
  | ">"
  | ">="
  | "!="
  | "not-in";

export interface QueryShape {
  /** Collection id (the last path segment), or null when it cannot be known statically. */
  collection: string | null;
  collectionGroup: boolean;
  filters: { field: string; op: FilterOp }[];
  orders: { field: string; direction: "asc" | "desc" }[];
  /** Where the query is built, for messages: file:line or builder(args). */
  source: string;
}

interface IndexField {
  fieldPath: string;
  order?: "ASCENDING" | "DESCENDING";
  arrayConfig?: "CONTAINS";
}

export interface CompositeIndex {
  collectionGroup: string;
  queryScope: "COLLECTION" | "COLLECTION_GROUP";
  fields: IndexField[];
}

export interface RequiredIndex {
  collection: string | null;
  queryScope: "COLLECTION" | "COLLECTION_GROUP";
  /** Equality and array-contains fields, in any order. */
  prefix: IndexField[];
  /** Then these, in this order. */
  orders: IndexField[];
}

const EQUALITY: FilterOp[] = ["==", "in"];
const ARRAY: FilterOp[] = ["array-contains", "array-contains-any"];

/** The composite index a query needs, or null when single-field indexes serve it. */
export function requiredIndex(shape: QueryShape): RequiredIndex | null {
  const equality = shape.filters.filter((f) => EQUALITY.includes(f.op)).map((f) => f.field);
  const arrays = shape.filters.filter((f) => ARRAY.includes(f.op)).map((f) => f.field);
  const inequality = shape.filters
    .filter((f) => !EQUALITY.includes(f.op) && !ARRAY.includes(f.op))
    .map((f) => f.field);
  // Inequality fields not ordered explicitly are ordered after the explicit orders, ascending.
  const orders = [...shape.orders];
  for (const field of [...new Set(inequality)].sort()) {
    if (!orders.some((o) => o.field === field)) orders.push({ field, direction: "asc" });
  }
  const effectiveOrders = orders.filter(
    (o) => o.field !== "__name__" && !equality.includes(o.field),
  );
  const prefixCount = new Set([...equality, ...arrays]).size;
  if (effectiveOrders.length === 0) return null;
  if (prefixCount === 0 && effectiveOrders.length === 1) return null;
  return {
    collection: shape.collection,
    queryScope: shape.collectionGroup ? "COLLECTION_GROUP" : "COLLECTION",
    prefix: [
      ...[...new Set(equality)].map((fieldPath): IndexField => ({ fieldPath, order: "ASCENDING" })),
      ...[...new Set(arrays)].map(
        (fieldPath): IndexField => ({ fieldPath, arrayConfig: "CONTAINS" }),
      ),
    ],
    orders: effectiveOrders.map((o) => ({
      fieldPath: o.field,
      order: o.direction === "asc" ? "ASCENDING" : "DESCENDING",
    })),
  };
}

/** Does this declared index serve the required one? (An equality field's direction does not matter.) */
export function serves(index: CompositeIndex, required: RequiredIndex): boolean {
  if (index.collectionGroup !== required.collection) return false;
  if ((index.queryScope ?? "COLLECTION") !== required.queryScope) return false;
  const fields = index.fields.filter((f) => f.fieldPath !== "__name__");
  if (fields.length !== required.prefix.length + required.orders.length) return false;
  const head = fields.slice(0, required.prefix.length);
  const prefixOk = required.prefix.every((wanted) =>
    head.some(
      (f) =>
        f.fieldPath === wanted.fieldPath &&
        (wanted.arrayConfig ? f.arrayConfig === "CONTAINS" : f.order !== undefined),
    ),
  );
  const tail = fields.slice(required.prefix.length);
  return (
    prefixOk &&
    required.orders.every(
      (o, i) => tail[i]?.fieldPath === o.fieldPath && tail[i]?.order === o.order,
    )
  );
}

/** The index as firestore.indexes.json spells it, for the failure message. */
export function describeIndex(required: RequiredIndex): string {
  return JSON.stringify({
    collectionGroup: required.collection,
    queryScope: required.queryScope,
    fields: [...required.prefix, ...required.orders],
  });
}
