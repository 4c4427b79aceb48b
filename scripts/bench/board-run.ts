/// <reference lib="dom" />
/**
 * The part of `npm run bench:board` that runs inside `firebase emulators:exec`.
 *
 *   --phase=open     (Auth, Firestore, Hosting) seeds N invites and opens the
 *                    board in fresh tabs: time to the first row, documents read,
 *                    rows in the DOM, the counters' total.
 *   --phase=latency  (Auth, Firestore, Functions, Hosting) per change, the time
 *                    from the write to the DOM: the raw floor (the SDK alone in a
 *                    bare page), the board (the app; the status derived in
 *                    the same write, as the callables write it), and the
 *                    client's click (the confirmService callable) -> the board.
 *
 * Times are wall-clock milliseconds (Date.now() in Node and in Chromium, the
 * same machine clock) from just before the write to the MutationObserver
 * callback that sees the change committed to the DOM.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import { type BrowserContext, devices, type Page } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import { DEMO_USERS } from "../lib/demo";
import { appUrl, emulatorPorts, PROJECT_IDS } from "../lib/emulators";
import { seedBoardInvites, seedDemo } from "../seed";
import { measureClicks } from "./board-click";
import { clearFirestoreDeviceCache, launchChromium } from "./browser";
import { flag } from "./flags";
import { openingSteps } from "./opening-steps";

const phase = flag("phase", "open");
const invites = Number(flag("invites", "10000"));
const runs = Number(flag("runs", "3"));
const changes = Number(flag("changes", "60"));
const out = flag("out", "");
if (!out) throw new Error("--out=<file> is required");

const TIMEOUT_MS = 60_000;
const GAP_MS = 150;
const log = (text: string) => console.log(`[bench] ${text}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * In-page watcher: window.benchHits[name] becomes Date.now() when its selector
 * first matches. A plain string, because tsx would wrap named functions in a
 * helper (`__name`) that does not exist in the page.
 */
const WATCH_SCRIPT = `(entries) => {
  window.benchHits = {};
  for (const [name, selector] of Object.entries(entries)) {
    window.benchHits[name] = null;
    const observer = new MutationObserver(() => {
      if (window.benchHits[name] === null && document.querySelector(selector)) {
        window.benchHits[name] = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    if (document.querySelector(selector)) {
      window.benchHits[name] = Date.now();
      observer.disconnect();
    }
  }
}`;
async function watch(page: Page, watches: Record<string, string>) {
  await page.evaluate(`(${WATCH_SCRIPT})(${JSON.stringify(watches)})`);
}
async function hits(page: Page, names: string[]): Promise<Record<string, number | undefined>> {
  await page.waitForFunction(
    (wanted) => {
      const scope = window as unknown as { benchHits: Record<string, number | null> };
      return wanted.every((name) => scope.benchHits[name] !== null);
    },
    names,
    { timeout: TIMEOUT_MS },
  );
  return page.evaluate(
    () => (window as unknown as { benchHits: Record<string, number> }).benchHits,
  );
}

async function signedInContext(): Promise<BrowserContext> {
  const context = await browser.newContext({
    ...devices["Desktop Chrome"],
    baseURL: appUrl("test"),
  });
  const page = await context.newPage();
  await page.goto("/sign-in?next=%2Fdashboard");
  await page.getByLabel("Email").fill(DEMO_USERS.owner.email);
  await page.getByLabel("Password").fill(DEMO_USERS.owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/dashboard$/, { timeout: TIMEOUT_MS });
  await page.close();
  return context;
}

const FIRST_ROW = '[data-testid="invite-board"] tbody tr[data-row-id]';

/**
 * Opens the board in a fresh tab of the signed-in context: a returning visit
 * (Firestore's device cache kept from the opens before) or, with `firstVisit`,
 * one with that cache cleared, as on a new device.
 */
async function openBoard(context: BrowserContext, { firstVisit = false } = {}) {
  const page = await context.newPage();
  if (firstVisit) {
    await page.goto("/__bench/blank.html");
    await clearFirestoreDeviceCache(page);
  }
  let aggregateQueries = 0;
  page.on("request", (request) => {
    if (request.url().includes(":runAggregationQuery")) aggregateQueries += 1;
  });
  await page.goto("/dashboard");
  // Timed in the page, on the first animation frame that has the row (not after a round trip to here).
  const firstRowMs = (await (
    await page.waitForFunction(
      (selector) => (document.querySelector(selector) ? performance.now() : null),
      FIRST_ROW,
      { timeout: TIMEOUT_MS, polling: "raf" },
    )
  ).jsonValue()) as number;
  const steps = await openingSteps(page, firstRowMs);
  await sleep(1500); // let later pages of the first render and the counters land
  const figures = await page.evaluate((selector) => {
    const board = document.querySelector('[data-testid="invite-board"]');
    const all = document.querySelector('[data-status="all"] .status-counter-count');
    return {
      readsSettled: Number(board?.getAttribute("data-documents-read") ?? Number.NaN),
      rowsInDom: document.querySelectorAll(selector).length,
      trInDocument: document.querySelectorAll("tr").length,
      rowsLoaded: Number(board?.querySelector("table")?.getAttribute("aria-rowcount") ?? 1) - 1,
      total: Number((all?.textContent ?? "").replace(/\D/g, "")),
    };
  }, FIRST_ROW);
  await page.close();
  return { firstRowMs, steps, aggregateQueries, ...figures };
}

const browser = await launchChromium();
const machine = {
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model.trim() ?? "unknown",
  memoryGiB: os.totalmem() / 1024 ** 3,
  node: process.version,
  chromium: browser.version(),
};

try {
  if (phase === "open") {
    const demo = await seedDemo();
    if (!demo.agencyId) throw new Error("The demo agency is missing.");
    log(`seeding ${invites.toLocaleString("en")} invites…`);
    const seeded = await seedBoardInvites(demo.agencyId, invites, 1000);
    log(`seeded in ${(seeded.ms / 1000).toFixed(1)} s`);
    const context = await signedInContext();
    log("warm-up open (not counted)…");
    await openBoard(context);
    const samples = [];
    const firstVisits = [];
    for (let run = 1; run <= runs; run += 1) {
      log(`open ${run}/${runs}: a returning visit, then a first visit…`);
      samples.push(await openBoard(context));
      firstVisits.push(await openBoard(context, { firstVisit: true }));
    }
    writeFileSync(
      out,
      `${JSON.stringify({ machine, invites, seedMs: seeded.ms, samples, firstVisits }, null, 2)}\n`,
    );
  } else {
    const demo = await seedDemo();
    if (!demo.agencyId) throw new Error("The demo agency is missing.");
    const agencyId = demo.agencyId;
    const { db } = await import("../../functions/src/admin");
    // The newest demo invite, with its first service: the board's top row.
    const latest = await db
      .collection(paths.invites(agencyId))
      .orderBy("createdAt", "desc")
      .limit(1)
      .get();
    const inviteRef = latest.docs[0]?.ref;
    if (!inviteRef) throw new Error("The demo agency has no invite.");
    // One required service and no intake form: granted = complete, pending = pending.
    const services = latest.docs[0]?.get("services") as { serviceId: string }[] | undefined;
    const first = services?.[0];
    if (!first) throw new Error("The demo invite has no service.");
    await inviteRef.update({
      services: [{ ...first, optional: false, status: "pending" }],
      intake: { requested: false, status: "not_requested" },
      createdAt: new Date(),
    });
    const serviceId = first.serviceId;

    // The raw floor: the SDK alone, in a bare page served beside the app (see board.ts).
    const ports = emulatorPorts("test");
    const rawConfig = {
      projectId: PROJECT_IDS.test,
      authPort: ports.auth,
      firestorePort: ports.firestore,
      email: DEMO_USERS.owner.email,
      password: DEMO_USERS.owner.password,
      path: inviteRef.path,
    };
    const rawContext = await browser.newContext({ baseURL: appUrl("test") });
    const raw = await rawContext.newPage();
    raw.on("pageerror", (error) => log(`raw floor page error: ${error.message}`));
    raw.on("console", (message) => {
      if (message.type() === "error") log(`raw floor page: ${message.text()}`);
    });
    await raw.goto(
      `/__bench/raw-floor.html?config=${encodeURIComponent(JSON.stringify(rawConfig))}`,
    );
    // A function, not a string: a string would be eval'd in the page, which its CSP refuses.
    await raw.waitForFunction(
      () => (window as unknown as { rawReady?: boolean }).rawReady === true,
      null,
      { timeout: TIMEOUT_MS },
    );

    const boardContext = await signedInContext();
    const board = await boardContext.newPage();
    await board.goto("/dashboard");
    const row = `[data-row-id="${inviteRef.id}"]`;
    await board.waitForSelector(row, { timeout: TIMEOUT_MS });

    log(`raw floor: ${changes} changes…`);
    const rawMs: number[] = [];
    for (let i = 1; i <= changes; i += 1) {
      // Watches for the exact text this change renders.
      await raw.evaluate((expected) => {
        const scope = window as unknown as { benchHits: Record<string, number | null> };
        scope.benchHits = { value: null };
        const output = document.getElementById("value") as HTMLElement;
        const observer = new MutationObserver(() => {
          if (output.textContent === expected) {
            scope.benchHits.value = Date.now();
            observer.disconnect();
          }
        });
        observer.observe(output, { childList: true, characterData: true, subtree: true });
      }, String(i));
      const started = Date.now();
      await inviteRef.update({ benchMarker: i });
      rawMs.push(((await hits(raw, ["value"])).value ?? Number.NaN) - started);
      await sleep(GAP_MS);
    }

    log(`board: ${changes} service status changes…`);
    const serviceMs: number[] = [];
    const statusMs: number[] = [];
    for (let i = 1; i <= changes; i += 1) {
      const status = i % 2 === 1 ? "granted" : "pending";
      const inviteStatus = status === "granted" ? "complete" : "pending";
      await watch(board, {
        service: `${row} [data-service-id="${serviceId}"][data-status="${status}"]`,
        status: `${row} [data-invite-status="${inviteStatus}"]`,
      });
      const started = Date.now();
      // As the callables write it: the status derived in the same write.
      await inviteRef.update({
        services: [{ ...first, optional: false, status, statusChangedAt: new Date() }],
        status: inviteStatus,
      });
      const seen = await hits(board, ["service", "status"]);
      serviceMs.push((seen.service ?? Number.NaN) - started);
      statusMs.push((seen.status ?? Number.NaN) - started);
      await sleep(GAP_MS);
    }
    log(`client clicks: ${changes} × confirmService -> board…`);
    const clicks = await measureClicks({
      inviteRef,
      service: first,
      clicks: changes,
      gapMs: GAP_MS,
      row,
      watch: (selectors) => watch(board, selectors),
      seen: (names) => hits(board, names),
    });
    writeFileSync(
      out,
      `${JSON.stringify({ machine, changes, rawMs, serviceMs, statusMs, ...clicks }, null, 2)}\n`,
    );
  }
} finally {
  await browser.close();
}
