import { defineConfig } from "vitest/config";

// Three projects: `unit` needs nothing running; `rules` and `integration` run
// inside `firebase emulators:exec` (see scripts/test.ts), which sets the
// emulator host variables they read.
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
    ],
  },
});
