/**
 * The voice benchmark's webhooks: signed Retell `call_analyzed` bodies posted
 * to the test Functions emulator, and the ingest figure (1,000 webhooks, 10%
 * of them re-sent duplicates, to a client with no calls).
 */
import { FUNCTIONS_REGION } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { retellPayload, type SampleCall } from "@portico/domain/voice/sample-payloads";
import { signAs } from "../../functions/src/voice/webhookSignatures";
import { DEMO_VOICE } from "../lib/demo";
import { demoVoiceUrl, emulatorPorts, PROJECT_IDS } from "../lib/emulators";
import { seedClients } from "../lib/seed-clients";
import { ensureDemoConnection } from "../lib/seed-voice-connections";

const log = (text: string) => console.log(`[bench] ${text}`);

const webhookUrl = (connectionId: string) =>
  `http://127.0.0.1:${emulatorPorts("test").functions}/${PROJECT_IDS.test}/${FUNCTIONS_REGION}/voiceWebhook/${connectionId}`;

export function benchCall(id: string, startedAt: Date): SampleCall {
  return {
    id,
    agentId: DEMO_VOICE.agentId,
    direction: "inbound",
    callerNumber: "+14155550142",
    agentNumber: DEMO_VOICE.agentNumber,
    startedAt,
    durationSeconds: 42,
    lines: [
      "Bright Smiles Dental, this is Ava.",
      "Are you open on Saturdays?",
      "From nine to one.",
    ],
    recordingUrl: `${demoVoiceUrl("test")}/recordings/hours-question.ogg`,
    summary: "Asked about Saturday hours.",
    sentiment: "Neutral",
    successful: true,
    costCents: 5,
  };
}

export async function postRetell(connectionId: string, body: string) {
  const response = await fetch(webhookUrl(connectionId), {
    method: "POST",
    headers: { "content-type": "application/json", ...signAs.retell(body, DEMO_VOICE.retellKey) },
    body,
  });
  const json = (await response.json().catch(() => ({}))) as { result?: string };
  return { status: response.status, result: json.result ?? `status ${response.status}` };
}

/** A generated client of the demo agency (with its own Retell connection), for one figure. */
export async function benchClient(agencyId: string, seed: number) {
  const { ids } = await seedClients(agencyId, 1, { seed, ifMissing: true });
  const clientId = ids[0];
  if (!clientId) throw new Error("No bench client was generated.");
  const connection = await ensureDemoConnection(agencyId, clientId, "retell");
  return { clientId, connectionId: connection.connectionId };
}

/** (b) 1,000 webhooks, 10% of them duplicates of earlier ones, a few at a time. */
export async function ingest(agencyId: string, webhooks: number) {
  const { db } = await import("../../functions/src/admin");
  const { clientId, connectionId } = await benchClient(agencyId, 1601);
  const existing = (await db.collection(paths.calls(agencyId, clientId)).count().get()).data()
    .count;
  if (existing > 0) throw new Error(`The ingest client already has ${existing} calls.`);
  const distinct = Math.round(webhooks * 0.9);
  const started = new Date(Date.now() - 3_600_000);
  const bodies = Array.from({ length: distinct }, (_, index) =>
    JSON.stringify(
      retellPayload(
        benchCall(`call_ingest_${index}`, new Date(started.getTime() + index * 1000)),
        "call_analyzed",
      ),
    ),
  );
  // Every tenth delivery re-sends a body sent earlier (as a platform retry does).
  const sends: string[] = [];
  for (let index = 0, next = 0; sends.length < webhooks; index += 1) {
    if (index % 10 === 9) sends.push(bodies[Math.floor(index / 2) % Math.max(1, next)] ?? "");
    else sends.push(bodies[next++] ?? "");
  }
  const results = new Map<string, number>();
  const concurrency = 10;
  let cursor = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (cursor < sends.length) {
        const body = sends[cursor++] ?? "";
        const { result } = await postRetell(connectionId, body);
        results.set(result, (results.get(result) ?? 0) + 1);
      }
    }),
  );
  const ms = performance.now() - t0;
  const stored = (await db.collection(paths.calls(agencyId, clientId)).count().get()).data().count;
  log(`ingest: ${webhooks} webhooks in ${(ms / 1000).toFixed(1)} s -> ${stored} calls`);
  return {
    webhooks,
    distinct,
    concurrency,
    ms,
    calls: stored,
    results: Object.fromEntries(results),
  };
}
