/**
 * A workspace with one client whose AI agent posts to Portico: connecting
 * platforms as staff do, posting signed webhooks to the endpoint, and reading
 * what landed. Used by the webhook and recording integration tests.
 */
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import type { SampleBooking, SampleCall } from "@portico/domain/voice/sample-payloads";
import { platformRecordId } from "@portico/domain/voice/stored";
import { newAgencyOwner } from "./agencies";
import {
  admin,
  PROJECT_ID,
  runningEmulators,
  uniqueMarker,
  type WebClient,
} from "./emulator-clients";

export const RETELL_KEY = "key_retell_webhook_badge_0001";

export interface Connection {
  connectionId: string;
  webhookPath: string;
  secret: string | null;
}

export interface VoiceClient {
  agencyId: string;
  clientId: string;
  owner: WebClient;
  connect(platform: string, extra?: Record<string, unknown>): Promise<Connection>;
  callDoc(platform: string, platformCallId: string): Promise<FirebaseFirestore.DocumentSnapshot>;
  callCount(): Promise<number>;
  deliveries(connectionId: string): Promise<FirebaseFirestore.DocumentData[]>;
}

/** A new workspace, its signed-in owner and one client ("Bright Smiles"). */
export async function voiceClient(label: string): Promise<VoiceClient> {
  const { agencyId, owner } = await newAgencyOwner(label);
  const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Bright Smiles",
    email: `${uniqueMarker("smiles")}@client.test`,
    type: "client",
    language: "en",
  });
  const db = () => admin().db;
  return {
    agencyId,
    clientId,
    owner,
    connect: (platform, extra = {}) =>
      owner.call<Connection>(CALLABLES.createAgentConnection, { clientId, platform, ...extra }),
    callDoc: async (platform, platformCallId) =>
      db()
        .doc(paths.call(agencyId, clientId, await platformRecordId(platform, platformCallId)))
        .get(),
    callCount: async () =>
      (await db().collection(paths.calls(agencyId, clientId)).count().get()).data().count,
    deliveries: async (connectionId) =>
      (
        await db()
          .collection(paths.connectionDeliveries(agencyId, clientId, connectionId))
          .get()
      ).docs.map((doc) => doc.data()),
  };
}

/** A function's URL on the Functions emulator, with `rest` as its path. */
export async function functionUrl(name: string, rest: string): Promise<string> {
  const { functions } = await runningEmulators();
  return `http://${functions.host}:${functions.port}/${PROJECT_ID}/us-central1/${name}/${rest}`;
}

/** POSTs a body to a connection's webhook URL, as the platform would. */
export async function postRaw(connectionId: string, body: string, headers: Record<string, string>) {
  const response = await fetch(await functionUrl("voiceWebhook", connectionId), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/** Like postRaw, for answers that are JSON (every answer of the handler itself). */
export async function post(connectionId: string, body: string, headers: Record<string, string>) {
  const { status, text } = await postRaw(connectionId, body, headers);
  return { status, json: JSON.parse(text) as Record<string, unknown> };
}

/** A 95-second call in which the caller books a cleaning. */
export function sampleCall(label: string): SampleCall {
  return {
    id: uniqueMarker(`call_${label}`),
    agentId: "agent_front_desk",
    direction: "inbound",
    callerNumber: "+14155550123",
    agentNumber: "+14155550199",
    startedAt: new Date(Date.now() - 5 * 60_000),
    durationSeconds: 95,
    lines: [
      "Bright Smiles, how can I help?",
      "I'd like a cleaning.",
      "Tuesday at 10?",
      "Yes please.",
    ],
    recordingUrl: "https://recordings.example.com/call.wav",
    summary: "Booked a cleaning for Tuesday at 10.",
    sentiment: "Positive",
    successful: true,
    costCents: 31,
  };
}

export function sampleBooking(label: string, extra: Partial<SampleBooking> = {}): SampleBooking {
  return {
    id: uniqueMarker(label),
    title: "Cleaning",
    startsAt: new Date(Date.now() + 3 * 86_400_000),
    minutes: 45,
    attendeeName: "Dana Reyes",
    attendeeEmail: "dana@example.com",
    attendeePhone: "+14155550123",
    timeZone: "America/Los_Angeles",
    ...extra,
  };
}
