import { listAgentVoicesCallable } from "@portico/domain/callables/agent";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { TOKEN_VAULT_KEY } from "../config";
import { serve } from "../serve";
import { requireAgentEditor } from "./agentEditor";
import { PlatformError, platformVoices } from "./agentPlatformApi";
import { readClientSettings } from "./agentSettingsStore";
import { agentTarget } from "./agentTarget";

/**
 * The voices of the client's platform, for the Voice setting: staff, or a
 * portal user the agency lets edit the voice. Empty when nothing is connected.
 */
export const listAgentVoices = serve(
  listAgentVoicesCallable,
  { secrets: [TOKEN_VAULT_KEY] },
  async (input, _caller, request) => {
    const editor = await requireAgentEditor(request, input.clientId);
    if (editor.kind === "portal") {
      const { access } = await db.runTransaction((tx) =>
        readClientSettings(tx, editor.agencyId, editor.clientId),
      );
      if (!access.voice.editable) {
        throw new HttpsError("permission-denied", editor.messages.errors.notEditable);
      }
    }
    const target = await agentTarget(editor.agencyId, editor.clientId);
    if (!target.ok) return { voices: [] };
    try {
      return { voices: await platformVoices(target.platform, target.apiKey) };
    } catch (error) {
      if (error instanceof PlatformError) {
        throw new HttpsError("unavailable", editor.messages.settings.voicesFailed);
      }
      throw error;
    }
  },
);
