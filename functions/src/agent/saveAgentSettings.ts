import { saveAgentSettingsCallable } from "@portico/domain/callables/agent";
import type { InvalidArgumentDetails } from "@portico/domain/validation";
import {
  AGENT_FIELDS,
  type AgentField,
  type AgentSettingValues,
  afterHoursProblem,
  agentSettingsChangesSchema,
} from "@portico/domain/voice/agent-settings";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { serve } from "../serve";
import { editorOf, requireAgentEditor } from "./agentEditor";
import { readClientSettings, writeSettings } from "./agentSettingsStore";
import { addHistory, parseLocalized, readSync, requestSync } from "./agentWrites";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Portal -> Agent settings (and the agency's view): the fields sent, each
 * validated in the client's language. A portal user may change only the
 * fields the agency lets them edit; one refused field refuses the whole save.
 * Stored with the portal's projection, a history entry and a sync request.
 */
export const saveAgentSettings = serve(saveAgentSettingsCallable, async (input, _c, request) => {
  const editor = await requireAgentEditor(request, input.clientId);
  const { messages, agencyId, clientId } = editor;
  const changes = parseLocalized(
    agentSettingsChangesSchema(messages),
    input.changes,
    "changes",
    messages.errors.failed,
  );
  return db.runTransaction(async (tx) => {
    const [current, sync] = await Promise.all([
      readClientSettings(tx, agencyId, clientId),
      readSync(tx, agencyId, clientId),
    ]);
    const version = current.doc?.version ?? 0;
    if (input.baseVersion !== version) {
      throw new HttpsError("failed-precondition", messages.settings.conflict);
    }
    const changed = AGENT_FIELDS.filter(
      (field) => changes[field] !== undefined && !same(changes[field], current.values[field]),
    );
    if (editor.kind === "portal") {
      const refused = changed.filter((field) => !current.access[field].editable);
      if (refused.length > 0) {
        const details: InvalidArgumentDetails = {
          fields: Object.fromEntries(
            refused.map((field) => [`changes.${field}`, messages.errors.notEditable]),
          ),
        };
        throw new HttpsError("invalid-argument", messages.errors.notEditable, details);
      }
    }
    if (changed.length === 0) return { version };
    const values: AgentSettingValues = { ...current.values };
    for (const field of changed) Object.assign(values, { [field]: changes[field] });
    const problem = afterHoursProblem(values, messages);
    if (problem) {
      const details: InvalidArgumentDetails = { fields: { "changes.afterHours": problem } };
      throw new HttpsError("invalid-argument", problem, details);
    }
    const now = new Date();
    writeSettings(
      tx,
      agencyId,
      clientId,
      {
        ...values,
        fieldAccess: current.doc?.fieldAccess ?? null,
        version: version + 1,
        updatedAt: now,
        updatedBy: editorOf(editor),
      },
      current.agencyDefault,
    );
    // Portal users read the history: changes to fields hidden from them go in an entry they cannot read.
    const groups: [boolean, AgentField[]][] = [
      [true, changed.filter((field) => current.access[field].visible)],
      [false, changed.filter((field) => !current.access[field].visible)],
    ];
    for (const [portalVisible, fields] of groups) {
      if (fields.length === 0) continue;
      addHistory(
        tx,
        agencyId,
        clientId,
        {
          by: editorOf(editor),
          area: "settings",
          changes: fields.map((field) => ({ kind: "setting", question: null, field })),
          portalVisible,
        },
        now,
      );
    }
    requestSync(tx, agencyId, clientId, sync, now);
    return { version: version + 1 };
  });
});
