/// <reference lib="dom" />
/**
 * The part of `npm run bench:voice` that runs inside `firebase emulators:exec`.
 *
 *   --phase=live  (Auth, Firestore, Functions, Hosting)
 *       ingest: 1,000 signed Retell webhooks, 10% of them re-sent duplicates,
 *         to a client with no calls: how long, and how many calls exist after;
 *       raw floor: an Admin write to a call -> the SDK's listener in a bare
 *         page -> the DOM (raw-listener.ts);
 *       portal: a signed Retell webhook POSTed -> the call's row
 *         (`[data-call-id]`) rendered on an open /portal/calls.
 *   --phase=open  (Auth, Firestore, Hosting) a client with N calls (default
 *       100,000): a portal user opens /portal/calls in fresh tabs: time to the
 *       first row and the call documents read.
 *
 * Times are wall-clock milliseconds (Date.now() in Node and in Chromium, the
 * same machine clock) from just before the write or POST to the
 * MutationObserver callback that sees the row. A missing Calls page is
 * recorded (not thrown), so the other figures still come out.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { paths } from "@portico/domain/paths";
import { retellPayload } from "@portico/domain/voice/sample-payloads";
import { platformRecordId } from "@portico/domain/voice/stored";
import { DEMO_USERS } from "../lib/demo";
import { appUrl, demoVoiceUrl, emulatorPorts, PROJECT_IDS } from "../lib/emulators";
import { seedBulkCalls } from "../lib/seed-bulk-calls";
import { ensureDemoConnection } from "../lib/seed-voice-connections";
import { demoVoiceClientId, seedDemo } from "../seed";
import { clearFirestoreDeviceCache, launchChromium } from "./browser";
import { flag } from "./flags";
import { ensurePortalUser, signedInPortal } from "./portal-user";
import { benchCall, benchClient, ingest, postRetell } from "./voice-webhooks";

const phase = flag("phase", "live");
const changes = Number(flag("changes", "60"));
const webhooks = Number(flag("webhooks", "1000"));
const calls = Number(flag("calls", "100000"));
const runs = Number(flag("runs", "3"));
const out = flag("out", "");
if (!out) throw new Error("--out=<file> is required");

const TIMEOUT_MS = 60_000;
/** How long the Calls page has to show its first row before it counts as missing. */
const PAGE_TIMEOUT_MS = 30_000;
const GAP_MS = 150;
const CALLS_PAGE = "/portal/calls";
const log = (text: string) => console.log(`[bench] ${text}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const browser = await launchChromium();
const machine = {
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model.trim() ?? "unknown",
  memoryGiB: os.totalmem() / 1024 ** 3,
  node: process.version,
  chromium: browser.version(),
};

/**
 * When the page's observer saw its change (Date.now() in the page). A function
 * predicate: the app's Content-Security-Policy refuses string ones (eval).
 */
async function hitAt(page: Page, name: "rawHit" | "rowHit"): Promise<number> {
  const handle = await page.waitForFunction(
    (key) => (window as unknown as Record<string, number | null>)[key] ?? false,
    name,
    { timeout: TIMEOUT_MS },
  );
  return (await handle.jsonValue()) as number;
}

/** (raw floor) an Admin write to a call -> the SDK alone in a bare page -> the DOM. */
async function rawFloor(agencyId: string, clientId: string) {
  const { db } = await import("../../functions/src/admin");
  const newest = await db
    .collection(paths.calls(agencyId, clientId))
    .orderBy("sortAt", "desc")
    .limit(1)
    .get();
  const callRef = newest.docs[0]?.ref;
  if (!callRef) throw new Error("The demo client has no calls.");
  const ports = emulatorPorts("test");
  const config = {
    projectId: PROJECT_IDS.test,
    authPort: ports.auth,
    firestorePort: ports.firestore,
    email: DEMO_USERS.owner.email,
    password: DEMO_USERS.owner.password,
    path: callRef.path,
  };
  const context = await browser.newContext({ baseURL: appUrl("test") });
  const raw = await context.newPage();
  raw.on("pageerror", (error) => log(`raw floor page error: ${error.message}`));
  await raw.goto(`/__bench/raw-floor.html?config=${encodeURIComponent(JSON.stringify(config))}`);
  await raw.waitForFunction(
    () => (window as unknown as { rawReady?: boolean }).rawReady === true,
    null,
    {
      timeout: TIMEOUT_MS,
    },
  );
  const rawMs: number[] = [];
  for (let i = 1; i <= changes; i += 1) {
    await raw.evaluate((expected) => {
      const scope = window as unknown as { rawHit: number | null };
      scope.rawHit = null;
      const output = document.getElementById("value") as HTMLElement;
      const observer = new MutationObserver(() => {
        if (output.textContent === expected) {
          scope.rawHit = Date.now();
          observer.disconnect();
        }
      });
      observer.observe(output, { childList: true, characterData: true, subtree: true });
    }, String(i));
    const started = Date.now();
    await callRef.update({ benchMarker: i });
    rawMs.push((await hitAt(raw, "rawHit")) - started);
    await sleep(GAP_MS);
  }
  await callRef.update({ benchMarker: null });
  await context.close();
  return rawMs;
}

interface PageFigures {
  ms: number;
  allDocs: number;
  callDocs: number;
  reportedReads: number;
  rows: number;
}
type OpenSample = PageFigures & {
  firstRowMs: number;
  overview: PageFigures | null;
  analytics: PageFigures | null;
};

/**
 * Opens `url` in a fresh tab, with Firestore's device cache (IndexedDB)
 * cleared first, as on a first visit: the documents read are then all the
 * page needs, not the changes since the last open. Waits for the probe's `key`
 * (first call row, first Overview figure, the heatmap); null when it does not
 * show in time.
 */
async function openPage(
  context: BrowserContext,
  url: string,
  key: "firstRowAt" | "overviewAt" | "heatmapAt",
): Promise<PageFigures | null> {
  const page = await context.newPage();
  await page.goto("/__bench/blank.html");
  await clearFirestoreDeviceCache(page);
  await page.goto(url);
  const shown = await page
    .waitForFunction(
      (name) =>
        (window as unknown as { __voiceBench: Record<string, number | null> }).__voiceBench[name] !=
        null,
      key,
      { timeout: PAGE_TIMEOUT_MS },
    )
    .then(() => true)
    .catch(() => false);
  await sleep(1500); // let later pages of the first render land
  const figures = await page.evaluate((name) => {
    const probe = (window as unknown as { __voiceBench: Record<string, number> }).__voiceBench;
    return {
      ms: probe[name] ?? Number.NaN,
      allDocs: probe.allDocs ?? 0,
      callDocs: probe.callDocs ?? 0,
      reportedReads: probe.reportedReads ?? 0,
      rows: document.querySelectorAll("[data-call-id]").length,
    };
  }, key);
  await page.close();
  return shown ? figures : null;
}

/** Opens the Calls page; false when it does not show a call row in time (not built yet). */
async function openCalls(page: Page): Promise<boolean> {
  await page.goto(CALLS_PAGE);
  return page
    .waitForSelector("[data-call-id]", { timeout: PAGE_TIMEOUT_MS })
    .then(() => true)
    .catch(() => false);
}

/** (a) a webhook POSTed -> the call's row on an open portal Calls page. */
async function portalLatency(agencyId: string, clientId: string) {
  const connection = await ensureDemoConnection(agencyId, clientId, "retell");
  const email = await ensurePortalUser(agencyId, clientId);
  const context = await signedInPortal(browser, email);
  const page = await context.newPage();
  if (!(await openCalls(page))) return null;
  const rowMs: number[] = [];
  const answerMs: number[] = [];
  for (let i = 1; i <= changes; i += 1) {
    const platformId = `call_live_${Date.now().toString(36)}_${i}`;
    const docId = await platformRecordId("retell", platformId);
    await page.evaluate((selector) => {
      const scope = window as unknown as { rowHit: number | null };
      scope.rowHit = null;
      const observer = new MutationObserver(() => {
        if (document.querySelector(selector)) {
          scope.rowHit = Date.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true });
    }, `[data-call-id="${docId}"], [data-call-id="${platformId}"]`);
    const body = JSON.stringify(retellPayload(benchCall(platformId, new Date()), "call_analyzed"));
    const started = Date.now();
    const answer = await postRetell(connection.connectionId, body);
    answerMs.push(Date.now() - started);
    if (answer.result !== "stored") throw new Error(`The webhook was not stored: ${answer.result}`);
    rowMs.push((await hitAt(page, "rowHit")) - started);
    await sleep(GAP_MS);
  }
  await context.close();
  return { rowMs, answerMs };
}

try {
  const demo = await seedDemo({ voicePlatformUrl: demoVoiceUrl("test") });
  if (!demo.agencyId) throw new Error("The demo agency is missing.");
  const agencyId = demo.agencyId;
  if (phase === "live") {
    log(`ingest: ${webhooks} webhooks, 10% duplicates…`);
    const ingested = await ingest(agencyId, webhooks);
    const clientId = demoVoiceClientId();
    log(`raw floor: ${changes} changes…`);
    const rawMs = await rawFloor(agencyId, clientId);
    log(`portal Calls page: ${changes} webhooks…`);
    const portal = await portalLatency(agencyId, clientId);
    if (!portal) log(`the portal Calls page (${CALLS_PAGE}) showed no [data-call-id] row`);
    writeFileSync(
      out,
      `${JSON.stringify({ machine, changes, ingest: ingested, rawMs, portal }, null, 2)}\n`,
    );
  } else {
    const { db } = await import("../../functions/src/admin");
    const { clientId, connectionId } = await benchClient(agencyId, 1602);
    const existing = (await db.collection(paths.calls(agencyId, clientId)).count().get()).data()
      .count;
    let seedMs = 0;
    if (existing < calls) {
      log(`seeding ${calls.toLocaleString("en")} calls…`);
      seedMs = (await seedBulkCalls(agencyId, clientId, { count: calls, connectionId })).ms;
      log(`seeded in ${(seedMs / 1000).toFixed(1)} s`);
    }
    const email = await ensurePortalUser(agencyId, clientId);
    const probe = (await import("node:fs")).readFileSync(
      path.join(import.meta.dirname, "voice-probe.js"),
      "utf8",
    );
    const context = await signedInPortal(browser, email, probe);
    const samples: OpenSample[] = [];
    let missing = false;
    for (let run = 0; run <= runs && !missing; run += 1) {
      log(run === 0 ? "warm-up opens (not counted)…" : `open ${run}/${runs}…`);
      const calls = await openPage(context, CALLS_PAGE, "firstRowAt");
      if (!calls) {
        missing = true;
        break;
      }
      const overview = await openPage(context, "/portal", "overviewAt");
      const analytics = await openPage(context, "/portal/analytics?days=90", "heatmapAt");
      if (run > 0) samples.push({ ...calls, firstRowMs: calls.ms, overview, analytics });
    }
    if (missing) log(`the portal Calls page (${CALLS_PAGE}) showed no [data-call-id] row`);
    writeFileSync(
      out,
      `${JSON.stringify({ machine, calls, seedMs, samples: missing ? null : samples }, null, 2)}\n`,
    );
  }
} finally {
  await browser.close();
}
