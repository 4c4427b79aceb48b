import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { CACHE_DIR, emulatorPorts, TEST_RUN_SUFFIX } from "./scripts/lib/emulators";
import { RESULTS_DIR } from "./scripts/lib/results";

// Debian's Chromium where it is installed (Playwright cannot download its own
// browser on machines without internet); Playwright's own browser elsewhere.
const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `${CACHE_DIR}/e2e-output${TEST_RUN_SUFFIX}`,
  fullyParallel: true,
  workers: 2,
  // One retry: a journey crosses the browser, Hosting, Functions and Firestore
  // emulators on a 2-core machine, where a listener can now and then stall for
  // many seconds. A test that passes only on its retry is named in the summary
  // ("passed on its retry"); one that fails twice fails the run.
  retries: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  globalSetup: "./tests/e2e/global-setup.ts",
  reporter: [["list"], ["json", { outputFile: `${RESULTS_DIR}/e2e.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${emulatorPorts("test").hosting}`,
    // A step that never happens fails at that step, naming it, rather than
    // running out the test's whole time with no clue to where it stopped.
    actionTimeout: 45_000,
    navigationTimeout: 45_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
});
