/**
 * Runs inside `firebase emulators:exec` for vitals.ts: seeds the demo agency,
 * signs in its owner (desktop) and a portal user of the demo voice client
 * (phone), then opens each page in fresh tabs with the web-vitals probe and
 * writes the figures to --out.
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, devices, type Page } from "@playwright/test";
import { DEMO_USERS } from "../lib/demo";
import { appUrl, demoVoiceUrl } from "../lib/emulators";
import { demoInviteUrl, demoVoiceClientId, seedDemo } from "../seed";
import { launchChromium } from "./browser";
import { flag } from "./flags";
import { BENCH_DIR } from "./harness";
import { openingSteps, openingStepsLine } from "./opening-steps";
import { BENCH_PORTAL_PASSWORD, ensurePortalUser } from "./portal-user";

export interface VitalsResult {
  machine: { cores: number; cpu: string; chromium: string };
  phone: string;
  pages: {
    name: string;
    device: "desktop" | "phone";
    cold: boolean;
    interaction: string;
    lcp: number[];
    cls: number[];
    inp: number[];
  }[];
}

const runs = Number(flag("runs", "3"));
const out = flag("out", path.join(BENCH_DIR, "vitals.json"));
/** Words naming the pages to measure (the floors always are); none: every page. */
const only = flag("pages", "")
  .split(",")
  .map((word) => word.trim())
  .filter(Boolean);
const wanted = (name: string) =>
  only.length === 0 || name.startsWith("floor") || only.some((word) => name.includes(word));
const TIMEOUT_MS = 30_000;
const PHONE = "Galaxy A55";
// Lighthouse's mobile profile as DevTools applies it: Slow 4G (150 ms RTT and
// 1.6 Mbps, scaled for request-level throttling) and a 4x slower CPU.
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};
const CPU_SLOWDOWN = 4;

const log = (message: string) => console.log(`[bench] ${message}`);
const probe = readFileSync(path.join(BENCH_DIR, "vitals-probe.js"), "utf8");

interface PageSpec {
  name: string;
  device: "desktop" | "phone";
  context: BrowserContext;
  url: string;
  /** A first visit: nothing cached (the client opening the agency's link); else a returning visit. */
  cold?: boolean;
  ready: (page: Page) => Promise<void>;
  interaction: string;
  interact: (page: Page) => Promise<void>;
}

type Vitals = {
  LCP?: number;
  CLS?: number;
  INP?: number;
  LCPdetail?: string;
  CLSdetail?: string;
  INPdetail?: string;
};

async function measure(spec: PageSpec) {
  const page = await spec.context.newPage();
  const cdp = await spec.context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: spec.cold === true });
  if (spec.device === "phone") {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  }
  await page.goto(spec.url);
  await spec.ready(page).catch(async (error: unknown) => {
    const shot = path.join(BENCH_DIR, "vitals-failed.png");
    await page.screenshot({ path: shot, fullPage: true });
    throw new Error(`${spec.name} never got ready (screenshot: ${shot})`, { cause: error });
  });
  // Let late paints (the largest element, any layout shift) land before the interaction ends LCP.
  await page.waitForTimeout(1000);
  await spec.interact(page);
  const vitals = () => page.evaluate(() => (window as unknown as { __vitals: Vitals }).__vitals);
  const deadline = Date.now() + 10_000;
  while ((await vitals()).INP === undefined && Date.now() < deadline) {
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  }
  // Hidden, as when the user leaves: web-vitals reports its final values.
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  const final = await vitals();
  const steps = await openingSteps(page, final.LCP ?? Number.POSITIVE_INFINITY);
  log(
    `  LCP ${final.LCPdetail}; largest shift: ${final.CLSdetail || "none"}; INP ${final.INPdetail}`,
  );
  log(`  opening, ms after navigation start: ${openingStepsLine(steps, final.LCP ?? Number.NaN)}`);
  await page.close();
  return {
    LCP: final.LCP ?? Number.NaN,
    CLS: final.CLS ?? Number.NaN,
    INP: final.INP ?? Number.NaN,
  };
}

async function signIn(context: BrowserContext, from: string, email: string, password: string) {
  const page = await context.newPage();
  await page.goto(from);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"), { timeout: TIMEOUT_MS });
  await page.close();
}

const browser = await launchChromium();
try {
  const demo = await seedDemo({ voicePlatformUrl: demoVoiceUrl("test") });
  if (!demo.agencyId) throw new Error("The demo agency is missing.");
  const agencyId = demo.agencyId;
  const clientId = demoVoiceClientId();
  const inviteUrl = await demoInviteUrl(agencyId, appUrl("test"));
  if (!inviteUrl) throw new Error("The demo agency has no waiting invite.");
  const portalEmail = await ensurePortalUser(agencyId, clientId);

  const contextFor = async (device: "desktop" | "phone") => {
    const context = await browser.newContext({
      ...(device === "phone" ? devices[PHONE] : devices["Desktop Chrome"]),
      baseURL: appUrl("test"),
    });
    await context.addInitScript({ content: probe });
    return context;
  };
  const desktop = await contextFor("desktop");
  const phone = await contextFor("phone");
  const signedOut = await contextFor("desktop");
  const visitor = await contextFor("phone");
  await signIn(desktop, "/sign-in", DEMO_USERS.owner.email, DEMO_USERS.owner.password);
  await signIn(phone, "/portal/sign-in", portalEmail, BENCH_PORTAL_PASSWORD);

  const floor = (device: "desktop" | "phone", context: BrowserContext): PageSpec => ({
    name: "floor: static page, one heading",
    device,
    cold: true,
    context,
    url: "/__bench/vitals-floor.html",
    ready: (page) => page.getByRole("heading", { name: "Portico" }).waitFor(),
    interaction: "click the heading",
    interact: (page) => page.getByRole("heading").click(),
  });
  const specs: PageSpec[] = [
    floor("desktop", signedOut),
    {
      name: "sign-in",
      device: "desktop",
      context: signedOut,
      url: "/sign-in",
      ready: (page) => page.getByRole("button", { name: "Sign in" }).waitFor(),
      interaction: "Sign in with empty fields: field errors",
      interact: async (page) => {
        await page.getByRole("button", { name: "Sign in" }).click();
        await page
          .getByText(/enter your email/i)
          .first()
          .waitFor();
      },
    },
    {
      name: "dashboard (live board)",
      device: "desktop",
      context: desktop,
      url: "/dashboard",
      ready: (page) =>
        page
          .locator('[data-testid="invite-board"] tbody tr[data-row-id]')
          .first()
          .waitFor({ timeout: TIMEOUT_MS }),
      interaction: "status filter: Pending",
      interact: (page) =>
        page
          .getByRole("button", { name: /Pending/ })
          .first()
          .click(),
    },
    {
      name: "client profile",
      device: "desktop",
      context: desktop,
      url: `/clients/${clientId}`,
      ready: (page) =>
        page.getByRole("button", { name: "Edit details" }).waitFor({ timeout: TIMEOUT_MS }),
      interaction: "Edit details: the form opens",
      interact: async (page) => {
        await page.getByRole("button", { name: "Edit details" }).click();
        await page.getByRole("button", { name: "Save details" }).waitFor();
      },
    },
    floor("phone", visitor),
    {
      name: "invite page",
      device: "phone",
      context: visitor,
      // In English whatever the demo client's language, so the steps below find their buttons.
      url: `${inviteUrl}?lang=en`,
      cold: true,
      ready: (page) =>
        page
          .getByRole("button", { name: "Skip", exact: true })
          .first()
          .waitFor({ timeout: TIMEOUT_MS }),
      interaction: "Skip: the reason dialog opens",
      interact: async (page) => {
        await page.getByRole("button", { name: "Skip", exact: true }).first().click();
        await page.getByRole("button", { name: "Skip this service" }).waitFor();
      },
    },
    {
      name: "portal home",
      device: "phone",
      context: phone,
      url: "/portal",
      ready: (page) => page.locator('nav a[href="/portal/calls"]').waitFor({ timeout: TIMEOUT_MS }),
      interaction: "the Calls link (in the client's language)",
      interact: (page) => page.locator('nav a[href="/portal/calls"]').click(),
    },
  ];

  const result: VitalsResult = {
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model.trim() ?? "unknown",
      chromium: browser.version(),
    },
    phone: `${PHONE} viewport, Slow 4G (${SLOW_4G.latency} ms latency), ${CPU_SLOWDOWN}x CPU slowdown`,
    pages: [],
  };
  for (const spec of specs.filter((candidate) => wanted(candidate.name))) {
    log(`${spec.name} (${spec.device}): warm-up open (not counted)…`);
    await measure(spec);
    const page = {
      name: spec.name,
      device: spec.device,
      cold: spec.cold === true,
      interaction: spec.interaction,
      lcp: [] as number[],
      cls: [] as number[],
      inp: [] as number[],
    };
    for (let run = 1; run <= runs; run += 1) {
      const vitals = await measure(spec);
      log(
        `${spec.name} ${run}/${runs}: LCP ${Math.round(vitals.LCP)} ms, CLS ${vitals.CLS.toFixed(3)}, INP ${Math.round(vitals.INP)} ms`,
      );
      page.lcp.push(vitals.LCP);
      page.cls.push(vitals.CLS);
      page.inp.push(vitals.INP);
    }
    result.pages.push(page);
  }
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
}
