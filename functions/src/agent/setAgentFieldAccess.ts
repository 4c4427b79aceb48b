import { setAgentFieldAccessCallable } from "@portico/domain/callables/agent";
import { paths } from "@portico/domain/paths";
import { canManageAgency } from "@portico/domain/roles";
import {
  AGENT_FIELDS,
  type AgentSettingsDoc,
  type FieldAccessMap,
  normalizedAccess,
} from "@portico/domain/voice/agent-settings";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { refs } from "../documents";
import { serve } from "../serve";
import { agencyFieldsRef, readClientSettings, writeSettings } from "./agentSettingsStore";

const normalized = (access: FieldAccessMap): FieldAccessMap =>
  Object.fromEntries(
    AGENT_FIELDS.map((field) => [field, normalizedAccess(access[field])]),
  ) as FieldAccessMap;

/** Rewrites one client's settings (and so its portal projection) with the access now in force. */
async function refreshClient(agencyId: string, clientId: string, override?: FieldAccessMap | null) {
  await db.runTransaction(async (tx) => {
    const current = await readClientSettings(tx, agencyId, clientId);
    const doc: AgentSettingsDoc = {
      ...current.values,
      fieldAccess: override === undefined ? (current.doc?.fieldAccess ?? null) : override,
      version: current.doc?.version ?? 0,
      updatedAt: current.doc?.updatedAt ?? null,
      updatedBy: current.doc?.updatedBy ?? null,
    };
    writeSettings(tx, agencyId, clientId, doc, current.agencyDefault);
  });
}

/**
 * Which agent settings clients see and may edit. Without a client: the
 * agency's default (owners and admins, Settings), applied to every client's
 * portal projection; with one: that client's override (null: the default
 * again), on the client profile.
 */
export const setAgentFieldAccess = serve(setAgentFieldAccessCallable, async (input, staff) => {
  const { agencyId } = staff;
  if (!input.clientId) {
    if (!canManageAgency(staff.role)) {
      throw new HttpsError("permission-denied", "Only owners and admins can do this.");
    }
    if (!input.access) throw new HttpsError("invalid-argument", "Choose what clients see.");
    await agencyFieldsRef(agencyId).set({
      access: normalized(input.access),
      updatedAt: new Date(),
    });
    // Every client's portal view follows the new default (its own override, if any, still wins).
    const clients = await db.collection(paths.clients(agencyId)).select().get();
    for (let i = 0; i < clients.docs.length; i += 20) {
      await Promise.all(
        clients.docs.slice(i, i + 20).map((client) => refreshClient(agencyId, client.id)),
      );
    }
    return { ok: true as const };
  }
  if (!(await refs.client(agencyId, input.clientId).get()).exists) {
    throw new HttpsError("not-found", "This client no longer exists.");
  }
  await refreshClient(agencyId, input.clientId, input.access ? normalized(input.access) : null);
  return { ok: true as const };
});
