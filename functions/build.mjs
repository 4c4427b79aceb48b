// Bundles the functions with the shared domain code inlined, so `firebase deploy`
// ships one self-contained file; npm dependencies stay external and are installed
// by Cloud Build from this package.json.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

/** Shared with scripts/start.ts, which rebuilds on change while the emulators run. */
export const buildOptions = {
  entryPoints: ["src/index.ts"],
  // A parallel test run bundles into its own copy (scripts/lib/emulators.ts).
  outdir: process.env.FUNCTIONS_OUTDIR ?? "lib",
  // Heavy modules (email rendering) are imported on demand, so functions that
  // never send mail start without loading them.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  platform: "node",
  target: "node22",
  format: "esm",
  sourcemap: true,
  external: Object.keys(pkg.dependencies ?? {}),
  logLevel: "warning",
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build({ ...buildOptions, absWorkingDir: fileURLToPath(new URL(".", import.meta.url)) });
}
