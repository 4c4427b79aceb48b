/**
 * The client's invite page must stay light: the JavaScript invite.html loads
 * (its entry and every chunk it imports statically, recursively) must be at
 * most 100 KB gzipped, and none of it may be the Firestore or Auth SDK.
 *
 *   tsx scripts/check-invite-budget.ts [built web dir]   (default web/dist)
 *
 * Reads Vite's manifest (build.manifest in web/vite.config.ts). The page loads
 * no chunk dynamically; one it did import dynamically would be listed, not counted.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const INVITE_BUDGET_BYTES = 100 * 1024;
const ENTRY = "invite.html";

/** Strings only these SDKs carry (their service hosts and API names), checked in every chunk. */
const FORBIDDEN_SDKS = [
  { name: "Firestore", markers: ["firestore.googleapis.com", "google.firestore.v1"] },
  { name: "Auth", markers: ["identitytoolkit.googleapis.com"] },
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
if (!manifest[ENTRY]) {
  console.error(
    `The manifest has no ${ENTRY} entry (build.rolldownOptions.input in web/vite.config.ts).`,
  );
  process.exit(1);
}

/** The entry and its static imports, in load order. */
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
visit(ENTRY);

let total = 0;
const problems: string[] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`JavaScript loaded by ${ENTRY} (${path.relative(root, outDir) || "."}):`);
for (const key of loaded) {
  const file = (manifest[key] as ManifestChunk).file;
  const source = readFileSync(path.join(outDir, file));
  const gzipped = gzipSync(source, { level: 9 }).length;
  total += gzipped;
  console.log(
    `  ${file.padEnd(48)} ${kb(source.length).padStart(9)}  ${kb(gzipped).padStart(8)} gz`,
  );
  const text = source.toString("utf8");
  for (const sdk of FORBIDDEN_SDKS) {
    const marker = sdk.markers.find((candidate) => text.includes(candidate));
    if (marker) problems.push(`${file} contains the ${sdk.name} SDK ("${marker}").`);
  }
}
for (const key of dynamic) {
  if (!loaded.includes(key)) console.log(`  (loaded later, not counted: ${manifest[key]?.file})`);
}
console.log(`  total ${kb(total)} gzipped; budget ${kb(INVITE_BUDGET_BYTES)}`);
if (total > INVITE_BUDGET_BYTES) {
  problems.push(`${kb(total)} gzipped is over the ${kb(INVITE_BUDGET_BYTES)} budget.`);
}
for (const problem of problems) console.error(`✘ ${problem}`);
if (problems.length > 0) process.exit(1);
console.log("✔ within budget, no Firestore or Auth SDK");
