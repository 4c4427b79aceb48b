import { saveFaqsCallable } from "@portico/domain/callables/agent";
import { paths } from "@portico/domain/paths";
import { faqChanges, faqSetSchema, faqsDocSchema } from "@portico/domain/voice/agent-faqs";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { serve } from "../serve";
import { storedData } from "../voice/storedData";
import { editorOf, requireAgentEditor } from "./agentEditor";
import { addHistory, parseLocalized, readSync, requestSync } from "./agentWrites";

/**
 * Portal -> FAQs (and the agency's view of it): the whole ordered set, so
 * adding, editing, reordering and deleting are one validated write. The
 * change, its history entry and the request to sync the agent are one
 * transaction: a save that is refused stores and syncs nothing.
 */
export const saveFaqs = serve(saveFaqsCallable, async (input, _caller, request) => {
  const editor = await requireAgentEditor(request, input.clientId);
  const faqs = parseLocalized(
    faqSetSchema(editor.messages),
    input.faqs,
    "faqs",
    editor.messages.errors.failed,
  );
  const { agencyId, clientId } = editor;
  const faqsRef = db.doc(paths.agentFaqs(agencyId, clientId));
  const suggestionRef = input.suggestionId
    ? db.doc(paths.faqSuggestion(agencyId, clientId, input.suggestionId))
    : null;
  return db.runTransaction(async (tx) => {
    const [snapshot, sync, suggestion] = await Promise.all([
      tx.get(faqsRef),
      readSync(tx, agencyId, clientId),
      suggestionRef ? tx.get(suggestionRef) : Promise.resolve(null),
    ]);
    const current = snapshot.exists ? storedData(faqsDocSchema, snapshot.data()) : null;
    const version = current?.version ?? 0;
    if (input.baseVersion !== version) {
      throw new HttpsError("failed-precondition", editor.messages.faqs.conflict);
    }
    const changes = faqChanges(current?.faqs ?? [], faqs);
    if (changes.length === 0) return { version };
    const now = new Date();
    tx.set(faqsRef, { faqs, version: version + 1, updatedAt: now, updatedBy: editorOf(editor) });
    addHistory(
      tx,
      agencyId,
      clientId,
      {
        by: editorOf(editor),
        area: "faqs",
        changes: changes.map((change) => ({
          kind: change.kind,
          question: "question" in change ? change.question.slice(0, 200) : null,
          field: null,
        })),
        portalVisible: true,
      },
      now,
    );
    if (suggestion?.exists && suggestionRef) {
      tx.update(suggestionRef, { status: "added", updatedAt: now });
    }
    requestSync(tx, agencyId, clientId, sync, now);
    return { version: version + 1 };
  });
});
