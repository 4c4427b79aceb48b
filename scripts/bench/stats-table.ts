/** The rows of a benchmark's printed table: a label, then min, p50, p95 and max. */
import { stats } from "./result";

const LABEL = 64;

export function statsLine(label: string, values: number[]): string {
  const s = stats(values);
  const cell = (v: number) =>
    (Number.isFinite(v) ? Math.round(v).toLocaleString("en") : "–").padStart(8);
  return `  ${label.padEnd(LABEL)}${[s.min, s.p50, s.p95, s.max].map(cell).join("")}`;
}

export function statsHead(title: string): string {
  return `\n${title.padEnd(LABEL + 2)}${["min", "p50", "p95", "max"].map((h) => h.padStart(8)).join("")}`;
}

export interface BenchMachine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  chromium: string;
}

export function machineLine(m: BenchMachine): string {
  return `  machine   ${m.cores} cores (${m.cpu}), ${m.memoryGiB.toFixed(1)} GiB RAM, Node ${m.node}, Chromium ${m.chromium}`;
}
