import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorPortsFrom, firebaseOptionsFrom } from "./firebase-config";
import { webConfigProblems } from "./firebase-config-check";

const project = {
  VITE_FIREBASE_PROJECT_ID: "acme-portico",
  VITE_FIREBASE_API_KEY: "AIza-test",
  VITE_FIREBASE_AUTH_DOMAIN: "acme-portico.firebaseapp.com",
  VITE_FIREBASE_APP_ID: "1:2:web:3",
  VITE_RECAPTCHA_ENTERPRISE_SITE_KEY: "6Lc-test-site-key",
};
const emulators = {
  VITE_FIREBASE_PROJECT_ID: "demo-portico-test",
  VITE_EMULATORS: JSON.stringify({ auth: 9109, firestore: 8090, functions: 5011 }),
};

describe("web Firebase settings", () => {
  it("names every missing setting of a production build", () => {
    expect(webConfigProblems({}, "production")).toEqual([
      "VITE_FIREBASE_PROJECT_ID: missing",
      "VITE_FIREBASE_API_KEY: missing",
      "VITE_FIREBASE_AUTH_DOMAIN: missing",
      "VITE_FIREBASE_APP_ID: missing",
      "VITE_RECAPTCHA_ENTERPRISE_SITE_KEY: missing",
    ]);
    expect(webConfigProblems({ ...project, VITE_FIREBASE_API_KEY: " " }, "production")).toEqual([
      "VITE_FIREBASE_API_KEY: missing",
    ]);
    expect(webConfigProblems(project, "production")).toEqual([]);
  });

  it("refuses a demo project and emulator settings in a production build", () => {
    expect(
      webConfigProblems({ ...project, VITE_FIREBASE_PROJECT_ID: "demo-portico" }, "production"),
    ).toEqual(["VITE_FIREBASE_PROJECT_ID: is a demo project id, which only the emulators serve"]);
    expect(webConfigProblems({ ...project, ...emulators }, "production")).toEqual([
      "VITE_EMULATORS: is for development and tests only, not a production build",
    ]);
  });

  it("accepts emulator settings in development and tests, and checks them", () => {
    expect(webConfigProblems(emulators, "test")).toEqual([]);
    expect(webConfigProblems(emulators, "development")).toEqual([]);
    expect(webConfigProblems({ ...emulators, VITE_EMULATORS: "{" }, "test")).toEqual([
      "VITE_EMULATORS: is not JSON",
    ]);
    expect(webConfigProblems({ ...emulators, VITE_FIREBASE_PROJECT_ID: "acme" }, "test")).toEqual([
      "VITE_FIREBASE_PROJECT_ID: must be a demo- project",
    ]);
  });

  it("uses the emulators only outside production", () => {
    expect(emulatorPortsFrom({ ...emulators, MODE: "test" })).toEqual({
      auth: 9109,
      firestore: 8090,
      functions: 5011,
    });
    expect(emulatorPortsFrom({ ...emulators, MODE: "production" })).toBeNull();
    expect(firebaseOptionsFrom({ ...project, MODE: "production" }, null)).toEqual({
      projectId: "acme-portico",
      apiKey: "AIza-test",
      authDomain: "acme-portico.firebaseapp.com",
      appId: "1:2:web:3",
    });
  });

  it("fails `vite build` without the settings, naming them", () => {
    const web = path.resolve(import.meta.dirname, "../..");
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !key.startsWith("VITE_")),
    );
    const build = spawnSync(
      path.resolve(web, "../node_modules/.bin/vite"),
      // A mode of its own, so a developer's web/.env.production is not read.
      [
        "build",
        "--mode",
        "settings-check",
        "--outDir",
        path.resolve(web, "../.cache/config-check-build"),
        "--emptyOutDir",
      ],
      { cwd: web, env: { ...env, NODE_ENV: "production" }, encoding: "utf8", timeout: 60_000 },
    );
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain("VITE_FIREBASE_API_KEY: missing");
    expect(build.stdout + build.stderr).toContain("VITE_FIREBASE_APP_ID: missing");
  }, 60_000);
});
