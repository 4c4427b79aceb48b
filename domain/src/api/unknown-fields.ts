import { z } from "zod";

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  type?: string | string[];
};

const schemas = new WeakMap<z.ZodType, JsonSchema>();

/**
 * Fields a body has that its schema does not name, at any depth (e.g. a
 * typo inside one of an invite's services): zod's `.strict()` refuses them at
 * the top only, and the shared schemas nested inside are the app's own. Read
 * from the same JSON Schema the OpenAPI document shows.
 */
export function unknownFields(value: unknown, schema: z.ZodType): Record<string, string> {
  let json = schemas.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
    schemas.set(schema, json);
  }
  const found: Record<string, string> = {};
  walk(value, json, [], found);
  return found;
}

function walk(value: unknown, schema: JsonSchema, at: string[], found: Record<string, string>) {
  if (Array.isArray(value)) {
    const items = schema.items;
    if (items) {
      for (const [index, item] of value.entries()) walk(item, items, [...at, String(index)], found);
    }
    return;
  }
  if (!value || typeof value !== "object") return;
  // An object only where exactly one choice describes objects (a map without names is left alone).
  const objectSchema = schema.properties
    ? schema
    : schema.anyOf?.filter((choice) => choice.properties).length === 1
      ? schema.anyOf.find((choice) => choice.properties)
      : undefined;
  const properties = objectSchema?.properties;
  if (!properties) return;
  for (const [key, item] of Object.entries(value)) {
    const path = [...at, key];
    const property = properties[key];
    if (property) walk(item, property, path, found);
    else found[path.join(".")] = "Unknown field: remove it.";
  }
}
