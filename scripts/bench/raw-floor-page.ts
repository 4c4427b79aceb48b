/**
 * The raw floor's bare page (the Firebase SDK alone, listening to one
 * document; see raw-listener.ts) and a blank page, built into the bench's web
 * directory so Hosting serves them beside the app.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { WEB_DIR } from "./harness";

export async function buildRawFloorPage(): Promise<void> {
  mkdirSync(path.join(WEB_DIR, "__bench"), { recursive: true });
  await build({
    entryPoints: [path.join(import.meta.dirname, "raw-listener.ts")],
    outfile: path.join(WEB_DIR, "__bench/raw-floor.js"),
    bundle: true,
    format: "esm",
    minify: true,
    platform: "browser",
    logLevel: "error",
  });
  writeFileSync(
    path.join(WEB_DIR, "__bench/raw-floor.html"),
    '<!doctype html><p id="value"></p><script type="module" src="/__bench/raw-floor.js"></script>\n',
  );
  // A same-origin page without the app, where a run can clear the app's device cache.
  writeFileSync(path.join(WEB_DIR, "__bench/blank.html"), "<!doctype html><title>Bench</title>\n");
}
