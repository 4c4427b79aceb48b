/**
 * A look at a callable's raw `data` before the Functions SDK decodes it. The
 * SDK's decoder throws plain errors (answered as `internal`) on an unknown
 * `@type`, a long that is NaN, and it assigns `__proto__` keys; very deep
 * nesting costs stack and time. None of Portico's callables takes any of
 * these, so they are refused as bad input up front.
 */
export const MAX_CALLABLE_DEPTH = 32;
export const MAX_CALLABLE_NODES = 20_000;

export const SCREEN_MESSAGE = "This request is not valid.";

/** Null when the data may go on; otherwise why it may not. */
export function screenCallableData(data: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: data, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (++nodes > MAX_CALLABLE_NODES) return "too many values";
    if (typeof value === "number" && !Number.isFinite(value)) return "a number that is not finite";
    if (typeof value !== "object" || value === null) continue;
    if (depth >= MAX_CALLABLE_DEPTH) return "nested too deeply";
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === "@type" || key === "__proto__") return `a reserved key (${key})`;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}
