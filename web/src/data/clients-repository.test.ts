import type { Query } from "firebase/firestore";
import { describe, expect, it, vi } from "vitest";
import { clientListQuery } from "./clients-repository";

// The repository imports the app's Firebase wiring: point it at (never contacted) emulators.
vi.hoisted(() => {
  process.env.VITE_EMULATORS = JSON.stringify({ auth: 1, firestore: 2, functions: 3 });
});

/** The query's filters and orders, from the SDK's own description of it. */
function describeQuery(q: Query) {
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's internal query description.
  const internal = (q as any)._query;
  return {
    // biome-ignore lint/suspicious/noExplicitAny: internal filter objects.
    filters: internal.filters.map((f: any) => [f.field.canonicalString(), f.op, f.value]),
    orders: internal.explicitOrderBy.length,
  };
}

describe("the clients list's query", () => {
  it("reads the one document a pasted client ID names, whatever the other filters", () => {
    const described = describeQuery(
      clientListQuery("agency-1", {
        search: " Kx3Tq9LmPz2Wv8RbYc4N",
        type: "prospect",
        sort: "newest",
      }),
    );
    expect(described.filters).toHaveLength(1);
    expect(described.filters[0][0]).toBe("__name__");
    expect(described.filters[0][1]).toBe("==");
    expect(JSON.stringify(described.filters[0][2])).toContain("Kx3Tq9LmPz2Wv8RbYc4N");
    expect(described.orders).toBe(0);
  });

  it("searches a name through one search token", () => {
    const described = describeQuery(
      clientListQuery("agency-1", { search: "Kestrel Farms", type: "all", sort: "newest" }),
    );
    expect(described.filters).toEqual([["searchTokens", "array-contains", expect.anything()]]);
  });
});
