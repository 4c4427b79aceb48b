import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Functions read documents through the typed refs and converters in
 * documents.ts, so a renamed field fails type-checking here as in the web.
 * A string field path (`snapshot.get("client.name")`) or a cast of a
 * snapshot's data would bypass that; this keeps them from coming back.
 */
const SOURCE = fileURLToPath(new URL(".", import.meta.url));

const UNTYPED_READS: { pattern: RegExp; why: string }[] = [
  { pattern: /\.get\(\s*["'`][^"'`]*["'`]\s*\)\s*as\b/, why: 'a cast field read: .get("x") as T' },
  { pattern: /\.data\(\)\s*as\b/, why: "a cast of a snapshot's data: .data() as T" },
  {
    pattern: /(?<!searchParams|headers)\.get\(\s*["'`][^"'`]*["'`]\s*\)/,
    why: 'a field read by string path: snapshot.get("x")',
  },
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function untypedReads(text: string): string[] {
  return text
    .split("\n")
    .flatMap((line, index) =>
      UNTYPED_READS.filter(({ pattern }) => pattern.test(line)).map(
        ({ why }) => `${index + 1}: ${why}: ${line.trim()}`,
      ),
    );
}

describe("typed document reads in functions", () => {
  it("should find every untyped read form it is meant to refuse", () => {
    expect(untypedReads('const name = invite.get("client.name") as string;')).toHaveLength(2);
    expect(untypedReads("const invite = snapshot.data() as InviteDoc;")).toHaveLength(1);
    expect(untypedReads('if (member.get("status") === "active") return;')).toHaveLength(1);
    expect(untypedReads('const code = url.searchParams.get("code");')).toEqual([]);
    expect(untypedReads("const invite = (await ref.get()).data();")).toEqual([]);
  });

  it("should have no snapshot.get(...) or .data() as casts left in functions/src", () => {
    const found = sourceFiles(SOURCE).flatMap((path) =>
      untypedReads(readFileSync(path, "utf8")).map((hit) => `${relative(SOURCE, path)}:${hit}`),
    );
    expect(found).toEqual([]);
  });
});
