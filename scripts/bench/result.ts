// One thing, over 300 lines: the clients benchmark's figures and their printed report, one table after another.
/** The raw figures of `npm run bench` (written by clients-run.ts) and their printed report. */
import { type OpeningSteps, openingStepRows } from "./opening-steps";

export interface ViewSummary {
  index: number;
  firstSeen: number;
  firstRowAt: number | null;
  readsAtFirstRow: number | null;
  reads: number;
}

export interface OpenSample {
  /** Navigation start to the first client row committed to the DOM. */
  firstRowMs: number;
  /** Where that time went. */
  steps?: OpeningSteps;
  /** Navigation start to "N clients" in the header (the aggregate count). */
  countShownMs: number | null;
  readsAtFirstRow: number;
  readsSettled: number;
  rowsLoaded: number;
  trInDocument: number;
  aggregateQueries: number;
  /** Client documents the server sent this tab (Listen channel), and the bytes it sent. */
  wireDocs: number;
  wireKiB: number;
  /** The total the header shows. */
  total: number;
}

export interface ScrollSample {
  pages: {
    ms: number;
    reads: number;
    wireDocs: number;
    wireKiB: number;
    rowsLoaded: number;
    trInDocument: number;
    /** Listeners the list keeps open (the pages near the screen). */
    liveListeners: number;
  }[];
  aggregateQueries: number;
}

export interface SearchSample {
  /** Last input event to the first committed row of the final view. */
  ms: number;
  reads: number;
  /** Documents read by every view the search created (one per keystroke that got rendered). */
  readsAllViews: number;
  views: number;
  inputs: number;
  aggregateQueries: number;
  wireDocs: number;
  wireKiB: number;
  rowsLoaded: number;
  headerText: string;
  allRowsMatch: boolean;
}

/** The same queries through the Admin SDK, straight to the emulator (ms). */
export interface FloorSample {
  list: number;
  count: number;
  searchWord: number;
  searchId: number;
}

export interface BenchResult {
  machine: {
    cores: number;
    cpu: string;
    memoryGiB: number;
    node: string;
    platform: string;
    chromium: string;
  };
  clients: number;
  runs: number;
  seed: { totalMs: number; clientsMs: number; written: number };
  searchWord: string;
  searchWordExpected: number;
  clientId: string;
  typingDelayMs: number;
  floor: FloorSample[];
  /** Returning visits: Firestore's device cache kept from the opens before. */
  open: OpenSample[];
  /** The same open with that cache cleared first (scripts still from the HTTP cache). */
  openFirstVisit: OpenSample[];
  scroll: ScrollSample[];
  searchWordTyped: SearchSample[];
  searchWordPasted: SearchSample[];
  searchIdPasted: SearchSample[];
}

/** Nearest-rank percentile. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export function stats(values: number[]) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return {
    min: sorted[0] ?? Number.NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en") : "–");

/** Reads Firestore bills for one count aggregation over `entries` index entries. */
export function countQueryReads(entries: number): number {
  return Math.max(1, Math.ceil(entries / 1000));
}

export function formatReport(r: BenchResult): string {
  const lines: string[] = [];
  const LABEL = 54;
  const row = (label: string, values: number[], digits = 0) => {
    const s = stats(values);
    const cell = (v: number) =>
      (digits > 0 && Number.isFinite(v) ? v.toFixed(digits) : int(v)).padStart(8);
    lines.push(`  ${label.padEnd(LABEL)}${[s.min, s.p50, s.p95, s.max].map(cell).join("")}`);
  };
  const head = (title: string) => {
    lines.push("");
    lines.push(
      `${title.padEnd(LABEL + 2)}${["min", "p50", "p95", "max"].map((h) => h.padStart(8)).join("")}`,
    );
  };
  const note = (text: string) => lines.push(`  ${text}`);
  const floor = (key: keyof FloorSample) => r.floor.map((f) => f[key]);

  const total = r.open[0]?.total ?? r.clients;
  const perCount = countQueryReads(total);
  const m = r.machine;
  lines.push("Portico clients list benchmark");
  note(
    `machine   ${m.cores} cores (${m.cpu}), ${m.memoryGiB.toFixed(1)} GiB RAM, ${m.platform}, Node ${m.node}, Chromium ${m.chromium}`,
  );
  note(
    `agency    ${int(r.clients)} generated clients (the list header says ${int(total)}); ${r.seed.written > 0 ? `${int(r.seed.written)} written in ${(r.seed.clientsMs / 1000).toFixed(1)} s` : "already there"} (with the demo agency: ${(r.seed.totalMs / 1000).toFixed(1)} s)`,
  );
  note(
    `runs      ${r.runs} per figure after one warm-up, each in a fresh tab of the signed-in owner (warm HTTP cache), 1280×720`,
  );
  note("reads     documents read = the view's data-documents-read; documents sent = client");
  note("          documents the server streamed to the tab (each one billed, rendered or not)");
  note("timings   Firestore emulator on loopback. It has no indexes: an array-contains search");
  note("          scans every client, so compare search times with the 'emulator alone' rows");
  note("          (the same query through the Admin SDK); production answers from an index.");

  /** An open's figures; the count and the emulator-alone rows only for the returning visits. */
  const openTable = (title: string, opens: OpenSample[], returning: boolean) => {
    head(title);
    row(
      "navigation → first client row (ms)",
      opens.map((s) => s.firstRowMs),
    );
    for (const [label, values] of openingStepRows(opens)) row(label, values);
    if (returning) {
      row(
        "navigation → total count shown (ms)",
        opens.map((s) => s.countShownMs ?? Number.NaN),
      );
      row("emulator alone: first-page query (ms)", floor("list"));
      row("emulator alone: count query (ms)", floor("count"));
    }
    row(
      "documents read",
      opens.map((s) => s.readsSettled),
    );
    row(
      "client documents sent",
      opens.map((s) => s.wireDocs),
    );
    row(
      "KiB received on the Listen channel",
      opens.map((s) => s.wireKiB),
    );
    row(
      "<tr> in the DOM (50 rows loaded)",
      opens.map((s) => s.trInDocument),
    );
    row(
      "count (aggregate) queries sent",
      opens.map((s) => s.aggregateQueries),
    );
  };
  openTable("Open /clients (first 50, A–Z), returning visit", r.open, true);
  if (r.openFirstVisit?.length) {
    openTable("Open /clients, Firestore's device cache cleared", r.openFirstVisit, false);
  }

  const pages = r.scroll.flatMap((s) => s.pages);
  const scrolled = r.scroll[0]?.pages.length ?? 0;
  head(`Scroll to the end ${scrolled} times (one more page of 50 each)`);
  row(
    "scroll → next page's rows in the DOM (ms)",
    pages.map((p) => p.ms),
  );
  row(
    "documents read per page",
    pages.map((p) => p.reads),
  );
  row(
    "client documents sent per page",
    pages.map((p) => p.wireDocs),
  );
  row(
    "KiB received per page",
    pages.map((p) => p.wireKiB),
  );
  row(
    `<tr> in the DOM with ${int(r.scroll[0]?.pages.at(-1)?.rowsLoaded ?? 0)} rows loaded`,
    r.scroll.map((s) => s.pages.at(-1)?.trInDocument ?? 0),
  );
  row(
    `listeners open with ${int(r.scroll[0]?.pages.at(-1)?.rowsLoaded ?? 0)} rows loaded (live pages near the screen)`,
    r.scroll.map((s) => s.pages.at(-1)?.liveListeners ?? 0),
  );
  row(
    "count (aggregate) queries sent while scrolling",
    r.scroll.map((s) => s.aggregateQueries),
  );

  const searchBlock = (
    title: string,
    samples: SearchSample[],
    floorKey: keyof FloorSample,
    expected: string,
  ) => {
    head(title);
    row(
      "last input → first matching row (ms)",
      samples.map((s) => s.ms),
    );
    row("emulator alone: the same query (ms)", floor(floorKey));
    row(
      "documents read by the search view",
      samples.map((s) => s.reads),
    );
    row(
      "client documents sent (all queries of the search)",
      samples.map((s) => s.wireDocs),
    );
    row(
      "KiB received",
      samples.map((s) => s.wireKiB),
    );
    row(
      "list views rendered on the way",
      samples.map((s) => s.views),
    );
    row(
      "count (aggregate) queries sent",
      samples.map((s) => s.aggregateQueries),
    );
    const first = samples[0];
    note(
      `${expected}; rows loaded ${first?.rowsLoaded ?? "–"}; header says "${first?.headerText ?? ""}"; every row matches: ${samples.every((s) => s.allRowsMatch) ? "yes" : "NO"}`,
    );
  };
  const expectedWord = `${int(r.searchWordExpected)} clients match`;
  searchBlock(
    `Search "${r.searchWord}" typed (${r.searchWord.length} keys, ${r.typingDelayMs} ms apart)`,
    r.searchWordTyped,
    "searchWord",
    expectedWord,
  );
  searchBlock(`Search "${r.searchWord}" pasted`, r.searchWordPasted, "searchWord", expectedWord);
  searchBlock(
    `Search a client ID pasted (${r.clientId})`,
    r.searchIdPasted,
    "searchId",
    "1 client matches",
  );

  const p50 = (values: number[]) => stats(values).p50;
  lines.push("");
  lines.push("Billed reads (p50 of the runs)");
  note(
    `A count is an aggregation, billed 1 read per up to 1,000 index entries: each count over ${int(total)} clients is ${perCount} read${perCount === 1 ? "" : "s"}.`,
  );
  const billed = (label: string, docs: number, counts: number) =>
    note(
      `${label.padEnd(40)}${int(docs).padStart(6)} documents + ${String(counts).padStart(3)} counts × ${perCount} = ${int(docs + counts * perCount).padStart(6)} reads`,
    );
  billed(
    "open /clients",
    p50(r.open.map((s) => s.wireDocs)),
    p50(r.open.map((s) => s.aggregateQueries)),
  );
  billed(
    "each further page",
    p50(pages.map((p) => p.wireDocs)),
    p50(r.scroll.map((s) => s.aggregateQueries)) / Math.max(1, scrolled),
  );
  for (const [label, samples] of [
    [`typing "${r.searchWord}"`, r.searchWordTyped],
    [`pasting "${r.searchWord}"`, r.searchWordPasted],
    ["pasting a client ID", r.searchIdPasted],
  ] as const) {
    billed(label, p50(samples.map((s) => s.wireDocs)), p50(samples.map((s) => s.aggregateQueries)));
  }
  return lines.join("\n");
}
