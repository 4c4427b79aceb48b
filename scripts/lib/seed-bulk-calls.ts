/**
 * Many small calls for one client, fast (the voice benchmark's client with
 * 100,000 calls): stored documents of the production shape (`callFields`,
 * `platformRecordId` ids) with a two-line transcript and no recording,
 * spread over the 90 days before `until`, written in parallel batches.
 * Each call is counted as it is written, the way storeCall counts it: its
 * rollup mark beside it, and the day documents' totals at the end, from the
 * same domain contributions and the same day writes as the functions.
 */
import { paths } from "@portico/domain/paths";
import type { NormalizedCall } from "@portico/domain/voice/call";
import {
  type Contribution,
  callContribution,
  contributionDelta,
  mergeDeltas,
} from "@portico/domain/voice/contributions";
import { callFields, platformRecordId } from "@portico/domain/voice/stored";
import { seededRandom } from "./random";
import { writeInBatches } from "./seed-voice-history";

const OUTCOMES = [
  "answered",
  "answered",
  "answered",
  "transferred",
  "missed",
  "abandoned",
] as const;
const SENTIMENTS = ["positive", "neutral", "neutral", "negative"] as const;

export async function seedBulkCalls(
  agencyId: string,
  clientId: string,
  options: { count: number; connectionId: string; until?: Date },
): Promise<{ written: number; ms: number }> {
  const started = performance.now();
  const { db } = await import("../../functions/src/admin");
  const { dayDeltaWrites, readRollupContext, rollupRefs } = await import(
    "../../functions/src/voice/rollups"
  );
  const rollup = await db.runTransaction((tx) => readRollupContext(tx, agencyId, clientId));
  const counted: Contribution[] = [];
  const until = options.until ?? new Date();
  const random = seededRandom(100);
  const spanMs = 90 * 86_400_000;
  const chunk = 5000;
  for (let from = 0; from < options.count; from += chunk) {
    const writes = await Promise.all(
      Array.from({ length: Math.min(chunk, options.count - from) }, async (_, offset) => {
        const index = from + offset;
        const startedAt = new Date(until.getTime() - Math.floor(random() * spanMs));
        const seconds = 20 + Math.floor(random() * 200);
        const outcome = OUTCOMES[index % OUTCOMES.length] ?? "answered";
        const call: NormalizedCall = {
          platform: "retell",
          platformCallId: `call_bulk_${index}`,
          agentId: "agent_bulk",
          stage: "analyzed",
          direction: "inbound",
          callerNumber: `+1415${String(5_000_000 + (index % 900_000)).padStart(7, "0")}`,
          callerName: null,
          calledNumber: "+14155550100",
          startedAt: startedAt.toISOString(),
          endedAt: new Date(startedAt.getTime() + seconds * 1000).toISOString(),
          durationSeconds: seconds,
          outcome,
          endedReason: "user_hangup",
          transferTarget: null,
          summary: "The caller asked about opening hours.",
          sentiment: SENTIMENTS[index % SENTIMENTS.length] ?? "neutral",
          successful: outcome === "answered",
          transcript: [
            { speaker: "agent", text: "Hello, how can I help?", start: 0.5, end: 2 },
            { speaker: "caller", text: "When are you open?", start: 2.5, end: 4 },
          ],
          structuredData: null,
          recording: null,
          platformCostCents: null,
          metadata: null,
        };
        const id = await platformRecordId("retell", call.platformCallId);
        const data = {
          ...callFields(call),
          connectionId: options.connectionId,
          bookingId: null,
          booked: false,
          sortAt: startedAt,
          receivedAt: startedAt,
          updatedAt: startedAt,
        };
        const contribution = callContribution(data, rollup.timeZone, rollup.hours);
        counted.push(contribution);
        return [
          { ref: db.doc(paths.call(agencyId, clientId, id)), data },
          {
            ref: rollupRefs.callMark(agencyId, clientId, id),
            data: { contribution, updatedAt: startedAt },
          },
        ];
      }),
    );
    await writeInBatches(db, writes.flat());
  }
  const days = mergeDeltas(counted.map((contribution) => contributionDelta(null, contribution)));
  await writeInBatches(
    db,
    dayDeltaWrites(agencyId, clientId, days, () => rollup.timeZone),
  );
  return { written: options.count, ms: performance.now() - started };
}
