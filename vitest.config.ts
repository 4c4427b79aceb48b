import { defineConfig } from "vitest/config";

// Four projects: `unit` needs nothing running; `rules`, `integration` and
// `components` run inside `firebase emulators:exec` (see scripts/test.ts), which
// sets the emulator host variables they read. `components` renders the web
// app's hooks and views in happy-dom; its Firebase modules read the emulators'
// ports from VITE_EMULATORS, which scripts/test-emulated.ts sets.
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
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/functions/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: "components",
          include: ["web/src/**/*.test.tsx"],
          environment: "happy-dom",
          setupFiles: ["web/src/testing/setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
