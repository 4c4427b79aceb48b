/**
 * Keeps the emulators' output (every function's log lines) out of the test
 * output. `npm test` sends `firebase emulators:exec`'s output to a log file;
 * scripts/test-emulated.ts, which runs inside it, marks where each suite starts
 * in that log and writes the test runners' own output to a second file, which
 * `npm test` follows onto the console. A failing suite's part of the emulator
 * log is printed after it; the whole log stays in the results folder.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from "node:fs";

const MARKER = "──── portico test suite: ";

/** The line test-emulated.ts writes into the emulator log before running a suite. */
export function suiteMarker(suite: string): string {
  return `${MARKER}${suite} ────`;
}

/** The emulator log cut at the suite markers: what came before any suite, then each suite's part. */
export function splitEmulatorLog(log: string): { startup: string; suites: Map<string, string> } {
  const suites = new Map<string, string>();
  const [startup = "", ...parts] = log.split(MARKER);
  for (const part of parts) {
    const end = part.indexOf(" ────");
    suites.set(part.slice(0, end), part.slice(part.indexOf("\n") + 1));
  }
  return { startup, suites };
}

/** Copies what is appended to a file onto `write` until the returned stop() (which flushes). */
export function followFile(path: string, write: (text: string) => void): () => void {
  let position = 0;
  const buffer = Buffer.alloc(64 * 1024);
  const drain = () => {
    if (!existsSync(path)) return;
    const fd = openSync(path, "r");
    try {
      for (;;) {
        const read = readSync(fd, buffer, 0, buffer.length, position);
        if (read === 0) break;
        position += read;
        write(buffer.subarray(0, read).toString());
      }
    } finally {
      closeSync(fd);
    }
  };
  const timer = setInterval(drain, 200);
  return () => {
    clearInterval(timer);
    drain();
  };
}

/** The emulator log's text, or "" when it was never written. */
export function readLog(path: string): string {
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}
