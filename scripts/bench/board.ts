/**
 * `npm run bench:board`: the live board's figures, printed in one run.
 *   1. latency (Auth, Firestore, Functions, Hosting): over N changes each
 *      (default 60), the raw floor (an Admin write -> the SDK's listener in a
 *      bare Chromium page -> the DOM) and the board (a service status written
 *      the way the client page's functions write it -> the board row
 *      re-rendered, and -> the invite status written with it, re-rendered), and
 *      the client's click (the invite page's confirmService callable -> the
 *      board row's new badge and status, beside the callable's own round
 *      trip), p50/p95;
 *   2. open (Auth, Firestore, Hosting): the demo agency with N invites (default
 *      10,000): documents read and time to the board's first row.
 * Prints figures and judges nothing; fails only when it could not run.
 *
 * Flags: --invites=N, --runs=N (board opens, default 3), --changes=N.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { flag } from "./flags";
import { BENCH_DIR, bin, fail, prepare, runInEmulators } from "./harness";
import { type OpeningSteps, openingStepRows } from "./opening-steps";
import { buildRawFloorPage } from "./raw-floor-page";
import { type BenchMachine, machineLine, statsHead, statsLine } from "./stats-table";

const invites = flag("invites", "10000");
const runs = flag("runs", "3");
const changes = flag("changes", "60");
if (Number(changes) < 1 || Number(invites) < 1)
  fail("--changes and --invites need numbers above 0.");

const LATENCY = path.join(BENCH_DIR, "board-latency.json");
const OPEN = path.join(BENCH_DIR, "board-open.json");
const started = performance.now();
rmSync(LATENCY, { force: true });
rmSync(OPEN, { force: true });
await prepare({ functions: true });
await buildRawFloorPage();

console.log(`\n▶ latency: ${changes} changes (emulators with functions)`);
await runInEmulators(
  "auth,firestore,functions,hosting",
  [
    bin("tsx"),
    "scripts/bench/board-run.ts",
    "--phase=latency",
    `--changes=${changes}`,
    `--out=${LATENCY}`,
  ],
  path.join(BENCH_DIR, "board-latency.log"),
);
console.log(`\n▶ open: ${Number(invites).toLocaleString("en")} invites, ${runs} runs`);
await runInEmulators(
  "auth,firestore,hosting",
  [
    bin("tsx"),
    "scripts/bench/board-run.ts",
    "--phase=open",
    `--invites=${invites}`,
    `--runs=${runs}`,
    `--out=${OPEN}`,
  ],
  path.join(BENCH_DIR, "board-open.log"),
);
if (!existsSync(LATENCY) || !existsSync(OPEN)) fail("The benchmark wrote no result.");

interface LatencyResult {
  machine: BenchMachine;
  changes: number;
  rawMs: number[];
  serviceMs: number[];
  statusMs: number[];
  callableMs: number[];
  boardMs: number[];
}
interface OpenSample {
  firstRowMs: number;
  steps?: OpeningSteps;
  readsSettled: number;
  rowsLoaded: number;
  rowsInDom: number;
  trInDocument: number;
  aggregateQueries: number;
  total: number;
}
interface OpenResult {
  invites: number;
  seedMs: number;
  /** Returning visits: Firestore's device cache kept from the opens before. */
  samples: OpenSample[];
  /** The same opens with that cache cleared first, as on a new device. */
  firstVisits?: OpenSample[];
}
const latency = JSON.parse(readFileSync(LATENCY, "utf8")) as LatencyResult;
const open = JSON.parse(readFileSync(OPEN, "utf8")) as OpenResult;
const m = latency.machine;

const samples = open.samples;

function openTable(visit: string, opens: OpenSample[]): string[] {
  return [
    statsHead(
      `Opening the board with ${open.invites.toLocaleString("en")} invites, ${visit} (${opens.length} runs)`,
    ),
    statsLine(
      "navigation start -> first board row, ms",
      opens.map((s) => s.firstRowMs),
    ),
    ...openingStepRows(opens).map(([label, values]) => statsLine(label, values)),
    statsLine(
      "invite documents read (settled, 1.5 s after)",
      opens.map((s) => s.readsSettled),
    ),
    statsLine(
      "rows loaded",
      opens.map((s) => s.rowsLoaded),
    ),
    statsLine(
      "<tr> in the DOM",
      opens.map((s) => s.trInDocument),
    ),
    statsLine(
      "aggregate queries sent",
      opens.map((s) => s.aggregateQueries),
    ),
    statsLine(
      "total on the All invites counter (counter document: 1 read)",
      opens.map((s) => s.total),
    ),
  ];
}
console.log(
  [
    "\nPortico live board benchmark",
    machineLine(m),
    statsHead(`Write -> rendered in Chromium, ms (${latency.changes} changes each)`),
    statsLine("raw floor: Admin write -> SDK listener in a bare page -> DOM", latency.rawMs),
    statsLine("board: service status written -> board row's service badge", latency.serviceMs),
    statsLine(
      "board: ... -> invite status (derived in the same write) on the row",
      latency.statusMs,
    ),
    statsLine("client click: confirmService callable's round trip", latency.callableMs),
    statsLine("client click -> board row's new badge and status", latency.boardMs),
    ...openTable("a returning visit", samples),
    ...(open.firstVisits ? openTable("Firestore's device cache cleared", open.firstVisits) : []),
    `\n  ${open.invites.toLocaleString("en")} invites seeded in ${(open.seedMs / 1000).toFixed(1)} s; whole benchmark ${((performance.now() - started) / 1000).toFixed(0)} s`,
  ].join("\n"),
);
