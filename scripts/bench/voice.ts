/**
 * `npm run bench:voice`: the client's AI agent in the portal, in one run.
 *   1. live (Auth, Firestore, Functions, Hosting):
 *      (b) 1,000 signed Retell webhooks, 10% duplicates -> exactly 900 calls, and how long;
 *      the raw floor (an Admin write -> the SDK's listener in a bare page -> the DOM)
 *      beside (a) a webhook POSTed -> the call's row on an open portal Calls page, p50/p95;
 *   2. open (Auth, Firestore, Hosting): (c) a client with 100,000 calls: time to
 *      the first row of the portal's Calls page and the call documents read.
 * The Calls page is `/portal/calls`, one `[data-call-id]` element per row. When
 * it is missing, the other figures are printed and the run fails, saying so.
 *
 * Flags: --changes=N (latency samples, default 60), --webhooks=N (default
 * 1000), --calls=N (default 100000), --runs=N (page opens, default 3).
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { flag } from "./flags";
import { BENCH_DIR, bin, fail, prepare, runInEmulators } from "./harness";
import { buildRawFloorPage } from "./raw-floor-page";
import { type BenchMachine, machineLine, statsHead, statsLine } from "./stats-table";

const changes = flag("changes", "60");
const webhooks = flag("webhooks", "1000");
const calls = flag("calls", "100000");
const runs = flag("runs", "3");
/** `--phases=open` re-runs the open phase alone, beside the last live phase's result. */
const phases = new Set(flag("phases", "live,open").split(","));
for (const [name, value] of Object.entries({ changes, webhooks, calls, runs })) {
  if (!(Number(value) >= 1)) fail(`--${name} needs a number above 0.`);
}
if (Number(changes) < 50) console.warn("! Fewer than 50 changes: the p95 is rough.");

const LIVE = path.join(BENCH_DIR, "voice-live.json");
const OPEN = path.join(BENCH_DIR, "voice-open.json");
const PHASES = [
  {
    name: "live",
    title: `live: ${webhooks} webhooks, then ${changes} changes (emulators with functions)`,
    emulators: "auth,firestore,functions,hosting",
    flags: [`--changes=${changes}`, `--webhooks=${webhooks}`],
    result: LIVE,
  },
  {
    name: "open",
    title: `open: a client with ${Number(calls).toLocaleString("en")} calls, ${runs} runs`,
    emulators: "auth,firestore,hosting",
    flags: [`--calls=${calls}`, `--runs=${runs}`],
    result: OPEN,
  },
].filter((phase) => phases.has(phase.name));

const started = performance.now();
for (const phase of PHASES) rmSync(phase.result, { force: true });
await prepare({ functions: true });
await buildRawFloorPage();
for (const phase of PHASES) {
  console.log(`\n▶ ${phase.title}`);
  await runInEmulators(
    phase.emulators,
    [
      bin("tsx"),
      "scripts/bench/voice-run.ts",
      `--phase=${phase.name}`,
      ...phase.flags,
      `--out=${phase.result}`,
    ],
    path.join(BENCH_DIR, `voice-${phase.name}.log`),
  );
}
if (!existsSync(LIVE) || !existsSync(OPEN)) fail("The benchmark wrote no result.");

interface LiveResult {
  machine: BenchMachine;
  changes: number;
  ingest: {
    webhooks: number;
    distinct: number;
    concurrency: number;
    ms: number;
    calls: number;
    results: Record<string, number>;
  };
  rawMs: number[];
  portal: { rowMs: number[]; answerMs: number[] } | null;
}
interface OpenResult {
  calls: number;
  seedMs: number;
  samples:
    | {
        firstRowMs: number;
        callDocs: number;
        reportedReads: number;
        rows: number;
        overview?: PageFigures | null;
        analytics?: PageFigures | null;
      }[]
    | null;
}
interface PageFigures {
  ms: number;
  allDocs: number;
  callDocs: number;
}
const live = JSON.parse(readFileSync(LIVE, "utf8")) as LiveResult;
const open = JSON.parse(readFileSync(OPEN, "utf8")) as OpenResult;
const m = live.machine;

const missing = (what: string) =>
  `  ${what}: the portal Calls page (/portal/calls, rows with data-call-id) is not there`;
const ingest = live.ingest;
const exact = ingest.calls === ingest.distinct;
const samples = open.samples;
console.log(
  [
    "\nPortico voice benchmark",
    machineLine(m),
    `\nIngest: ${ingest.webhooks.toLocaleString("en")} signed Retell webhooks (${ingest.webhooks - ingest.distinct} re-sent duplicates), ${ingest.concurrency} at a time`,
    `  ${exact ? "✔" : "✘"} ${ingest.calls.toLocaleString("en")} calls stored (expected ${ingest.distinct.toLocaleString("en")}) in ${(ingest.ms / 1000).toFixed(1)} s, ${Math.round(ingest.webhooks / (ingest.ms / 1000))} webhooks/s`,
    `  answers: ${Object.entries(ingest.results)
      .map(([result, count]) => `${result} ${count}`)
      .join(", ")}`,
    statsHead(`Write -> rendered in Chromium, ms (${live.changes} each)`),
    statsLine("raw floor: Admin write -> SDK listener in a bare page -> DOM", live.rawMs),
    live.portal
      ? [
          statsLine("portal: webhook POSTed -> the call's row on /portal/calls", live.portal.rowMs),
          statsLine(
            "  beside it: the webhook's HTTP answer (verify, store, log)",
            live.portal.answerMs,
          ),
        ].join("\n")
      : missing("webhook -> row"),
    samples
      ? [
          statsHead(
            `Opening the portal for a client with ${open.calls.toLocaleString("en")} calls (${samples.length} runs each)`,
          ),
          statsLine(
            "Calls (/portal/calls): navigation start -> first call row, ms",
            samples.map((s) => s.firstRowMs),
          ),
          statsLine(
            "call documents read (sent on the Listen channel, 1.5 s after)",
            samples.map((s) => s.callDocs),
          ),
          statsLine(
            "documents read as the page reports it (data-documents-read)",
            samples.map((s) => s.reportedReads),
          ),
          statsLine(
            "call rows in the DOM",
            samples.map((s) => s.rows),
          ),
          ...(["overview", "analytics"] as const).flatMap((name) => {
            const figures = samples.map((s) => s[name]);
            const title =
              name === "overview"
                ? "Overview (/portal): navigation start -> first figure, ms"
                : "Analytics, 90 days: navigation start -> heatmap, ms";
            if (figures.some((f) => !f)) return [`  ${title}: not shown`];
            const shown = figures as PageFigures[];
            return [
              statsLine(
                title,
                shown.map((f) => f.ms),
              ),
              statsLine(
                "  documents read, all queries (target under 100)",
                shown.map((f) => f.allDocs),
              ),
              statsLine(
                "  of them call documents",
                shown.map((f) => f.callDocs),
              ),
            ];
          }),
        ].join("\n")
      : `\n${missing(`opening Calls with ${open.calls.toLocaleString("en")} calls`)}`,
    `\n  ${open.seedMs ? `${open.calls.toLocaleString("en")} calls seeded in ${(open.seedMs / 1000).toFixed(1)} s; ` : ""}whole benchmark ${((performance.now() - started) / 1000).toFixed(0)} s`,
  ].join("\n"),
);
if (!exact) fail(`Ingest stored ${ingest.calls} calls for ${ingest.distinct} distinct webhooks.`);
if (!live.portal || !samples) {
  fail(
    "The portal Calls page (/portal/calls with [data-call-id] rows) is missing: figures (a) and (c) could not be measured.",
  );
}
