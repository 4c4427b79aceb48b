import { z } from "zod";
import { docIdSchema } from "../ids";
import { FAQ_ID } from "../voice/agent-faqs";
import {
  AFTER_HOURS_BEHAVIOURS,
  fieldAccessMapSchema,
  voiceChoiceSchema,
} from "../voice/agent-settings";
import { defineCallable } from "./define";

/*
 * The client's FAQs and agent settings, edited by the client's portal users
 * and the agency's staff (not viewers): `signedIn` callables whose handlers
 * check which of the two the caller is. These schemas check the shape only;
 * the handler validates the values with the client's language
 * (voice/agent-faqs.ts, voice/agent-settings.ts), so field messages reach the
 * client in it.
 */
const clientId = docIdSchema("Choose a client.");
const text = (max: number) => z.string().max(max * 4);

export const saveFaqsInputSchema = z.object({
  clientId,
  /** The version the editor started from: a newer one refuses the save. */
  baseVersion: z.number().int().min(0),
  faqs: z
    .array(z.object({ id: z.string().regex(FAQ_ID), question: text(200), answer: text(1000) }))
    .max(200),
  /** The unanswered-question suggestion this save turned into an FAQ. */
  suggestionId: docIdSchema().optional(),
});

const clockRange = z.object({ opens: z.string().max(10), closes: z.string().max(10) });
export const saveAgentSettingsInputSchema = z.object({
  clientId,
  baseVersion: z.number().int().min(0),
  changes: z
    .object({
      greeting: text(300),
      businessHours: z.object({
        weekly: z.record(z.string().max(10), z.array(clockRange).max(10)),
        closures: z.array(z.object({ date: z.string().max(20), name: text(80) })).max(200),
      }),
      transferNumber: z.string().max(40).nullable(),
      afterHours: z.enum(AFTER_HOURS_BEHAVIOURS),
      voice: voiceChoiceSchema.nullable(),
    })
    .partial()
    .strict(),
});

export const saveFaqsCallable = defineCallable({
  name: "saveFaqs",
  caller: "signedIn",
  input: saveFaqsInputSchema,
  output: z.object({ version: z.number().int() }),
});

export const saveAgentSettingsCallable = defineCallable({
  name: "saveAgentSettings",
  caller: "signedIn",
  input: saveAgentSettingsInputSchema,
  output: z.object({ version: z.number().int() }),
});

/** The agency's default (no clientId; owners and admins) or one client's override (null: back to the default). */
export const setAgentFieldAccessCallable = defineCallable({
  name: "setAgentFieldAccess",
  caller: "editor",
  input: z.object({ clientId: clientId.optional(), access: fieldAccessMapSchema.nullable() }),
  output: z.object({ ok: z.literal(true) }),
});

export const retryAgentSyncCallable = defineCallable({
  name: "retryAgentSync",
  caller: "signedIn",
  input: z.object({ clientId }),
  output: z.object({ state: z.string() }),
});

export const dismissFaqSuggestionCallable = defineCallable({
  name: "dismissFaqSuggestion",
  caller: "signedIn",
  input: z.object({ clientId, suggestionId: docIdSchema("This suggestion no longer exists.") }),
  output: z.object({ ok: z.literal(true) }),
});

/** The voices of the client's platform (Retell `GET /list-voices`, Vapi `GET /voice-library/vapi`). */
export const listAgentVoicesCallable = defineCallable({
  name: "listAgentVoices",
  caller: "signedIn",
  input: z.object({ clientId }),
  output: z.object({
    voices: z.array(z.object({ id: z.string(), name: z.string(), detail: z.string() })),
  }),
});

export const agentCallables = {
  saveFaqs: saveFaqsCallable,
  saveAgentSettings: saveAgentSettingsCallable,
  setAgentFieldAccess: setAgentFieldAccessCallable,
  retryAgentSync: retryAgentSyncCallable,
  dismissFaqSuggestion: dismissFaqSuggestionCallable,
  listAgentVoices: listAgentVoicesCallable,
};
