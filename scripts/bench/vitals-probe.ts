/**
 * Bundled by vitals.ts and injected before any page script (an init script):
 * Google's web-vitals library reports LCP, CLS and INP into
 * `window.__vitals` as they change, for vitals-run.ts to read.
 */
import { onCLS, onINP, onLCP } from "web-vitals/attribution";

const vitals: Record<string, number | string> = {};
(window as unknown as { __vitals: typeof vitals }).__vitals = vitals;
const every = { reportAllChanges: true };
// Where the time and the shifts come from: the element, and LCP's phases.
onLCP((metric) => {
  vitals.LCP = metric.value;
  const { target, timeToFirstByte, resourceLoadDelay, resourceLoadDuration, elementRenderDelay } =
    metric.attribution;
  vitals.LCPdetail = `${target ?? "?"}: TTFB ${Math.round(timeToFirstByte)}, load delay ${Math.round(resourceLoadDelay)}, load ${Math.round(resourceLoadDuration)}, render delay ${Math.round(elementRenderDelay)} ms`;
}, every);
onCLS((metric) => {
  vitals.CLS = metric.value;
  vitals.CLSdetail = metric.attribution.largestShiftTarget ?? "";
}, every);
// 16 ms: the smallest threshold Chromium reports, so a quick interaction is seen too.
onINP(
  (metric) => {
    vitals.INP = metric.value;
    const { interactionTarget, inputDelay, processingDuration, presentationDelay } =
      metric.attribution;
    vitals.INPdetail = `${interactionTarget}: input delay ${Math.round(inputDelay)}, processing ${Math.round(processingDuration)}, presentation ${Math.round(presentationDelay)} ms`;
  },
  { ...every, durationThreshold: 16 },
);
