import { configDefaults, defineConfig } from "vitest/config";

// Projects: `unit` needs nothing running; `rules`, `integration` and
// `components` run inside `firebase emulators:exec` (see scripts/test.ts), which
// sets the emulator host variables they read. `integration:smtp-outage` is part
// of the integration suite, run after the `integration` project. `components`
// renders the web app's hooks and views in happy-dom; its Firebase modules read
// the emulators' ports from VITE_EMULATORS, which scripts/test-emulated.ts sets.

/** Integration files that stop the SMTP capture every other file sends to. */
const SMTP_OUTAGE = ["tests/functions/mail-outbox.test.ts"];
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "domain/src/**/*.test.ts",
            "emails/src/**/*.test.tsx",
            "functions/src/**/*.test.ts",
            "web/src/**/*.test.ts",
            "scripts/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        test: {
          name: "rules",
          include: ["tests/rules/**/*.test.ts"],
          environment: "node",
          // Each file has a project of its own and the tests mostly wait on the
          // emulator, so files run side by side (the default is one per core
          // less one: a single worker on a 2-core machine).
          maxWorkers: 4,
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/functions/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...SMTP_OUTAGE],
          environment: "node",
          // One file at a time (the default on two cores, and kept on more):
          // several files' simultaneous-click tests at once start more
          // function workers than the Functions emulator can load.
          maxWorkers: 1,
          // Limits that only stop a hung test: a busy machine runs callables slowly.
          testTimeout: 90_000,
          // A file's setup signs up a workspace and its people: slow on a busy machine.
          hookTimeout: 90_000,
        },
      },
      {
        // Turns the shared SMTP capture off: alone, after every other integration file.
        test: {
          name: "integration:smtp-outage",
          include: [...SMTP_OUTAGE],
          environment: "node",
          testTimeout: 90_000,
          hookTimeout: 90_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: "components",
          include: ["web/src/**/*.test.tsx"],
          environment: "happy-dom",
          // No Hosting in front of the emulator here: the invite page calls it directly (lib/page-functions.ts).
          env: { VITE_PAGE_FUNCTIONS_DIRECT: "1" },
          setupFiles: ["web/src/testing/setup.ts"],
          // Above the setup's 60 s wait for an element, so a slow emulator
          // fails with what was awaited, not with the test's own timeout.
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
