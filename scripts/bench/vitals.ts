/**
 * `npm run bench:vitals`: Core Web Vitals (LCP, CLS, INP) of five pages on the
 * production build served by the Hosting emulator, measured in Chromium by
 * Google's web-vitals library:
 *   agency pages (sign-in, dashboard, client profile) on a desktop, as staff use them;
 *   client pages (the invite page, the portal home) on a mid-range phone,
 *     throttled as Lighthouse's mobile profile (Slow 4G, 4x CPU slowdown).
 * Each page is opened in a fresh tab, left to settle, then given one typical
 * interaction (INP). Beside them, the floor: a static page with one heading,
 * served by the same Hosting emulator under the same conditions. Prints the
 * figures beside the targets (LCP <= 2.5 s, INP <= 200 ms, CLS <= 0.1) and
 * judges nothing; fails only when it could not run.
 *
 * Flags: --runs=N (opens per page, default 3); --pages=invite,portal (only the
 * pages whose names contain one of these words, with the floors).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { flag } from "./flags";
import { BENCH_DIR, bin, fail, prepare, runInEmulators, WEB_DIR } from "./harness";
import { stats } from "./result";
import type { VitalsResult } from "./vitals-run";

const runs = flag("runs", "3");
const pages = flag("pages", "");
if (!(Number(runs) >= 1)) fail("--runs needs a number above 0.");
const RESULT = path.join(BENCH_DIR, "vitals.json");
const started = performance.now();
rmSync(RESULT, { force: true });
await prepare({ functions: true });
mkdirSync(path.join(WEB_DIR, "__bench"), { recursive: true });
await build({
  entryPoints: [path.join(import.meta.dirname, "vitals-probe.ts")],
  outfile: path.join(BENCH_DIR, "vitals-probe.js"),
  bundle: true,
  format: "iife",
  minify: true,
  platform: "browser",
  logLevel: "error",
});
// The floor: nothing but HTML and one heading, the same origin, network and CPU.
writeFileSync(
  path.join(WEB_DIR, "__bench/vitals-floor.html"),
  '<!doctype html><meta name="viewport" content="width=device-width"><h1>Portico</h1>\n',
);

console.log(`\n▶ web vitals: 5 pages, ${runs} opens each (emulators with functions)`);
await runInEmulators(
  "auth,firestore,functions,hosting",
  [
    bin("tsx"),
    "scripts/bench/vitals-run.ts",
    `--runs=${runs}`,
    `--pages=${pages}`,
    `--out=${RESULT}`,
  ],
  path.join(BENCH_DIR, "vitals.log"),
);
if (!existsSync(RESULT)) fail("The benchmark wrote no result.");
const result = JSON.parse(readFileSync(RESULT, "utf8")) as VitalsResult;

const cell = (value: string) => value.padStart(10);
const ms = (values: number[]) => cell(`${Math.round(stats(values).p50).toLocaleString("en")} ms`);
const cls = (values: number[]) => cell(stats(values).p50.toFixed(3));
const m = result.machine;
console.log(
  [
    "\nPortico web vitals benchmark (p50 of each page's opens)",
    `  machine   ${m.cores} cores (${m.cpu}), Chromium ${m.chromium}`,
    `  phone     ${result.phone}`,
    `\n  ${"page".padEnd(46)}${["LCP", "CLS", "INP"].map(cell).join("")}   interaction`,
    `  ${"target".padEnd(46)}${[cell("<= 2,500 ms"), cell("<= 0.1"), cell("<= 200 ms")].join("")}`,
    ...result.pages.map(
      (page) =>
        `  ${`${page.name} (${page.device}${page.cold ? ", first visit" : ""})`.padEnd(46)}${ms(page.lcp)}${cls(page.cls)}${ms(page.inp)}   ${page.interaction}`,
    ),
    `\n  ${runs} opens per page; whole benchmark ${((performance.now() - started) / 1000).toFixed(0)} s`,
  ].join("\n"),
);
