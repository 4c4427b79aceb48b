/**
 * Every query the web app and the functions build has the index production
 * needs in firestore.indexes.json (the emulator enforces none). Queries are
 * found in the source (source-queries.ts); the ones built from variable
 * constraints are produced here by calling their builder with every filter
 * combination the UI offers.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { CLIENT_TYPES } from "@portico/domain/clients";
import { INVITE_STATUSES } from "@portico/domain/invites";
import { CALL_DIRECTIONS, CALL_OUTCOMES } from "@portico/domain/voice/call";
import type { Query } from "firebase/firestore";
import { describe, expect, it, vi } from "vitest";
import { type CallListFilter, callListQuery } from "../data/calls-repository";
import { CLIENT_SORTS, type ClientSort, clientListQuery } from "../data/clients-repository";
import { inviteBoardQuery } from "../data/invites-repository";
import {
  type CompositeIndex,
  describeIndex,
  type QueryShape,
  requiredIndex,
  serves,
} from "./query-shape";
import { queriesIn, sourceFiles } from "./source-queries";

// The repositories import the app's Firebase wiring: point it at (never contacted) emulators.
vi.hoisted(() => {
  process.env.VITE_EMULATORS = JSON.stringify({ auth: 1, firestore: 2, functions: 3 });
});

const ROOT = path.resolve(import.meta.dirname, "../../..");
interface FieldOverride {
  collectionGroup: string;
  fieldPath: string;
  ttl?: boolean;
  indexes: { queryScope: "COLLECTION" | "COLLECTION_GROUP" }[];
}
const indexes = JSON.parse(readFileSync(path.join(ROOT, "firestore.indexes.json"), "utf8")) as {
  indexes: CompositeIndex[];
  fieldOverrides: FieldOverride[];
};
const overrideOf = (collection: string | null, field: string) =>
  indexes.fieldOverrides.find((o) => o.collectionGroup === collection && o.fieldPath === field);

/** The shape of a web SDK query, from its internal description. */
function shapeOfWebQuery(q: Query, source: string): QueryShape {
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's internal query description.
  const internal = (q as any)._query;
  return {
    collection: internal.collectionGroup ?? internal.path.lastSegment(),
    collectionGroup: internal.collectionGroup !== null,
    // biome-ignore lint/suspicious/noExplicitAny: internal filter objects.
    filters: internal.filters.map((f: any) => ({ field: f.field.canonicalString(), op: f.op })),
    // biome-ignore lint/suspicious/noExplicitAny: internal order objects.
    orders: internal.explicitOrderBy.map((o: any) => ({
      field: o.field.canonicalString(),
      direction: o.dir,
    })),
    source,
  };
}

/** Builders whose constraints depend on their arguments: every combination the UI can ask for. */
const DYNAMIC_BUILDERS: Record<string, () => QueryShape[]> = {
  inviteBoardQuery: () =>
    (["all", ...INVITE_STATUSES] as const).flatMap((status) =>
      ["all", "google-ads"].flatMap((platform) =>
        ["", "client-1"].map((clientId) =>
          shapeOfWebQuery(
            inviteBoardQuery("agency-1", { status, platform, clientId }),
            `inviteBoardQuery(${status}, ${platform}, ${clientId || "any client"})`,
          ),
        ),
      ),
    ),
  clientListQuery: () =>
    ["", "kestrel", "Kx3Tq9LmPz2Wv8RbYc4N"].flatMap((search) =>
      (["all", ...CLIENT_TYPES] as const).flatMap((type) =>
        (Object.keys(CLIENT_SORTS) as ClientSort[]).map((sort) =>
          shapeOfWebQuery(
            clientListQuery("agency-1", { search, type, sort }),
            `clientListQuery(${search || "no search"}, ${type}, ${sort})`,
          ),
        ),
      ),
    ),
  callListQuery: () =>
    ["", "dana"].flatMap((search) =>
      (["any", ...CALL_OUTCOMES] as const).flatMap((outcome) =>
        (["any", ...CALL_DIRECTIONS] as const).flatMap((direction) =>
          (["any", "yes", "no"] as const).flatMap((booked) =>
            [
              ["", ""],
              ["2026-11-01", ""],
              ["2026-11-01", "2026-11-30"],
            ].map(([from = "", to = ""]) => {
              const filter: CallListFilter = { search, outcome, direction, booked, from, to };
              return shapeOfWebQuery(
                callListQuery("agency-1", "client-1", filter),
                `callListQuery(${JSON.stringify(filter)})`,
              );
            }),
          ),
        ),
      ),
    ),
};

const found = [path.join(ROOT, "web/src"), path.join(ROOT, "functions/src")]
  .flatMap(sourceFiles)
  .map((file) => queriesIn(file, ROOT));
const staticShapes = found.flatMap((f) => f.shapes);
const dynamic = found.flatMap((f) => f.dynamic);
const allShapes = () => [
  ...staticShapes,
  ...Object.values(DYNAMIC_BUILDERS).flatMap((build) => build()),
];

describe("Firestore indexes", () => {
  it("finds the queries of the web app and the functions", () => {
    // A floor, so a scanner that silently finds nothing fails.
    expect(staticShapes.length).toBeGreaterThan(20);
    expect(staticShapes.some((s) => s.source.startsWith("functions/"))).toBe(true);
    expect(staticShapes.some((s) => s.source.startsWith("web/"))).toBe(true);
  });

  it("calls every builder whose query shape is not written out in the source", () => {
    const uncovered = dynamic.filter((d) => !(d.builder in DYNAMIC_BUILDERS));
    expect(uncovered.map((d) => `${d.source}: add ${d.builder} to DYNAMIC_BUILDERS`)).toEqual([]);
  });

  it("has a composite index for every query shape that needs one", () => {
    const shapes = allShapes();
    /** Each missing index once, with the first query that needs it. */
    const missing = new Map<string, string>();
    for (const shape of shapes) {
      const required = requiredIndex(shape);
      if (!required) continue;
      if (required.collection === null) {
        missing.set(
          shape.source,
          `${shape.source}: needs an index but its collection cannot be read; build it from paths.*`,
        );
      } else if (!indexes.indexes.some((index) => serves(index, required))) {
        const index = describeIndex(required);
        if (!missing.has(index)) missing.set(index, `${index} (needed by ${shape.source})`);
      }
    }
    expect([...missing.values()]).toEqual([]);
  });

  it("has the single-field indexes the queries use (not turned off, collection groups enabled)", () => {
    const problems = new Set<string>();
    for (const shape of allShapes()) {
      const fields = [...shape.filters.map((f) => f.field), ...shape.orders.map((o) => o.field)];
      for (const field of fields) {
        const override = overrideOf(shape.collection, field);
        const scope = shape.collectionGroup ? "COLLECTION_GROUP" : "COLLECTION";
        const indexed = override
          ? override.indexes.some((index) => index.queryScope === scope)
          : scope === "COLLECTION"; // collection-group single-field indexes are off by default
        if (!indexed && (shape.collectionGroup || override)) {
          problems.add(`${shape.source}: ${shape.collection}.${field} has no ${scope} index`);
        }
      }
    }
    expect([...problems]).toEqual([]);
  });

  it("declares a TTL policy for every collection whose documents expire", () => {
    const ttl = indexes.fieldOverrides
      .filter((o) => o.ttl === true)
      .map((o) => `${o.collectionGroup}.${o.fieldPath}`);
    expect(ttl).toEqual(
      expect.arrayContaining([
        "connectorSessions.expiresAt", // sign-in sessions, with sealed tokens until finished
        "invitationTokens.deleteAt", // used, revoked or expired invitation links
        "mail.expiresAt", // delivered mail: rendered emails and addresses
        "mailQuotas.expiresAt", // server-only counters
        "mailCooldowns.expiresAt",
        "rateLimits.expiresAt",
        "deliveries.deleteAt", // agent connections' webhook delivery logs
        "apiIdempotency.expiresAt", // the REST API's kept answers to retried creates
      ]),
    );
  });
});
