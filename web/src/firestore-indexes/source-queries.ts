/**
 * Finds every Firestore query the web app and the functions build, by reading
 * their source (vite's parser), so a new query cannot escape the index check:
 *  - web (modular SDK): every `query(base, ...constraints)` call, with
 *    `where`/`orderBy` written inline;
 *  - functions (Admin SDK): every `.where(...)`/`.orderBy(...)` chain.
 * A query whose shape cannot be read statically (constraints in a variable,
 * a field name that is not a string literal) is listed as `dynamic`, with the
 * function that builds it: the test must then call that builder itself.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { paths } from "@portico/domain/paths";
import { parseSync } from "vite";
import type { FilterOp, QueryShape } from "./query-shape";

// biome-ignore lint/suspicious/noExplicitAny: ESTree nodes from the parser, walked generically.
type Node = any;

interface DynamicQuery {
  /** The enclosing named function (the builder the test must call). */
  builder: string;
  source: string;
}

export interface SourceQueries {
  shapes: QueryShape[];
  dynamic: DynamicQuery[];
}

const CURSOR_ONLY = new Set([
  "limit",
  "limitToLast",
  "startAfter",
  "startAt",
  "endAt",
  "endBefore",
]);
const ADMIN_CHAIN = new Set(["where", "orderBy", "limit", "limitToLast", "offset", "select"]);

/** A folder's TypeScript sources, without tests and without this checker. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .filter((file) => !file.includes("firestore-indexes"))
    .map((file) => path.join(dir, file));
}

/** Walks every node with its ancestors. */
function walk(node: Node, visit: (node: Node, ancestors: Node[]) => void, ancestors: Node[] = []) {
  if (!node || typeof node.type !== "string") return;
  visit(node, ancestors);
  const next = [...ancestors, node];
  for (const [key, value] of Object.entries(node)) {
    if (key === "parent") continue;
    if (Array.isArray(value)) for (const child of value) walk(child, visit, next);
    else if (value && typeof value === "object") walk(value, visit, next);
  }
}

const literal = (node: Node): string | null =>
  node?.type === "Literal" && typeof node.value === "string" ? node.value : null;

const calleeName = (call: Node): string | null =>
  call?.type === "CallExpression" && call.callee.type === "Identifier" ? call.callee.name : null;

const memberName = (call: Node): string | null =>
  call?.type === "CallExpression" && call.callee.type === "MemberExpression"
    ? (call.callee.property.name ?? null)
    : null;

function enclosingFunction(ancestors: Node[]): string {
  for (const node of [...ancestors].reverse()) {
    if (node.type === "FunctionDeclaration" && node.id) return node.id.name;
    if (node.type === "VariableDeclarator" && node.id?.type === "Identifier") return node.id.name;
  }
  return "(module)";
}

/** The collection a path expression names: `paths.x(...)`, a string, or a variable holding one. */
function collectionOf(node: Node, variables: Map<string, Node>, depth = 0): string | null {
  if (!node || depth > 5) return null;
  if (node.type === "Identifier" && variables.has(node.name)) {
    return collectionOf(variables.get(node.name), variables, depth + 1);
  }
  const text = literal(node);
  if (text !== null) return text.split("/").at(-1) ?? null;
  const builder = memberName(node);
  if (builder && node.callee.object?.name === "paths" && builder in paths) {
    const args = node.arguments.map((arg: Node, i: number) => literal(arg) ?? `sample${i}`);
    const build = paths[builder as keyof typeof paths] as (...a: string[]) => string;
    return build(...args)
      .split("/")
      .at(-1) as string;
  }
  return null;
}

/** A query's base: `collection(db, p)`/`db.collection(p)` (maybe `.withConverter(..)`), a group, or a variable. */
function baseOf(
  node: Node,
  variables: Map<string, Node>,
  depth = 0,
): Pick<QueryShape, "collection" | "collectionGroup"> & { inherited?: Node } {
  if (memberName(node) === "withConverter") return baseOf(node.callee.object, variables, depth);
  const fn = calleeName(node) ?? memberName(node);
  if (fn === "collection") {
    const pathArg = node.arguments.at(-1);
    return { collection: collectionOf(pathArg, variables), collectionGroup: false };
  }
  if (fn === "collectionGroup") {
    return { collection: literal(node.arguments.at(-1)), collectionGroup: true };
  }
  if (node?.type === "Identifier" && variables.has(node.name) && depth < 5) {
    return baseOf(variables.get(node.name), variables, depth + 1);
  }
  return { collection: null, collectionGroup: false };
}

export function queriesIn(file: string, root: string): SourceQueries {
  const code = readFileSync(file, "utf8");
  const { program, errors } = parseSync(file, code, {});
  if (errors.length > 0) throw new Error(`${file} does not parse: ${errors[0]?.message}`);
  const line = (node: Node) => code.slice(0, node.start).split("\n").length;
  const where = (node: Node) => `${path.relative(root, file)}:${line(node)}`;
  const declarations: { name: string; start: number; init: Node }[] = [];
  walk(program, (node) => {
    if (node.type === "VariableDeclarator" && node.id?.type === "Identifier" && node.init) {
      declarations.push({ name: node.id.name, start: node.start, init: node.init });
    }
  });
  /** A name resolves to its closest declaration before the query (each function declares its own). */
  const variablesAt = (position: number) => {
    const map = new Map<string, Node>();
    for (const d of declarations) if (d.start < position) map.set(d.name, d.init);
    return map;
  };

  const result: SourceQueries = { shapes: [], dynamic: [] };
  walk(program, (node, ancestors) => {
    // Web: query(base, ...constraints)
    if (calleeName(node) === "query") {
      const [base, ...constraints] = node.arguments;
      const names = constraints.map((c: Node) => calleeName(c));
      if (names.every((name: string | null) => name !== null && CURSOR_ONLY.has(name))) return;
      const shape: QueryShape = {
        ...baseOf(base, variablesAt(node.start)),
        filters: [],
        orders: [],
        source: where(node),
      };
      let readable = true;
      for (const constraint of constraints) {
        readable &&= addConstraint(shape, calleeName(constraint), constraint?.arguments ?? []);
      }
      if (readable) result.shapes.push(shape);
      else result.dynamic.push({ builder: enclosingFunction(ancestors), source: where(node) });
      return;
    }
    // Web: a where/orderBy outside query(...) is collected for a dynamic query.
    if (calleeName(node) === "where" || calleeName(node) === "orderBy") {
      if (!ancestors.some((a) => calleeName(a) === "query")) {
        result.dynamic.push({ builder: enclosingFunction(ancestors), source: where(node) });
      }
      return;
    }
    // Admin SDK: the outermost call of a .where/.orderBy chain.
    const method = memberName(node);
    if (!method || !ADMIN_CHAIN.has(method)) return;
    const parent = ancestors.at(-1);
    const grandparent = ancestors.at(-2);
    const continues =
      parent?.type === "MemberExpression" &&
      parent.object === node &&
      ADMIN_CHAIN.has(parent.property?.name) &&
      grandparent?.type === "CallExpression";
    if (continues) return;
    const calls: Node[] = [];
    let cursor = node;
    while (ADMIN_CHAIN.has(memberName(cursor) ?? "")) {
      calls.unshift(cursor);
      cursor = cursor.callee.object;
    }
    if (!calls.some((c) => ["where", "orderBy"].includes(memberName(c) ?? ""))) return;
    const shape: QueryShape = {
      ...baseOf(cursor, variablesAt(node.start)),
      filters: [],
      orders: [],
      source: where(node),
    };
    let readable = true;
    for (const call of calls) readable &&= addConstraint(shape, memberName(call), call.arguments);
    if (readable) result.shapes.push(shape);
    else result.dynamic.push({ builder: enclosingFunction(ancestors), source: where(node) });
  });
  return result;
}

/** Adds one constraint to a shape; false when it cannot be read statically. */
function addConstraint(shape: QueryShape, name: string | null, args: Node[]): boolean {
  if (name && CURSOR_ONLY.has(name)) return true;
  if (name === "select" || name === "offset") return true;
  const field = literal(args[0]);
  if (name === "where") {
    const op = literal(args[1]);
    if (field === null || op === null) return false;
    shape.filters.push({ field, op: op as FilterOp });
    return true;
  }
  if (name === "orderBy") {
    const direction = args[1] ? literal(args[1]) : "asc";
    if (field === null || (direction !== "asc" && direction !== "desc")) return false;
    shape.orders.push({ field, direction });
    return true;
  }
  return false;
}
