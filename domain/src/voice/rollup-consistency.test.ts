import { describe, expect, it } from "vitest";
import { DEFAULT_BUSINESS_HOURS, isOpenAt, localTime } from "./business-hours";
import { CALL_OUTCOMES, type CallOutcome, SENTIMENTS, type Sentiment } from "./call";
import {
  type CallFacts,
  type Contribution,
  callContribution,
  contributionDelta,
} from "./contributions";
import { seededRandomForTests } from "./rollup-consistency.fixtures";
import { overviewFigures, sumDays } from "./rollup-figures";
import { type CallDayDoc, callDayDocSchema } from "./rollups";

// Any order of reports, replays and late analyses leaves the day counters
// equal to a brute-force count over the calls' final state: the property the
// rollup functions rely on (they apply the same deltas in transactions).

const ZONE = "Europe/Amsterdam";
const END = Date.parse("2026-12-07T12:00:00Z");

interface Report {
  callIndex: number;
  /** The report's stage: 0 started, 1 ended, 2 analysed. */
  stage: number;
  sequence: CallFacts[];
}

function applyDelta(
  days: Map<string, Record<string, number>>,
  delta: Map<string, Record<string, number>>,
) {
  for (const [day, fields] of delta) {
    const into = days.get(day) ?? {};
    for (const [field, value] of Object.entries(fields)) into[field] = (into[field] ?? 0) + value;
    days.set(day, into);
  }
}

/** The counters as Firestore would hold them (nested maps), read through the day schema. */
function asDayDocs(days: Map<string, Record<string, number>>): CallDayDoc[] {
  return [...days].map(([day, fields]) => {
    const nested: Record<string, unknown> = { day, timeZone: ZONE, updatedAt: new Date() };
    for (const [path, value] of Object.entries(fields)) {
      const [head, leaf] = path.split(".") as [string, string | undefined];
      if (leaf === undefined) nested[head] = value;
      else nested[head] = { ...(nested[head] as object), [leaf]: value };
    }
    return callDayDocSchema.parse(nested);
  });
}

describe("day counters against a brute-force count", () => {
  it("agree over 90 days of calls with replays, late analyses and bookings added later", () => {
    const random = seededRandomForTests(17);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    const finals: CallFacts[] = [];
    const reports: Report[] = [];
    for (let index = 0; index < 400; index += 1) {
      const startedAt = new Date(END - Math.floor(random() * 90 * 86_400_000));
      const outcome: CallOutcome = pick(CALL_OUTCOMES);
      const ended: CallFacts = {
        startedAt: startedAt.toISOString(),
        sortAt: startedAt,
        outcome,
        durationSeconds: random() < 0.1 ? null : Math.floor(random() * 400),
        sentiment: null,
        successful: null,
        booked: false,
      };
      const analysed: CallFacts = {
        ...ended,
        sentiment: pick<Sentiment>(SENTIMENTS),
        successful: random() < 0.5,
        booked: random() < 0.2,
      };
      const started: CallFacts = { ...ended, outcome: null, durationSeconds: null };
      const final = random() < 0.15 ? ended : analysed;
      finals.push(final);
      const sequence = final === ended ? [started, ended] : [started, ended, analysed];
      sequence.forEach((_, stage) => {
        reports.push({ callIndex: index, stage, sequence });
      });
      // A replay of some report, at any point.
      if (random() < 0.3) {
        reports.push({ callIndex: index, stage: Math.floor(random() * sequence.length), sequence });
      }
    }
    // Any order: storeCall merges a report into what is stored, so a call is
    // counted at the latest stage it has seen, whatever arrived last.
    const shuffled = reports
      .map((report) => ({ report, key: random() }))
      .sort((a, b) => a.key - b.key)
      .map(({ report }) => report);

    const marks = new Map<number, Contribution>();
    const latestStage = new Map<number, number>();
    const days = new Map<string, Record<string, number>>();
    for (const { callIndex, stage, sequence } of shuffled) {
      const merged = Math.max(stage, latestStage.get(callIndex) ?? 0);
      latestStage.set(callIndex, merged);
      const facts = sequence[merged] as CallFacts;
      const next = callContribution(facts, ZONE, DEFAULT_BUSINESS_HOURS);
      applyDelta(days, contributionDelta(marks.get(callIndex) ?? null, next));
      marks.set(callIndex, next);
    }
    const docs = asDayDocs(days);
    const totals = sumDays(docs);

    // Brute force, straight from the calls.
    const answered = finals.filter(
      (call) => call.outcome === "answered" || call.outcome === "transferred",
    );
    const timed = finals.filter((call) => call.durationSeconds !== null);
    expect(totals.calls).toBe(finals.length);
    for (const outcome of CALL_OUTCOMES) {
      expect(totals.outcomes[outcome]).toBe(
        finals.filter((call) => call.outcome === outcome).length,
      );
    }
    for (const sentiment of SENTIMENTS) {
      expect(totals.sentiment[sentiment]).toBe(
        finals.filter((call) => (call.sentiment ?? "unknown") === sentiment).length,
      );
    }
    expect(totals.bookedCalls).toBe(finals.filter((call) => call.booked).length);
    expect(totals.minutes).toBe(
      timed.reduce((sum, call) => sum + Math.ceil((call.durationSeconds ?? 0) / 60), 0),
    );
    const afterHours = finals.filter(
      (call) => !isOpenAt(new Date(call.startedAt ?? 0), ZONE, DEFAULT_BUSINESS_HOURS),
    );
    expect(totals.afterHoursCalls).toBe(afterHours.length);
    expect(overviewFigures(totals).answeredRate).toBeCloseTo(answered.length / finals.length);
    expect(overviewFigures(totals).averageDurationSeconds).toBe(
      Math.round(timed.reduce((sum, call) => sum + (call.durationSeconds ?? 0), 0) / timed.length),
    );
    // Per day, too: each day's count is the calls that began on that local date.
    for (const doc of docs) {
      expect(doc.calls).toBe(
        finals.filter((call) => localTime(new Date(call.startedAt ?? 0), ZONE).date === doc.day)
          .length,
      );
    }
  });
});
