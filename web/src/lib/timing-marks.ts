/**
 * User Timing marks for the steps of opening a page (the app's code running,
 * the session restored, a list's first page from Firestore). They cost
 * nothing to users; the benchmarks read them to say where the time to the
 * first row goes (scripts/bench/open-breakdown.ts).
 */
export type OpeningStep = "app-start" | "session" | "first-page";

export function markOpeningStep(step: OpeningStep): void {
  const name = `portico:${step}`;
  if (performance.getEntriesByName(name, "mark").length === 0) performance.mark(name);
}
