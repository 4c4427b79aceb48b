import { paths } from "@portico/domain/paths";
import type { SyncErrorCode } from "@portico/domain/voice/agent-sync";
import {
  agentConnectionDocSchema,
  webhookEndpointDocSchema,
} from "@portico/domain/voice/connections";
import { db } from "../admin";
import { platformApiKey } from "../voice/recordingRefresh";
import { storedData } from "../voice/storedData";

export type AgentTarget =
  | { ok: true; platform: "retell" | "vapi"; agentId: string; apiKey: string }
  | { ok: false; platform: "retell" | "vapi" | null; reason: string; code: SyncErrorCode };

/**
 * The agent Portico updates: the client's active Retell or Vapi connection
 * with the platform's API key (Retell: its signing key; Vapi: the private API
 * key entered on the connection) and the agent's ID (its first agent ID).
 */
export async function agentTarget(agencyId: string, clientId: string): Promise<AgentTarget> {
  const connections = await db
    .collection(paths.agentConnections(agencyId, clientId))
    .where("platform", "in", ["retell", "vapi"])
    .where("status", "==", "active")
    .limit(10)
    .get();
  let found: AgentTarget = {
    ok: false,
    platform: null,
    reason: "No Retell or Vapi connection: connect the agent on the client's Voice agent tab.",
    code: "noConnection",
  };
  for (const snapshot of connections.docs) {
    const connection = storedData(agentConnectionDocSchema, snapshot.data());
    const platform = connection.platform === "vapi" ? "vapi" : "retell";
    const endpointSnap = await db.doc(paths.webhookEndpoint(snapshot.id)).get();
    const endpoint = endpointSnap.exists
      ? storedData(webhookEndpointDocSchema, endpointSnap.data())
      : null;
    const apiKey = endpoint ? platformApiKey(endpoint, snapshot.id) : null;
    const agentId = connection.agentIds[0];
    if (!apiKey) {
      found = {
        ok: false,
        platform,
        reason: "The connection has no API key for the platform.",
        code: "noApiKey",
      };
      continue;
    }
    if (!agentId) {
      found = {
        ok: false,
        platform,
        reason: "The connection names no agent ID to update.",
        code: "noAgentId",
      };
      continue;
    }
    return { ok: true, platform, agentId, apiKey };
  }
  return found;
}
