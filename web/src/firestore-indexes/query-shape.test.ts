import { describe, expect, it } from "vitest";
import { type QueryShape, requiredIndex, serves } from "./query-shape";

const shape = (filters: QueryShape["filters"], orders: QueryShape["orders"]): QueryShape => ({
  collection: "invites",
  collectionGroup: false,
  filters,
  orders,
  source: "test",
});

describe("the index a query needs", () => {
  it("needs none for equality and array-contains filters alone, or a single order", () => {
    expect(
      requiredIndex(
        shape(
          [
            { field: "status", op: "==" },
            { field: "platforms", op: "array-contains" },
          ],
          [],
        ),
      ),
    ).toBeNull();
    expect(requiredIndex(shape([], [{ field: "createdAt", direction: "desc" }]))).toBeNull();
    expect(requiredIndex(shape([{ field: "at", op: "<" }], []))).toBeNull();
    // Ordering by a field the query already pins with == changes nothing.
    expect(
      requiredIndex(
        shape([{ field: "status", op: "==" }], [{ field: "status", direction: "asc" }]),
      ),
    ).toBeNull();
  });

  it("needs the filters' fields, then the orders, for a filter with an order", () => {
    const required = requiredIndex(
      shape(
        [
          { field: "platforms", op: "array-contains" },
          { field: "status", op: "==" },
        ],
        [{ field: "createdAt", direction: "desc" }],
      ),
    );
    expect(required).toEqual({
      collection: "invites",
      queryScope: "COLLECTION",
      prefix: [
        { fieldPath: "status", order: "ASCENDING" },
        { fieldPath: "platforms", arrayConfig: "CONTAINS" },
      ],
      orders: [{ fieldPath: "createdAt", order: "DESCENDING" }],
    });
    const index = {
      collectionGroup: "invites",
      queryScope: "COLLECTION" as const,
      fields: [
        { fieldPath: "platforms", arrayConfig: "CONTAINS" as const },
        { fieldPath: "status", order: "DESCENDING" as const },
        { fieldPath: "createdAt", order: "DESCENDING" as const },
      ],
    };
    // The filters' fields in any order and direction; the order's direction must match.
    expect(required && serves(index, required)).toBe(true);
    const ascending = {
      ...index,
      fields: [
        ...index.fields.slice(0, 2),
        { fieldPath: "createdAt", order: "ASCENDING" as const },
      ],
    };
    expect(required && serves(ascending, required)).toBe(false);
    expect(required && serves({ ...index, queryScope: "COLLECTION_GROUP" }, required)).toBe(false);
  });

  it("orders an inequality's field after the explicit orders", () => {
    const required = requiredIndex(
      shape(
        [
          { field: "delivery.state", op: "==" },
          { field: "delivery.leaseExpireTime", op: "<=" },
        ],
        [],
      ),
    );
    expect(required?.prefix).toEqual([{ fieldPath: "delivery.state", order: "ASCENDING" }]);
    expect(required?.orders).toEqual([
      { fieldPath: "delivery.leaseExpireTime", order: "ASCENDING" },
    ]);
  });

  it("needs an index for two orders", () => {
    expect(
      requiredIndex(
        shape(
          [],
          [
            { field: "type", direction: "asc" },
            { field: "nameLower", direction: "asc" },
          ],
        ),
      ),
    ).not.toBeNull();
  });
});
