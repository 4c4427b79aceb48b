import type { DigestWeek } from "@portico/domain/digest";

/**
 * Where the digest finds the questions the agent could not answer. The FAQs
 * part of the portal keeps them (suggestions from calls' analysis); until a
 * source is plugged in, digests leave the section out.
 */
export interface UnansweredQuestionsSource {
  topQuestions(
    agencyId: string,
    clientId: string,
    week: DigestWeek,
    limit: number,
  ): Promise<string[]>;
}

export const noUnansweredQuestions: UnansweredQuestionsSource = {
  topQuestions: async () => [],
};
