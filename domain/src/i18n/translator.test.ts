import { describe, expect, it } from "vitest";
import { en } from "./en";
import { es } from "./es";
import { nl } from "./nl";
import { translator } from "./translator";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(value: string): string[] {
  return [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? "").sort();
}

describe("translations", () => {
  it.each([
    ["es", es],
    ["nl", nl],
  ])("%s has exactly the English keys and the same placeholders", (_name, messages) => {
    expect(keys(messages)).toEqual(keys(en));
    for (const key of keys(en)) {
      const path = key.split(".");
      const source = path.reduce<unknown>(
        (node, part) => (node as Record<string, unknown>)[part],
        en,
      );
      const target = path.reduce<unknown>(
        (node, part) => (node as Record<string, unknown>)[part],
        messages,
      );
      expect(placeholders(target as string), key).toEqual(placeholders(source as string));
    }
  });

  it("fills placeholders in each language", () => {
    const values = { inviter: "Olivia", agency: "Northwind" };
    expect(translator("en")("email.teamInvitation.subject", values)).toBe(
      "Olivia invited you to join Northwind on Portico",
    );
    expect(translator("es")("email.teamInvitation.subject", values)).toBe(
      "Olivia te ha invitado a unirte a Northwind en Portico",
    );
    expect(translator("nl")("email.teamInvitation.subject", values)).toBe(
      "Olivia nodigt je uit voor Northwind op Portico",
    );
  });
});
