/**
 * First loads stay light. For each entry page, the JavaScript it loads (its
 * entry and every chunk it imports statically, recursively) is summed
 * gzipped and held to a budget, and SDKs it must not carry are refused:
 *   - invite.html, the client's invite page: 100 KB, no Firestore or Auth SDK;
 *   - index.html at /sign-in, the agency's first page: 200 KB, no Firestore
 *     (loaded after sign-in).
 *
 *   tsx scripts/check-bundle-budgets.ts [built web dir]   (default web/dist)
 *
 * Reads Vite's manifest (build.manifest in web/vite.config.ts). Chunks an entry
 * imports dynamically are listed, not counted.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Strings only these SDKs carry (their service hosts and API names), checked in every chunk. */
const SDK_MARKERS = {
  Firestore: ["firestore.googleapis.com", "google.firestore.v1"],
  Auth: ["identitytoolkit.googleapis.com"],
} as const;
type Sdk = keyof typeof SDK_MARKERS;

const BUDGETS: { entry: string; page: string; bytes: number; forbidden: Sdk[] }[] = [
  {
    entry: "invite.html",
    page: "the invite page",
    bytes: 100 * 1024,
    forbidden: ["Firestore", "Auth"],
  },
  { entry: "index.html", page: "the sign-in page", bytes: 200 * 1024, forbidden: ["Firestore"] },
];

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.resolve(process.argv[2] ?? path.join(root, "web/dist"));
const manifestPath = path.join(outDir, ".vite/manifest.json");
if (!existsSync(manifestPath)) {
  console.error(
    `No Vite manifest at ${manifestPath}: build the web app first (npm run build -w web).`,
  );
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, ManifestChunk>;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The problems of one entry against its budget; prints what it loads. */
function check({ entry, page, bytes, forbidden }: (typeof BUDGETS)[number]): string[] {
  if (!manifest[entry]) {
    return [
      `The manifest has no ${entry} entry (build.rolldownOptions.input in web/vite.config.ts).`,
    ];
  }
  const loaded: string[] = [];
  const dynamic = new Set<string>();
  const visit = (key: string) => {
    if (loaded.includes(key)) return;
    loaded.push(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest has no chunk ${key}`);
    for (const imported of chunk.imports ?? []) visit(imported);
    for (const imported of chunk.dynamicImports ?? []) dynamic.add(imported);
  };
  visit(entry);

  let total = 0;
  const problems: string[] = [];
  console.log(`\nJavaScript loaded by ${entry}, ${page} (${path.relative(root, outDir) || "."}):`);
  for (const key of loaded) {
    const file = (manifest[key] as ManifestChunk).file;
    const source = readFileSync(path.join(outDir, file));
    const gzipped = gzipSync(source, { level: 9 }).length;
    total += gzipped;
    console.log(
      `  ${file.padEnd(48)} ${kb(source.length).padStart(9)}  ${kb(gzipped).padStart(8)} gz`,
    );
    const text = source.toString("utf8");
    for (const sdk of forbidden) {
      const marker = SDK_MARKERS[sdk].find((candidate) => text.includes(candidate));
      if (marker) problems.push(`${entry}: ${file} contains the ${sdk} SDK ("${marker}").`);
    }
  }
  const later = [...dynamic].filter((key) => !loaded.includes(key)).length;
  console.log(`  (${later} chunks loaded later, not counted)`);
  console.log(`  total ${kb(total)} gzipped; budget ${kb(bytes)}`);
  if (total > bytes)
    problems.push(`${entry}: ${kb(total)} gzipped is over the ${kb(bytes)} budget.`);
  return problems;
}

const problems = BUDGETS.flatMap(check);
for (const problem of problems) console.error(`✘ ${problem}`);
if (problems.length > 0) process.exit(1);
console.log("\n✔ every entry within its budget, without the SDKs it must not load");
