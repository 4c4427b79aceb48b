import { paths } from "@portico/domain/paths";
import { unansweredQuestion } from "@portico/domain/voice/agent-sync";
import { callDocSchema } from "@portico/domain/voice/stored";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { db } from "../admin";
import { storedData } from "../voice/storedData";

/**
 * A call whose analysis names a question the agent could not answer (the
 * `unanswered_question` structured-data field) becomes a suggestion on the
 * FAQs page, keyed by the call: a replayed or re-analysed call makes no
 * second one, and a dismissed one stays dismissed.
 */
export const collectFaqSuggestion = onDocumentWritten(
  { document: "agencies/{agencyId}/clients/{clientId}/calls/{callId}", retry: false },
  async (event) => {
    const after = event.data?.after;
    if (!after?.exists) return;
    // Only the fields it needs: the rest of the call is the webhook's business.
    const call = storedData(
      callDocSchema.pick({ structuredData: true, sortAt: true }),
      after.data(),
    );
    const question = unansweredQuestion(call.structuredData);
    if (!question) return;
    const { agencyId, clientId, callId } = event.params;
    const ref = db.doc(paths.faqSuggestion(agencyId, clientId, callId));
    await db.runTransaction(async (tx) => {
      if ((await tx.get(ref)).exists) return;
      const now = new Date();
      tx.create(ref, {
        question,
        callId,
        askedAt: call.sortAt,
        status: "open",
        updatedAt: now,
      });
    });
  },
);
