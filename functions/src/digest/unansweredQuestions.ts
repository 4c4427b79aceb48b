import type { DigestWeek } from "@portico/domain/digest";
import { paths } from "@portico/domain/paths";
import { faqSuggestionDocSchema } from "@portico/domain/voice/agent-sync";
import { db } from "../admin";

/**
 * Where the digest finds the questions the agent could not answer. The FAQs
 * part of the portal keeps them (suggestions from calls' analysis: see
 * openFaqSuggestions); a digest with none leaves the section out.
 */
export interface UnansweredQuestionsSource {
  topQuestions(
    agencyId: string,
    clientId: string,
    week: DigestWeek,
    limit: number,
  ): Promise<string[]>;
}

const questionOnly = faqSuggestionDocSchema.pick({ question: true });

/**
 * The FAQs page's open suggestions (questions calls' analyses said the agent
 * could not answer), newest first: what the client would turn into FAQs next.
 * The same query as the page's (status, askedAt), so the same index.
 */
export const openFaqSuggestions: UnansweredQuestionsSource = {
  async topQuestions(agencyId, clientId, _week, limit) {
    const open = await db
      .collection(paths.faqSuggestions(agencyId, clientId))
      .where("status", "==", "open")
      .orderBy("askedAt", "desc")
      .limit(limit)
      .get();
    return open.docs.map((doc) => questionOnly.parse(doc.data()).question);
  },
};
