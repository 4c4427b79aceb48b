/**
 * The REST API as an integration calls it: HTTPS requests to the `api`
 * function on the Functions emulator (`…/api/api/v1/<path>`, the path Hosting
 * rewrites in production), with keys made by an owner through the callable.
 */
import { API_SCOPES, type ApiScope } from "@portico/domain/api/keys";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { type AgencyOwner, newAgencyOwner, saveAccount } from "./agencies";
import { admin, PROJECT_ID, runningEmulators, uniqueMarker } from "./emulator-clients";

export interface ApiResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers, read field by field in tests.
  json: any;
}

export async function apiUrl(path: string): Promise<string> {
  const { functions } = await runningEmulators();
  return `http://${functions.host}:${functions.port}/${PROJECT_ID}/us-central1/api/api/v1${path}`;
}

/** One request; `body` is sent as JSON unless it is already a string. */
export async function apiRequest(
  key: string | null,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (key) headers.authorization = `Bearer ${key}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const url = await apiUrl(path);
  // A kept-alive connection the emulator has just closed fails before any answer:
  // sent again only when that is safe (a GET, or a create with an Idempotency-Key).
  const retryable = method === "GET" || "idempotency-key" in headers;
  const response = await fetch(url, { method, headers, body }).catch((error: unknown) => {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (retryable && code === "UND_ERR_SOCKET") return fetch(url, { method, headers, body });
    throw error;
  });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = { unparsed: text.slice(0, 200) };
  }
  return { status: response.status, headers: response.headers, json };
}

export interface ApiAgency extends AgencyOwner {
  /** A Google Ads manager account, for invites. */
  accountId: string;
  newKey(scopes?: readonly ApiScope[], name?: string): Promise<{ keyId: string; key: string }>;
  newClient(fields?: Record<string, unknown>): Promise<string>;
  clientCount(): Promise<number>;
}

/** A new workspace with a receiving account, keys made by its owner, and clients. */
export async function apiAgency(label: string): Promise<ApiAgency> {
  const agency = await newAgencyOwner(label);
  const accountId = await saveAccount(agency.owner, "google-ads-manager", "123-456-7890");
  return {
    ...agency,
    accountId,
    newKey: (scopes = API_SCOPES, name = "Integration") =>
      agency.owner.call<{ keyId: string; key: string }>(CALLABLES.createApiKey, { name, scopes }),
    newClient: async (fields = {}) =>
      (
        await agency.owner.call<{ clientId: string }>(CALLABLES.createClient, {
          name: "Bright Smiles",
          email: `${uniqueMarker("smiles")}@client.test`,
          type: "client",
          language: "en",
          ...fields,
        })
      ).clientId,
    clientCount: async () =>
      (await admin().db.collection(paths.clients(agency.agencyId)).count().get()).data().count,
  };
}

/** A call and a booking stored for a client as the webhook stores them. */
export async function storeCallAndBooking(agencyId: string, clientId: string) {
  const at = new Date("2026-11-20T15:04:00Z");
  const callId = "5e2b7c91a04f3d68b1e9c0a27f4d5b63a8e1c902";
  const bookingId = "b81c4d2e9f07a6351c8e2d4f6a9b0c7e3d5f1a28";
  const { db } = admin();
  await db.doc(paths.call(agencyId, clientId, callId)).set({
    platform: "retell",
    platformCallId: "call_8f2a",
    agentId: "agent_7c1",
    stage: "analyzed",
    direction: "inbound",
    callerNumber: "+14155550123",
    callerName: "Dana Whitfield",
    calledNumber: "+14155550199",
    startedAt: at.toISOString(),
    endedAt: new Date(at.getTime() + 95_000).toISOString(),
    durationSeconds: 95,
    outcome: "answered",
    endedReason: "user_hangup",
    transferTarget: null,
    summary: "Booked a cleaning",
    sentiment: "positive",
    successful: true,
    transcript: [{ speaker: "agent", text: "Hello", start: 0, end: 1 }],
    structuredData: null,
    hasRecording: true,
    connectionId: "connection-1",
    bookingId,
    booked: true,
    searchTokens: ["dana"],
    sortAt: at,
    receivedAt: at,
    updatedAt: at,
  });
  await db.doc(paths.booking(agencyId, clientId, bookingId)).set({
    platform: "calcom",
    platformBookingId: "bk_1",
    status: "booked",
    title: "Cleaning",
    startsAt: new Date("2026-11-24T18:00:00Z"),
    endsAt: new Date("2026-11-24T18:45:00Z"),
    timeZone: "America/Los_Angeles",
    attendeeName: "Dana Whitfield",
    attendeeEmail: "dana@example.com",
    attendeePhone: "+14155550123",
    location: null,
    cancellationReason: null,
    rescheduledFrom: null,
    rescheduledTo: null,
    platformCallId: "call_8f2a",
    connectionId: "connection-2",
    callId,
    history: [{ status: "booked", at, startsAt: new Date("2026-11-24T18:00:00Z") }],
    lastChangedAt: at,
    receivedAt: at,
    updatedAt: at,
  });
  return { callId, bookingId };
}
