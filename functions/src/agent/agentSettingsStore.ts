import { paths } from "@portico/domain/paths";
import {
  type AgentSettingsDoc,
  type AgentSettingValues,
  agentFieldsSettingsDocSchema,
  agentSettingsDocSchema,
  effectiveFieldAccess,
  type FieldAccessMap,
  portalAgentSettingsView,
  settingValues,
} from "@portico/domain/voice/agent-settings";
import type { Transaction } from "firebase-admin/firestore";
import { db } from "../admin";
import { storedData } from "../voice/storedData";

const settingsRef = (agencyId: string, clientId: string) =>
  db.doc(paths.agentSettings(agencyId, clientId));
export const agencyFieldsRef = (agencyId: string) =>
  db.doc(paths.settings(agencyId, "agentFields"));

export interface ClientAgentSettings {
  doc: AgentSettingsDoc | null;
  values: AgentSettingValues;
  agencyDefault: FieldAccessMap | null;
  access: FieldAccessMap;
}

/** The client's settings and the field access that applies to them, read in a transaction. */
export async function readClientSettings(
  tx: Transaction,
  agencyId: string,
  clientId: string,
): Promise<ClientAgentSettings> {
  const [settings, fields] = await Promise.all([
    tx.get(settingsRef(agencyId, clientId)),
    tx.get(agencyFieldsRef(agencyId)),
  ]);
  const doc = settings.exists ? storedData(agentSettingsDocSchema, settings.data()) : null;
  const agencyDefault = fields.exists
    ? storedData(agentFieldsSettingsDocSchema, fields.data()).access
    : null;
  return {
    doc,
    values: settingValues(doc ?? undefined),
    agencyDefault,
    access: effectiveFieldAccess(agencyDefault, doc?.fieldAccess),
  };
}

/** Writes the settings and, with them, the portal's projection of them. */
export function writeSettings(
  tx: Transaction,
  agencyId: string,
  clientId: string,
  doc: AgentSettingsDoc,
  agencyDefault: FieldAccessMap | null,
): void {
  tx.set(settingsRef(agencyId, clientId), doc);
  tx.set(
    db.doc(paths.portalAgentSettingsView(agencyId, clientId)),
    portalAgentSettingsView(
      settingValues(doc),
      effectiveFieldAccess(agencyDefault, doc.fieldAccess),
      doc.version,
    ),
  );
}
