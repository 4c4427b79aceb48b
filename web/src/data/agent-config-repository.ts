import {
  dismissFaqSuggestionCallable,
  listAgentVoicesCallable,
  retryAgentSyncCallable,
  saveAgentSettingsCallable,
  saveFaqsCallable,
  setAgentFieldAccessCallable,
} from "@portico/domain/callables/agent";
import type { CallableInput } from "@portico/domain/callables/define";
import { paths } from "@portico/domain/paths";
import { faqsDocSchema } from "@portico/domain/voice/agent-faqs";
import {
  agentFieldsSettingsDocSchema,
  agentSettingsDocSchema,
  portalAgentSettingsViewSchema,
} from "@portico/domain/voice/agent-settings";
import {
  agentHistoryDocSchema,
  agentSyncDocSchema,
  faqSuggestionDocSchema,
} from "@portico/domain/voice/agent-sync";
import { collection, doc, limit, orderBy, query, where } from "firebase/firestore";
import { call } from "../lib/callable";
import { schemaConverter } from "../lib/converters";
import { db } from "../lib/firestore";

/**
 * A client's FAQs, agent settings, their history, the agent's sync state and
 * the unanswered-question suggestions. Reads are live documents and small
 * queries; every write goes through a callable that validates it.
 */
// One converter each: references and queries are compared with their converters, so a new one per render would resubscribe.
const faqsConverter = schemaConverter(faqsDocSchema);
const syncConverter = schemaConverter(agentSyncDocSchema);
const settingsConverter = schemaConverter(agentSettingsDocSchema);
const portalSettingsConverter = schemaConverter(portalAgentSettingsViewSchema);
const agencyFieldsConverter = schemaConverter(agentFieldsSettingsDocSchema);
const historyConverter = schemaConverter(agentHistoryDocSchema);
const suggestionConverter = schemaConverter(faqSuggestionDocSchema);

const HISTORY_PAGE = 20;
const SUGGESTIONS_PAGE = 20;

export const faqsRef = (agencyId: string, clientId: string) =>
  doc(db, paths.agentFaqs(agencyId, clientId)).withConverter(faqsConverter);

export const agentSyncRef = (agencyId: string, clientId: string) =>
  doc(db, paths.agentSync(agencyId, clientId)).withConverter(syncConverter);

/** Staff only: the settings with every field and the client's access override. */
export const agentSettingsRef = (agencyId: string, clientId: string) =>
  doc(db, paths.agentSettings(agencyId, clientId)).withConverter(settingsConverter);

/** What a portal user may see of the settings. */
export const portalAgentSettingsRef = (agencyId: string, clientId: string) =>
  doc(db, paths.portalAgentSettingsView(agencyId, clientId)).withConverter(portalSettingsConverter);

export const agencyAgentFieldsRef = (agencyId: string) =>
  doc(db, paths.settings(agencyId, "agentFields")).withConverter(agencyFieldsConverter);

/** The newest changes; portal users ask only for the entries they may read. */
export function agentHistoryQuery(agencyId: string, clientId: string, staff: boolean) {
  const entries = collection(db, paths.agentHistory(agencyId, clientId)).withConverter(
    historyConverter,
  );
  return staff
    ? query(entries, orderBy("at", "desc"), limit(HISTORY_PAGE))
    : query(
        entries,
        where("portalVisible", "==", true),
        orderBy("at", "desc"),
        limit(HISTORY_PAGE),
      );
}

export function openSuggestionsQuery(agencyId: string, clientId: string) {
  return query(
    collection(db, paths.faqSuggestions(agencyId, clientId)).withConverter(suggestionConverter),
    where("status", "==", "open"),
    orderBy("askedAt", "desc"),
    limit(SUGGESTIONS_PAGE),
  );
}

export const saveFaqs = (input: CallableInput<typeof saveFaqsCallable>) =>
  call(saveFaqsCallable, input);
export const saveAgentSettings = (input: CallableInput<typeof saveAgentSettingsCallable>) =>
  call(saveAgentSettingsCallable, input);
export const setAgentFieldAccess = (input: CallableInput<typeof setAgentFieldAccessCallable>) =>
  call(setAgentFieldAccessCallable, input);
export const retryAgentSync = (clientId: string) => call(retryAgentSyncCallable, { clientId });
export const dismissFaqSuggestion = (clientId: string, suggestionId: string) =>
  call(dismissFaqSuggestionCallable, { clientId, suggestionId });
export const listAgentVoices = (clientId: string) => call(listAgentVoicesCallable, { clientId });
