/**
 * Bundled by vitals.ts and injected before any page script (an init script):
 * Google's web-vitals library reports LCP, CLS and INP into
 * `window.__vitals` as they change, for vitals-run.ts to read.
 */
import { onCLS, onINP, onLCP } from "web-vitals";

const vitals: Record<string, number> = {};
(window as unknown as { __vitals: Record<string, number> }).__vitals = vitals;
const every = { reportAllChanges: true };
onLCP((metric) => {
  vitals.LCP = metric.value;
}, every);
onCLS((metric) => {
  vitals.CLS = metric.value;
}, every);
// 16 ms: the smallest threshold Chromium reports, so a quick interaction is seen too.
onINP(
  (metric) => {
    vitals.INP = metric.value;
  },
  { ...every, durationThreshold: 16 },
);
