/**
 * The Functions emulator starts a Node worker for a function's first call and
 * one more for each concurrent request to it, and keeps every one until it
 * stops (firebase-tools has no idle timeout). Each holds about 110 MB of its
 * own, so a test run that calls a hundred functions, some in bursts, piles up
 * near 200 idle workers and 20 GB: on a 24 GB machine everything after that
 * waits on memory.
 *
 * The emulator does let idle workers go when the functions' code changes: it
 * re-reads the definitions, stops every idle worker and lets each busy one
 * finish its request first (`RuntimeWorkerPool.refresh()`). Touching the
 * bundle's modification time is such a change, with the code the same, so no
 * trigger is re-registered and no request is dropped; the next call to each
 * function starts a fresh worker.
 */
import { readdirSync, readFileSync, readlinkSync, utimesSync } from "node:fs";
import path from "node:path";

const LIMITS = {
  /**
   * This many of our workers alive (about 13 GB): let the idle ones go. Not
   * fewer: each function called again then starts a worker anew (1-2 s, more
   * on a busy machine), and the journeys' warm-up alone (a call to each of the
   * 78 callables, then the seed's triggers) leaves close to a hundred.
   */
  maxWorkers: 120,
  checkEveryMs: 15_000,
  /** Time for the emulator to re-read the definitions and stop the idle workers before counting again. */
  settleMs: 60_000,
};

/**
 * Workers of the emulator serving `functionsDir`: Node processes running the
 * emulator's function runtime from that directory. Null where there is no
 * /proc to look in (not Linux): the caller then leaves the workers alone.
 */
export function countFunctionWorkers(functionsDir: string): number | null {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let count = 0;
  for (const pid of pids) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!command.includes("functionsEmulatorRuntime")) continue;
      if (path.resolve(readlinkSync(`/proc/${pid}/cwd`)) === path.resolve(functionsDir)) count += 1;
    } catch {
      // The process ended while we looked.
    }
  }
  return count;
}

/**
 * While the returned stop() is not called: whenever more than `maxWorkers` of
 * the emulator's workers are alive, touches `bundle` so the emulator lets its
 * idle workers go. Logs each time to `log`.
 */
export function keepFunctionWorkersFew(
  functionsDir: string,
  bundle: string,
  log: (line: string) => void,
  limits: typeof LIMITS = LIMITS,
): () => void {
  let lastTouch = 0;
  const timer = setInterval(() => {
    if (Date.now() - lastTouch < limits.settleMs) return;
    const workers = countFunctionWorkers(functionsDir);
    if (workers === null || workers <= limits.maxWorkers) return;
    const now = new Date();
    utimesSync(bundle, now, now);
    lastTouch = Date.now();
    log(`${workers} Functions emulator workers alive: letting the idle ones go`);
  }, limits.checkEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
