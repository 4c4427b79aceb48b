import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { countFunctionWorkers, keepFunctionWorkersFew } from "./function-workers";

// Stand-ins for the emulator's workers: Node processes whose command line names
// its runtime, started in a functions directory of their own.
const started: ChildProcess[] = [];
function fakeWorker(cwd: string) {
  const child = spawn(
    process.execPath,
    ["-e", "setTimeout(() => {}, 60000)", "functionsEmulatorRuntime"],
    {
      cwd,
      stdio: "ignore",
    },
  );
  started.push(child);
}

afterEach(() => {
  for (const child of started.splice(0)) child.kill();
});

const onLinux = process.platform === "linux";

describe.runIf(onLinux)("the Functions emulator's workers", () => {
  it("are counted per functions directory", async () => {
    const ours = mkdtempSync(path.join(os.tmpdir(), "functions-"));
    const another = mkdtempSync(path.join(os.tmpdir(), "functions-"));
    fakeWorker(ours);
    fakeWorker(ours);
    fakeWorker(another);
    await vi.waitFor(() => expect(countFunctionWorkers(ours)).toBe(2));
    expect(countFunctionWorkers(another)).toBe(1);
  });

  it("past the limit, the bundle is touched (so the emulator lets its idle workers go), once per settle time", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "functions-"));
    const bundle = path.join(dir, "index.js");
    writeFileSync(bundle, "export {};\n");
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(bundle, old, old);
    const untouched = statSync(bundle).mtimeMs;
    const lines: string[] = [];
    const stop = keepFunctionWorkersFew(dir, bundle, (line) => lines.push(line), {
      maxWorkers: 2,
      checkEveryMs: 20,
      settleMs: 60_000,
    });
    try {
      fakeWorker(dir);
      fakeWorker(dir);
      // At the limit: left alone.
      await vi.waitFor(() => expect(countFunctionWorkers(dir)).toBe(2));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(statSync(bundle).mtimeMs).toBe(untouched);
      fakeWorker(dir);
      await vi.waitFor(() => expect(statSync(bundle).mtimeMs).toBeGreaterThan(untouched));
      // Still over the limit, but within the settle time: touched once.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(lines).toEqual(["3 Functions emulator workers alive: letting the idle ones go"]);
    } finally {
      stop();
    }
  });
});
