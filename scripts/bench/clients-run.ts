// One thing, over 300 lines: the clients benchmark inside the emulators (seed, open, scroll, search, floor), one sequence.
/**
 * The part of `npm run bench` that runs inside `firebase emulators:exec` (which
 * sets the emulator host variables): seeds the demo agency with N clients,
 * then drives Chromium through the clients list and writes the raw figures to
 * a JSON file that scripts/bench/clients.ts prints.
 *
 *   tsx scripts/bench/clients-run.ts --clients=10000 --runs=5 --out=<file>
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, devices, type Page } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import { FieldPath } from "firebase-admin/firestore";
import { DEMO_USERS } from "../lib/demo";
import { appUrl } from "../lib/emulators";
import { SEED_SEARCH_WORD, seededSearchWordMatches } from "../lib/generated-clients";
import { clientsFlag } from "../lib/seed-clients";
import { seedDemo } from "../seed";
import { clearFirestoreDeviceCache, launchChromium } from "./browser";
import { flag } from "./flags";
import { openingSteps } from "./opening-steps";
import type {
  BenchResult,
  FloorSample,
  OpenSample,
  ScrollSample,
  SearchSample,
  ViewSummary,
} from "./result";

const PROBE = path.join(import.meta.dirname, "probe.js");
const EXTRA_PAGES = 8;
const TYPING_DELAY_MS = 100;
const SETTLE_MS = 700;
const TIMEOUT_MS = 60_000;

const clients = clientsFlag(process.argv) || 10_000;
const runs = Number(flag("runs", "5"));
const out = flag("out", "");
if (!out) throw new Error("--out=<file> is required");

const log = (text: string) => console.log(`[bench] ${text}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Summary {
  views: ViewSummary[];
  current: CurrentView | null;
  lastInput: number | null;
  firstInput: number | null;
  inputs: number;
  countShownAt: number | null;
  headerText: string;
  /** Client documents and bytes the Listen channel delivered to this tab so far. */
  wire: { clientDocs: number; bytes: number };
}
interface CurrentView extends ViewSummary {
  rowsLoaded: number;
  rowsInDom: number;
  trInDocument: number;
  liveListeners: number;
  rowTexts: string[];
  rowLinks: string[];
}

/** The probe's API in the page (see probe.js). */
interface BenchWindow {
  __bench: { summary(): Summary; current(): (CurrentView & { firstRowAt?: number | null }) | null };
}

const summary = (page: Page) => page.evaluate("window.__bench.summary()") as Promise<Summary>;

/** Counts the aggregate (count) queries a page sends; `take()` returns and resets the count. */
function watchAggregates(page: Page) {
  let count = 0;
  page.on("request", (request) => {
    if (request.url().includes(":runAggregationQuery")) count += 1;
  });
  return {
    take() {
      const value = count;
      count = 0;
      return value;
    },
  };
}

/**
 * A fresh tab on /clients, measured from navigation start to the first
 * rendered row; with `firstVisit`, Firestore's device cache cleared first.
 */
async function openClients(context: BrowserContext, { firstVisit = false } = {}) {
  const page = await context.newPage();
  if (firstVisit) {
    await page.goto("/__bench/blank.html");
    await clearFirestoreDeviceCache(page);
  }
  const aggregates = watchAggregates(page);
  await page.goto("/clients");
  // Predicates as functions: a string would be eval'd in the page, which its CSP refuses.
  await page.waitForFunction(
    () => (window as unknown as BenchWindow).__bench?.current()?.firstRowAt != null,
    null,
    { timeout: TIMEOUT_MS },
  );
  // Let the total count and any follow-up render land before reading the figures.
  await page.waitForFunction(
    () => /^\d+ clients?$/.test((window as unknown as BenchWindow).__bench.summary().headerText),
    null,
    { timeout: TIMEOUT_MS },
  );
  await sleep(SETTLE_MS);
  const state = await summary(page);
  const view = state.current;
  if (!view || view.firstRowAt === null) throw new Error("The clients list did not render.");
  const sample: OpenSample = {
    firstRowMs: view.firstRowAt,
    steps: await openingSteps(page, view.firstRowAt),
    countShownMs: state.countShownAt,
    readsAtFirstRow: view.readsAtFirstRow ?? 0,
    readsSettled: view.reads,
    rowsLoaded: view.rowsLoaded,
    trInDocument: view.trInDocument,
    aggregateQueries: aggregates.take(),
    wireDocs: state.wire.clientDocs,
    wireKiB: state.wire.bytes / 1024,
    total: Number(state.headerText.match(/^(\d+)/)?.[1] ?? Number.NaN),
  };
  return { page, aggregates, sample };
}

async function scrollPages(page: Page, aggregates: { take(): number }): Promise<ScrollSample> {
  const pages: ScrollSample["pages"] = [];
  for (let i = 0; i < EXTRA_PAGES; i += 1) {
    const before = await summary(page);
    const loaded = (await page.evaluate(`window.__bench.scrollToEnd(${TIMEOUT_MS})`)) as {
      ms: number;
      rowsLoaded: number;
    };
    await sleep(SETTLE_MS);
    const after = await summary(page);
    const view = after.current;
    if (!view) throw new Error("The clients list went away while scrolling.");
    pages.push({
      ms: loaded.ms,
      reads: view.reads - (before.current?.reads ?? 0),
      wireDocs: after.wire.clientDocs - before.wire.clientDocs,
      wireKiB: (after.wire.bytes - before.wire.bytes) / 1024,
      rowsLoaded: view.rowsLoaded,
      trInDocument: view.trInDocument,
      liveListeners: view.liveListeners,
    });
  }
  return { pages, aggregateQueries: aggregates.take() };
}

/**
 * The tab's figures once the server has stopped streaming clients for a
 * second: a returning visit shows the list from the device's cache first and
 * the server's answer comes after, which must not count as the search's.
 */
async function quietWire(page: Page) {
  let last = await summary(page);
  let quietSince = Date.now();
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() - quietSince < 1000 && Date.now() < deadline) {
    await sleep(100);
    const next = await summary(page);
    if (next.wire.clientDocs !== last.wire.clientDocs) quietSince = Date.now();
    last = next;
  }
  return last;
}

/**
 * Searches from an open list (once the server's answer to it has arrived): typed key by key (like a person) or pasted in one
 * input event, then times the last input event to the first committed row of
 * the view that answers the whole term.
 */
async function search(
  context: BrowserContext,
  term: string,
  mode: "typed" | "pasted",
  matches: (view: CurrentView) => boolean,
): Promise<SearchSample> {
  const { page, aggregates } = await openClients(context);
  const before = await quietWire(page);
  const viewsBefore = before.views.length;
  aggregates.take();
  const box = page.getByLabel("Search clients");
  if (mode === "typed") await box.pressSequentially(term, { delay: TYPING_DELAY_MS });
  else await box.fill(term);
  // A function, not a string: the app's CSP forbids eval, which a string predicate needs.
  await page.waitForFunction(
    () => {
      const s = (window as unknown as BenchWindow).__bench.summary();
      const v = s.current;
      return v && v.firstRowAt != null && s.lastInput != null && v.firstSeen >= s.lastInput;
    },
    null,
    { timeout: TIMEOUT_MS },
  );
  await sleep(SETTLE_MS);
  const state = await summary(page);
  const view = state.current;
  if (!view || view.firstRowAt === null || state.lastInput === null) {
    throw new Error(`The search for "${term}" did not render.`);
  }
  const searchViews = state.views.slice(viewsBefore);
  const sample: SearchSample = {
    ms: view.firstRowAt - state.lastInput,
    reads: view.reads,
    readsAllViews: searchViews.reduce((sum, v) => sum + v.reads, 0),
    views: searchViews.length,
    inputs: state.inputs,
    aggregateQueries: aggregates.take(),
    wireDocs: state.wire.clientDocs - before.wire.clientDocs,
    wireKiB: (state.wire.bytes - before.wire.bytes) / 1024,
    rowsLoaded: view.rowsLoaded,
    headerText: state.headerText,
    allRowsMatch: matches(view),
  };
  await page.close();
  return sample;
}

// ---------------------------------------------------------------------------
log(`seeding the demo agency with ${clients.toLocaleString("en")} clients…`);
const seedStarted = performance.now();
const demo = await seedDemo({ clients });
const seedTotalMs = performance.now() - seedStarted;
const ids = demo.clients?.ids ?? [];
const middle = ids[Math.floor(ids.length / 2)];
if (!middle || !demo.agencyId) throw new Error("No client was seeded.");
const clientId: string = middle;
log(`seeded in ${(seedTotalMs / 1000).toFixed(1)} s`);

const word = SEED_SEARCH_WORD.toLowerCase();
const { db } = await import("../../functions/src/admin");
const clientsRef = db.collection(paths.clients(demo.agencyId));
/** Browsing reads the clients' rows (clientRows); a search asks the clients themselves. */
const rowsRef = db.collection(paths.clientRows(demo.agencyId));

/**
 * The emulator's own time for the list's queries, through the Admin SDK (no
 * browser, no rules): the floor under the browser figures.
 */
async function emulatorFloor(): Promise<FloorSample> {
  const time = async (query: { get(): Promise<unknown> }) => {
    const started = performance.now();
    await query.get();
    return performance.now() - started;
  };
  const byName = rowsRef.orderBy("nameLower");
  const searching = (token: string) =>
    clientsRef.where("searchTokens", "array-contains", token).orderBy("nameLower").limit(50);
  return {
    list: await time(byName.limit(50)),
    count: await time(byName.count()),
    searchWord: await time(searching(word)),
    searchId: await time(rowsRef.where(FieldPath.documentId(), "==", clientId)),
  };
}

const browser = await launchChromium();
try {
  const context = await browser.newContext({
    ...devices["Desktop Chrome"],
    baseURL: appUrl("test"),
  });
  await context.addInitScript({ path: PROBE });
  const signIn = await context.newPage();
  await signIn.goto("/sign-in?next=%2Fclients");
  await signIn.getByLabel("Email").fill(DEMO_USERS.owner.email);
  await signIn.getByLabel("Password").fill(DEMO_USERS.owner.password);
  await signIn.getByRole("button", { name: "Sign in" }).click();
  await signIn.waitForURL(/\/clients$/, { timeout: TIMEOUT_MS });
  await signIn.close();

  const wordMatches = (view: CurrentView) =>
    view.rowTexts.length > 0 && view.rowTexts.every((text) => text.toLowerCase().includes(word));
  const idMatches = (view: CurrentView) =>
    view.rowLinks.length === 1 && view.rowLinks[0] === `/clients/${clientId}`;

  const result: BenchResult = {
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model.trim() ?? "unknown",
      memoryGiB: os.totalmem() / 1024 ** 3,
      node: process.version,
      platform: `${os.type()} ${os.release()}`,
      chromium: browser.version(),
    },
    clients,
    runs,
    seed: {
      totalMs: seedTotalMs,
      clientsMs: demo.clients?.ms ?? 0,
      written: demo.clients?.written ?? 0,
    },
    searchWord: word,
    searchWordExpected: seededSearchWordMatches(clients),
    clientId,
    typingDelayMs: TYPING_DELAY_MS,
    floor: [],
    open: [],
    openFirstVisit: [],
    scroll: [],
    searchWordTyped: [],
    searchWordPasted: [],
    searchIdPasted: [],
  };

  log("warm-up run (not counted)…");
  await emulatorFloor();
  const warm = await openClients(context);
  await warm.page.close();
  await search(context, clientId, "pasted", idMatches);

  for (let run = 1; run <= runs; run += 1) {
    result.floor.push(await emulatorFloor());
    log(`run ${run}/${runs}: open and scroll…`);
    const opened = await openClients(context);
    result.open.push(opened.sample);
    result.scroll.push(await scrollPages(opened.page, opened.aggregates));
    await opened.page.close();
    const firstVisit = await openClients(context, { firstVisit: true });
    result.openFirstVisit.push(firstVisit.sample);
    await firstVisit.page.close();
    log(`run ${run}/${runs}: search "${word}" (typed, then pasted) and a client ID (pasted)…`);
    result.searchWordTyped.push(await search(context, word, "typed", wordMatches));
    result.searchWordPasted.push(await search(context, word, "pasted", wordMatches));
    result.searchIdPasted.push(await search(context, clientId, "pasted", idMatches));
  }
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
}
